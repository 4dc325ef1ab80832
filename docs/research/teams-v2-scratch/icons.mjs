// Minimal PNG writer/reader with node:zlib only (zlib.crc32 needs Node >= 20.15).
import zlib from 'node:zlib';
import fs from 'node:fs';
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(zlib.crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function png(w, h, pixel /* (x,y)=>[r,g,b,a] */) {
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) { raw[y * (w * 4 + 1)] = 0; for (let x = 0; x < w; x++) raw.set(pixel(x, y), y * (w * 4 + 1) + 1 + x * 4); }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
export function readPng(buf) {
  if (!buf.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) throw new Error('not a PNG');
  const w = buf.readUInt32BE(16), h = buf.readUInt32BE(20), depth = buf[24], colorType = buf[25];
  let off = 8; const idat = [];
  while (off < buf.length) { const len = buf.readUInt32BE(off); const type = buf.toString('ascii', off + 4, off + 8); if (type === 'IDAT') idat.push(buf.subarray(off + 8, off + 8 + len)); off += 12 + len; }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  // only filter type 0 handled (what png() writes); enough to check alpha of our own icons
  const alphas = []; if (colorType === 6 && depth === 8) for (let y = 0; y < h; y++) { if (raw[y * (w * 4 + 1)] !== 0) break; for (let x = 0; x < w; x++) alphas.push(raw[y * (w * 4 + 1) + 1 + x * 4 + 3]); }
  return { w, h, depth, colorType, hasTransparency: alphas.some((a) => a < 255) };
}
if (process.argv[2] === 'make') {
  // color: 192x192 solid background (#232F3E) with an orange bar; outline: 32x32 white glyph on transparent
  fs.writeFileSync('appPackage/color.png', png(192, 192, (x, y) => (y > 120 && y < 140 && x > 40 && x < 152 ? [255, 153, 0, 255] : [35, 47, 62, 255])));
  fs.writeFileSync('appPackage/outline.png', png(32, 32, (x, y) => ((x - 16) ** 2 + (y - 16) ** 2 < 100 ? [255, 255, 255, 255] : [0, 0, 0, 0])));
}
for (const f of ['appPackage/color.png', 'appPackage/outline.png']) console.log(f, readPng(fs.readFileSync(f)));
