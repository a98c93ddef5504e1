// Draws Lede's icon (an "L" over a highlighter stroke) as PNGs in public/icons. Run once; output is committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
const pixel = (u, v) => {
  const r = 0.18, inCorner = (cx, cy) => (u - cx) ** 2 + (v - cy) ** 2 > r * r;
  if ((u < r && v < r && inCorner(r, r)) || (u > 1 - r && v < r && inCorner(1 - r, r)) ||
      (u < r && v > 1 - r && inCorner(r, 1 - r)) || (u > 1 - r && v > 1 - r && inCorner(1 - r, 1 - r))) return [0, 0, 0, 0];
  if (v > 0.62 && v < 0.8 && u > 0.16 && u < 0.84) return [255, 196, 0, 255];            // highlighter stroke
  if ((u > 0.3 && u < 0.44 && v > 0.18 && v < 0.74) || (u > 0.3 && u < 0.72 && v > 0.6 && v < 0.74)) return [255, 255, 255, 255]; // L
  return [28, 43, 66, 255];
};
for (const s of [16, 32, 48, 128]) writeFileSync(`public/icons/lede-${s}.png`, png(s, pixel));
