// Minimal zip writer (deflate) with node:zlib — for appPackage/build/appPackage.zip
import zlib from 'node:zlib';
import fs from 'node:fs';
export function zip(files /* [{name, data:Buffer}] */) {
  const locals = [], centrals = []; let offset = 0;
  for (const { name, data } of files) {
    const nameBuf = Buffer.from(name, 'utf8'), comp = zlib.deflateRawSync(data), crc = zlib.crc32(data);
    const lh = Buffer.alloc(30); lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(0, 10); lh.writeUInt16LE(0x21, 12); lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(data.length, 22); lh.writeUInt16LE(nameBuf.length, 26);
    const ch = Buffer.alloc(46); ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8); ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(0, 12); ch.writeUInt16LE(0x21, 14); ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(comp.length, 20); ch.writeUInt32LE(data.length, 24); ch.writeUInt16LE(nameBuf.length, 28); ch.writeUInt32LE(offset, 42);
    locals.push(lh, nameBuf, comp); centrals.push(ch, nameBuf); offset += 30 + nameBuf.length + comp.length;
  }
  const cd = Buffer.concat(centrals), end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
const env = { TEAMS_APP_ID: '00000000-0000-0000-0000-000000000001', BOT_ID: '00000000-0000-0000-0000-000000000002' };
const manifest = fs.readFileSync('appPackage/manifest.json', 'utf8').replace(/\$\{\{(\w+)\}\}/g, (_, k) => env[k]);
fs.mkdirSync('appPackage/build', { recursive: true });
fs.writeFileSync('appPackage/build/appPackage.zip', zip([{ name: 'manifest.json', data: Buffer.from(manifest) }, { name: 'color.png', data: fs.readFileSync('appPackage/color.png') }, { name: 'outline.png', data: fs.readFileSync('appPackage/outline.png') }]));
