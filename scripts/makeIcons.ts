/**
 * Draws the add-in icon (a blue tile with three rising white bars and a tick: scores analysed)
 * at the sizes the manifest names and writes assets/icon-<size>.png. No image packages: shapes
 * are sampled 8×8 per pixel for smooth edges and the PNG is encoded here with zlib.
 *
 *   npx tsc scripts/makeIcons.ts --outDir build/icons --module commonjs --target es2020 --types node --skipLibCheck
 *   node build/icons/makeIcons.js
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];
const BLUE: Rgba = [15, 108, 189, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** Shapes in unit coordinates (0..1, y down); each says whether a point is inside. */
type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A thick line segment with round ends. */
function stroke(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - (ax + t * dx)) ** 2 + (y - (ay + t * dy)) ** 2 <= (width / 2) ** 2;
  };
}

const tile = roundedRect(0.02, 0.02, 0.98, 0.98, 0.2);
const bars: Shape[] = [
  roundedRect(0.17, 0.58, 0.33, 0.84, 0.03),
  roundedRect(0.42, 0.44, 0.58, 0.84, 0.03),
  roundedRect(0.67, 0.3, 0.83, 0.84, 0.03),
];
const tick: Shape[] = [stroke(0.2, 0.3, 0.3, 0.4, 0.09), stroke(0.3, 0.4, 0.5, 0.16, 0.09)];
const white = (x: number, y: number) => bars.some((b) => b(x, y)) || tick.some((t) => t(x, y));

export function drawIcon(size: number): Uint8Array {
  const SS = 8;
  const px = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxx = 0; pxx < size; pxx++) {
      let inTile = 0;
      let inWhite = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (pxx + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (tile(x, y)) {
            inTile++;
            if (white(x, y)) inWhite++;
          }
        }
      }
      const a = inTile / (SS * SS);
      const w = inTile === 0 ? 0 : inWhite / inTile;
      const i = (py * size + pxx) * 4;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      px[i + 3] = Math.round(255 * a);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "ascii"), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels → PNG (colour type 6, 8 bits, no filter). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

if (require.main === module) {
  const dir = join(__dirname, "..", "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, drawIcon(size)));
  process.stdout.write(`wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(", ")} to ${dir}\n`);
}
