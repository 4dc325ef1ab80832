import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPngInfo } from '../../src/teams-package/png-info.js';

const icon = (name: string) => readPngInfo(readFileSync(join('appPackage', name)));

describe('Teams app icons', () => {
  it('has a 192×192 colour icon in 8-bit RGBA with no transparent pixel', () => {
    const color = icon('color.png');
    assert.deepEqual([color.width, color.height, color.bitDepth, color.colorType], [192, 192, 8, 6]);
    assert.deepEqual(color.alpha, { min: 255, max: 255 });
  });

  it('has a 32×32 outline icon: a white glyph on a transparent background', () => {
    const outline = icon('outline.png');
    assert.deepEqual([outline.width, outline.height, outline.bitDepth, outline.colorType], [32, 32, 8, 6]);
    assert.deepEqual(outline.alpha, { min: 0, max: 255 });
    const rgba = outline.rgba!;
    const corner = rgba.readUInt32BE(0);
    assert.equal(corner & 0xff, 0, 'the top left corner is transparent');
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3]! > 0) assert.deepEqual([...rgba.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4} is not white`);
    }
  });

  it('matches what scripts/teams-icons.mjs draws, pixel for pixel', async () => {
    const script = (await import(pathToFileURL(join(process.cwd(), 'scripts/teams-icons.mjs')).href)) as { colorIcon(): Buffer; outlineIcon(): Buffer };
    assert.ok(readPngInfo(script.colorIcon()).rgba!.equals(icon('color.png').rgba!), 'color.png is stale: run node scripts/teams-icons.mjs');
    assert.ok(readPngInfo(script.outlineIcon()).rgba!.equals(icon('outline.png').rgba!), 'outline.png is stale: run node scripts/teams-icons.mjs');
  });
});
