/**
 * Reads what the Teams app package cares about in a PNG: size, colour type, and for 8-bit RGBA
 * images the pixels and the range of alpha values (is the background transparent? is the colour
 * icon opaque?).
 * Undoes all five scanline filters; no interlacing (our icons are never interlaced).
 */
import { inflateSync } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  /** 2 RGB, 6 RGBA, 3 palette, 0 grey, 4 grey + alpha. */
  colorType: number;
  /** Smallest and largest alpha, for 8-bit RGBA; undefined for other formats. */
  alpha?: { min: number; max: number };
  /** The decoded pixels, row by row, 4 bytes each (8-bit RGBA only). */
  rgba?: Buffer;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** Throws an Error worded for a person when `buf` is not a PNG this reader understands. */
export function readPngInfo(buf: Buffer): PngInfo {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE) || buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG file');
  const info: PngInfo = { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf[24]!, colorType: buf[25]! };
  if (info.colorType !== 6 || info.bitDepth !== 8 || buf[28] !== 0) return info;
  const idat: Buffer[] = [];
  for (let off = 8; off + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(off);
    if (buf.toString('ascii', off + 4, off + 8) === 'IDAT') idat.push(buf.subarray(off + 8, off + 8 + length));
    off += 12 + length;
  }
  const rgba = unfilter(inflateSync(Buffer.concat(idat)), info.width, info.height);
  return { ...info, alpha: alphaRange(rgba), rgba };
}

/** Undo PNG scanline filters for 4-byte pixels; returns the bare RGBA rows. */
function unfilter(raw: Buffer, width: number, height: number): Buffer {
  const stride = width * 4;
  if (raw.length < (stride + 1) * height) throw new Error('PNG image data is truncated');
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
      out[y * stride + i] = (x + predict(filter, a, b, c)) & 0xff;
    }
  }
  return out;
}

function predict(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0: return 0;
    case 1: return a;
    case 2: return b;
    case 3: return (a + b) >> 1;
    case 4: {
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default: throw new Error(`unknown PNG filter type ${filter}`);
  }
}

function alphaRange(rgba: Buffer): { min: number; max: number } {
  let min = 255, max = 0;
  for (let i = 3; i < rgba.length; i += 4) {
    min = Math.min(min, rgba[i]!);
    max = Math.max(max, rgba[i]!);
  }
  return { min, max };
}
