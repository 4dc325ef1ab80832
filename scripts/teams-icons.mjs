/**
 * Draws the Teams app icons with node:zlib only (no image library):
 *   appPackage/color.png    192×192 RGBA, opaque: an orange chat bubble holding a ">_" prompt on dark navy
 *   appPackage/outline.png   32×32 RGBA: the same bubble as a white outline, on a transparent background
 * Run `node scripts/teams-icons.mjs` to regenerate them (the PNGs are committed). Shapes are signed
 * distance functions in a 192×192 design space, sampled 4×4 per pixel for anti-aliased edges.
 */
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import zlib from 'node:zlib';

const NAVY = [35, 47, 62];
const ORANGE = [255, 153, 0];
const WHITE = [255, 255, 255];

// ---- PNG writer (8-bit RGBA, filter 0, one IDAT) -------------------------------------------------
function chunk(type, data) {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** A PNG from `pixel(x, y) -> [r, g, b, a]`. */
export function png(width, height, pixel) {
  const stride = width * 4 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * stride + 1 + x * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---- shapes: signed distances (< 0 inside) in design units -----------------------------------------
function roundRect(px, py, cx, cy, hw, hh, r) {
  const qx = Math.abs(px - cx) - (hw - r);
  const qy = Math.abs(py - cy) - (hh - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(px, py, ax, ay, bx, by, halfWidth) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy) - halfWidth;
}

/** Inside a triangle (corners in any order): negative, else the distance to its nearest edge. */
function triangle(px, py, pts) {
  let inside = true;
  let sign = 0;
  let dist = Infinity;
  for (let i = 0; i < 3; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % 3];
    const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign && cross !== 0) inside = false;
    dist = Math.min(dist, segment(px, py, ax, ay, bx, by, 0));
  }
  return inside ? -dist : dist;
}

/** The speech bubble: a rounded body with a tail at the bottom left. */
const bubble = (x, y) => Math.min(roundRect(x, y, 96, 86, 66, 50, 24), triangle(x, y, [[50, 120], [86, 120], [40, 160]]));
/** The prompt inside it: a ">" chevron and a "_" cursor. */
const prompt = (x, y) => Math.min(segment(x, y, 64, 64, 86, 86, 8), segment(x, y, 86, 86, 64, 108, 8), roundRect(x, y, 113, 104, 17, 6, 3));

// ---- rendering ------------------------------------------------------------------------------------
const SAMPLES = 4;

/** Fraction of a pixel's samples inside `shape`; `scale` maps pixels to design units. */
function coverage(shape, x, y, scale) {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) if (shape((x + (i + 0.5) / SAMPLES) * scale, (y + (j + 0.5) / SAMPLES) * scale) < 0) hits++;
  }
  return hits / (SAMPLES * SAMPLES);
}

const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));

export function colorIcon() {
  return png(192, 192, (x, y) => {
    const onBubble = mix(NAVY, ORANGE, coverage(bubble, x, y, 1));
    return [...mix(onBubble, NAVY, coverage((u, v) => Math.max(prompt(u, v), bubble(u, v)), x, y, 1)), 255];
  });
}

export function outlineIcon() {
  const stroke = 13; // design units: about 2 px at 32×32
  const ring = (u, v) => Math.abs(bubble(u, v) + stroke / 2) - stroke / 2;
  const glyph = (u, v) => Math.min(ring(u, v), prompt(u, v));
  return png(32, 32, (x, y) => [...WHITE, Math.round(255 * coverage(glyph, x, y, 192 / 32))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../appPackage/', import.meta.url);
  writeFileSync(new URL('color.png', dir), colorIcon());
  writeFileSync(new URL('outline.png', dir), outlineIcon());
  console.log('wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32)');
}
