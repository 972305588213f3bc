// Draws the toolbar/store icon (two chain links on a court-blue tile) as PNGs at the sizes
// the Chrome Web Store and AMO ask for. Pure Node (zlib), so it runs on any machine.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const TILE = [31, 58, 95];
const LINK = [255, 255, 255];
const ACCENT = [246, 190, 0];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

// Signed distance to a rounded box centred at the origin.
const roundedBox = (x, y, halfW, halfH, r) => {
  const qx = Math.abs(x) - halfW + r;
  const qy = Math.abs(y) - halfH + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const ring = (x, y, cx, cy) => {
  const a = -Math.PI / 4;
  const dx = x - cx,
    dy = y - cy;
  const rx = dx * Math.cos(a) + dy * Math.sin(a);
  const ry = -dx * Math.sin(a) + dy * Math.cos(a);
  return Math.abs(roundedBox(rx, ry, 0.26, 0.13, 0.13)) - 0.045;
};

function pixel(u, v, px) {
  // u, v in [-0.5, 0.5]; px = one pixel in those units, for anti-aliasing.
  const cover = (d) => Math.min(1, Math.max(0, 0.5 - d / px));
  const tile = cover(roundedBox(u, v, 0.5, 0.5, 0.16));
  const links = Math.max(cover(ring(u, v, -0.11, 0.11)), cover(ring(u, v, 0.11, -0.11)));
  const dot = cover(Math.hypot(u - 0.3, v - 0.3) - 0.09);
  let rgb = TILE.map((t, i) => t + (LINK[i] - t) * links);
  rgb = rgb.map((t, i) => t + (ACCENT[i] - t) * dot);
  return [...rgb.map(Math.round), Math.round(255 * tile)];
}

/** `padding`: transparent pixels on each side (the artwork is drawn within size - 2 × padding). */
function png(size, padding = 0) {
  const art = size - 2 * padding;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const sub = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // The padding stays wholly transparent (anti-aliasing would bleed half a pixel into it).
      if (Math.min(x, y) < padding || Math.max(x, y) >= size - padding) continue;
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < sub; sy++)
        for (let sx = 0; sx < sub; sx++) {
          const p = pixel((x - padding + (sx + 0.5) / sub) / art - 0.5, (y - padding + (sy + 0.5) / sub) / art - 0.5, 1 / art);
          for (let i = 0; i < 4; i++) acc[i] += p[i];
        }
      for (let i = 0; i < 4; i++) raw[y * (size * 4 + 1) + 1 + x * 4 + i] = Math.round(acc[i] / (sub * sub));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The 128 px icon is the stores' icon too: the Chrome Web Store asks for 96 × 96 artwork inside 16 px
 * of transparent padding on each side. The toolbar's smaller sizes use the whole square.
 */
const PADDING = { 128: 16 };

mkdirSync(new URL('../assets/icons/', import.meta.url), { recursive: true });
mkdirSync(new URL('../docs/store/', import.meta.url), { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`../assets/icons/icon-${size}.png`, import.meta.url), png(size, PADDING[size] ?? 0));
writeFileSync(new URL('../docs/store/store-icon-128x128.png', import.meta.url), png(128, PADDING[128]));
console.log(`icons: ${SIZES.join(', ')} px written to assets/icons/, the store icon to docs/store/`);
