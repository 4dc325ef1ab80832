/** 184662 → "180.3 KiB". */
export function bytesText(n: number | undefined): string | undefined {
  if (n === undefined || !Number.isFinite(n) || n < 0) return undefined;
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return i === 0 ? `${n} ${n === 1 ? 'byte' : 'bytes'}` : `${v.toFixed(1)} ${units[i]}`;
}
