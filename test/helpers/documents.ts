import { deflateSync } from "node:zlib";
import type { DocumentFacts } from "../../src/core/plan/settings";

/** A full set of document facts: the chain of seed 003 (หัวหน้าสำนักปลัด → ปลัด → นายก), names set. */
export const FULL_FACTS: DocumentFacts = {
  district: "ตะโหมด",
  province: "พัทลุง",
  office: "สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง",
  number: "พท ๕๒๗๐๒/๑๒๓",
  date: "2026-12-03",
  round: 6,
  preparer: { name: "นางสาวสุนิสา ทองคำ", position: "นิติกรชำนาญการ" },
  chain: [
    { name: "นางวิไลวรรณ ศรีสุข", position: "หัวหน้าสำนักปลัดเทศบาล" },
    { name: "นายประเสริฐ แก้วมณี", position: "ปลัดเทศบาลตำบลควนเสารัง" },
    { name: "นายสมศักดิ์ บุญมา", position: "นายกเทศมนตรีตำบลควนเสารัง" },
  ],
};

/** A small PNG (a dark disc on white, 90 × 100 px) standing in for an office's emblem image. */
export function emblemPng(): string {
  const [w, h] = [90, 100];
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const inside = (x - 45) ** 2 + (y - 50) ** 2 < 40 ** 2;
      const at = y * (w * 3 + 1) + 1 + x * 3;
      raw[at] = inside ? 150 : 255;
      raw[at + 1] = inside ? 110 : 255;
      raw[at + 2] = inside ? 20 : 255;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
  return png.toString("base64");
}

/** A plan's sheet by its role (the memos sit between the documents). */
export function sheetOf<P extends { sheets: { role: string }[] }>(plan: P, role: string): P["sheets"][number] {
  const sheet = plan.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`no ${role} sheet in the plan`);
  return sheet;
}
