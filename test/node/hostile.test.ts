import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { InputError } from "../../src/core/errors";
import { LIMITS } from "../../src/core/limits";
import { outputPaths } from "../../src/node/outputPaths";
import { readInputFile } from "../../src/node/readInput";
import { makeFolder, writeOutput } from "../../src/node/writeOutput";
import { checkXlsxSizes } from "../../src/xlsx/zipLimits";

const dir = mkdtempSync(join(tmpdir(), "itas-hostile-"));

/** Resolves or rejects within `ms`, else fails: a hang is a failure, not a slow test. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A zip whose one sheet inflates to `size` bytes of spaces (a few KB on disk). */
function bomb(size: number): Uint8Array {
  return zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "xl/worksheets/sheet1.xml": new Uint8Array(size).fill(0x20) }, { level: 9 });
}

/** The same bomb with its central directory (and local header) saying the sheet is 1000 bytes. */
function lyingBomb(size: number): Uint8Array {
  const bytes = bomb(size);
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 4 < bytes.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x02014b50) view.setUint32(at + 24, 1000, true);
    if (sig === 0x04034b50) view.setUint32(at + 22, 1000, true);
  }
  return bytes;
}

describe("limits, enforced before the work", () => {
  test("a 30 MB file is refused from its size, at once, with the limit", async () => {
    const path = join(dir, "huge.tsv");
    writeFileSync(path, "");
    truncateSync(path, 30 * 1024 * 1024);
    const started = Date.now();
    await expect(readInputFile(path)).rejects.toThrow(`ไฟล์ "${path}" มีขนาด 30 MB เกินขนาดที่อ่านได้ (ไม่เกิน 10 MB)`);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("devices and FIFOs are refused without reading (a FIFO would block, /dev/zero never ends)", async () => {
    await expect(within(2000, readInputFile("/dev/zero"))).rejects.toThrow('"/dev/zero" ไม่ใช่ไฟล์ธรรมดา');
    const fifo = join(dir, "pipe.tsv");
    execFileSync("mkfifo", [fifo]);
    await expect(within(2000, readInputFile(fifo))).rejects.toThrow("ไม่ใช่ไฟล์ธรรมดา");
  });

  test("a zip bomb is refused from its declared sizes, before ExcelJS sees it", async () => {
    const bytes = bomb(LIMITS.xlsxPartBytes + 1024);
    expect(bytes.length).toBeLessThan(100_000);
    const path = join(dir, "bomb.xlsx");
    writeFileSync(path, bytes);
    await expect(readInputFile(path)).rejects.toThrow(`ไฟล์ .xlsx "${path}" มีส่วน "xl/worksheets/sheet1.xml" ที่เมื่อขยายแล้วใหญ่เกินที่อ่านได้ (ไม่เกิน 8 MB)`);
  });

  test("a zip bomb that lies about its sizes is stopped while inflating, at the limit", () => {
    const bytes = lyingBomb(LIMITS.xlsxPartBytes + 1024);
    const started = Date.now();
    expect(() => checkXlsxSizes(bytes, "bomb.xlsx")).toThrow("ไม่เกิน 8 MB");
    expect(Date.now() - started).toBeLessThan(3000);
    // Parts within the limit each, but too much together.
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3; i++) parts[`xl/worksheets/sheet${i + 1}.xml`] = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    expect(() => checkXlsxSizes(zipSync(parts, { level: 9 }), "many.xlsx")).toThrow('ไฟล์ .xlsx "many.xlsx" เมื่อขยายแล้วใหญ่เกินที่อ่านได้ (รวมทุกส่วนไม่เกิน 12 MB)');
  });

  test("a damaged zip is the broken-workbook message, not a crash", () => {
    expect(() => checkXlsxSizes(new TextEncoder().encode("PK\u0003\u0004 not a zip at all"), "bad.xlsx")).toThrow(InputError);
    const cut = bomb(1000).subarray(0, 60);
    expect(() => checkXlsxSizes(cut, "cut.xlsx")).toThrow("เปิดไฟล์ .xlsx ไม่ได้");
  });
});

describe("outputs never destroy inputs", () => {
  test("an output that is an input is refused, under its own name, through a link, with overwrite or not", () => {
    const input = join(dir, "scores.xlsx");
    writeFileSync(input, "x");
    const link = join(dir, "link.xlsx");
    symlinkSync(input, link);
    for (const overwrite of [false, true]) {
      expect(() => outputPaths([input], input, overwrite)).toThrow(`ไฟล์ผลลัพธ์ "${input}" คือไฟล์นำเข้า "${input}" จึงไม่เขียนทับ`);
      expect(() => outputPaths([input], link, overwrite)).toThrow("คือไฟล์นำเข้า");
      expect(() => outputPaths([input], join(dir, ".", "scores"), overwrite)).toThrow("คือไฟล์นำเข้า");
      // Last year's file and the catalogue are inputs too; a batch into the inputs' own folder as well.
      expect(() => outputPaths([join(dir, "other.tsv")], input, overwrite, [input])).toThrow("คือไฟล์นำเข้า");
      expect(() => outputPaths([input, join(dir, "b.tsv")], dir, overwrite)).toThrow("คือไฟล์นำเข้า");
    }
  });

  test("written by rename: no temporary file remains, a failed write leaves the old file whole", async () => {
    const out = join(dir, "out", "report.xlsx");
    await writeOutput(out, new Uint8Array([1, 2, 3]));
    await writeOutput(out, new Uint8Array([4, 5]));
    expect([...readFileSync(out)]).toEqual([4, 5]);
    expect(readdirSync(join(dir, "out"))).toEqual(["report.xlsx"]);
    // A folder in the way: the rename fails, the message is Thai, nothing is left behind.
    mkdirSync(join(dir, "out", "taken.xlsx"));
    writeFileSync(join(dir, "out", "taken.xlsx", "keep"), "keep");
    await expect(writeOutput(join(dir, "out", "taken.xlsx"), new Uint8Array([1]))).rejects.toThrow("เขียนไฟล์");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["report.xlsx", "taken.xlsx"]);
  });

  test("a folder that cannot be made fails at once in Thai (mkdir -p spins on /proc/x)", async () => {
    await expect(within(2000, makeFolder("/proc/x/y"))).rejects.toThrow('สร้างโฟลเดอร์ "/proc/x/y" สำหรับไฟล์ผลลัพธ์ไม่ได้');
    await expect(within(2000, writeOutput("/proc/x/r.xlsx", new Uint8Array([1])))).rejects.toThrow(InputError);
    const file = join(dir, "plain.txt");
    writeFileSync(file, "x");
    await expect(makeFolder(join(file, "sub"))).rejects.toThrow("มีไฟล์ชื่อเดียวกันขวางอยู่");
    expect(existsSync(join(file, "sub"))).toBe(false);
  });
});
