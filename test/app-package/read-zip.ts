/**
 * Reads a zip back for the app-package tests, independently of our writer: finds the end record,
 * walks the central directory, and inflates each entry from its local header, checking sizes and
 * CRC-32. Handles what an app package holds (stored or deflated entries, no zip64, no encryption).
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipFileEntry {
  name: string;
  method: number;
  data: Buffer;
}

export function readZip(zip: Buffer): ZipFileEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  let at = zip.readUInt32LE(eocd + 16);
  if (at + size !== eocd) throw new Error(`central directory at ${at} + ${size} does not end at the end record (${eocd})`);
  const entries: ZipFileEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`central header ${i} has a bad signature`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const plainSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    if (zip.toString('utf8', localAt + 30, localAt + 30 + zip.readUInt16LE(localAt + 26)) !== name) throw new Error(`${name}: local and central names differ`);
    const start = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const raw = zip.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : null;
    if (!data) throw new Error(`${name}: unsupported method ${method}`);
    if (data.length !== plainSize) throw new Error(`${name}: ${data.length} bytes, header says ${plainSize}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, method, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
