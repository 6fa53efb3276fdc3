import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../src/core/errors";
import { readScores } from "../../src/core/pipeline";
import { decodeText } from "../../src/core/text/decode";
import { readInputFile } from "../../src/node/readInput";

const dir = mkdtempSync(join(tmpdir(), "itas-input-"));

async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("หน้าปก").getCell("A1").value = "ไม่ใช่ตารางคะแนน";
  const ws = wb.addWorksheet("คะแนน ITA");
  ws.addRow(["ผลการประเมิน ITA 2568 เทศบาลตำบลทดสอบ"]);
  ws.addRow(["ข้อ", "คะแนน"]);
  ws.addRow([{ richText: [{ text: "ข้อ " }, { text: "i๑" }] }, 98.33]);
  const pct = ws.addRow(["e9", 0.7905]);
  pct.getCell(2).numFmt = "0.00%";
  ws.addRow(["o25", { formula: "50+50", result: 100 }]);
  const path = join(dir, "scores.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

describe("reading input files", () => {
  test(".xlsx: a named sheet, rich text codes, percent formats and formula results", async () => {
    const path = await workbook();
    const { grid, source } = await readInputFile(path, "คะแนน ITA");
    const sheet = readScores(grid, source ? { source } : {});
    expect(sheet.questions.map((q) => [q.code, q.score])).toEqual([["i1", 98.33], ["e9", 79.05], ["o25", 100]]);
    expect(sheet.assessmentYear).toBe(2568);
    expect(source).toBe("คะแนน ITA");
  });

  test(".xlsx: the first sheet by default, and a clear message for a missing sheet", async () => {
    const path = await workbook();
    expect((await readInputFile(path)).source).toBe("หน้าปก");
    await expect(readInputFile(path, "Sheet9")).rejects.toThrow('ไม่พบชีต "Sheet9" ในไฟล์ — ชีตที่มีคือ "หน้าปก", "คะแนน ITA"');
  });

  test("a damaged .xlsx, an old .xls and a missing file are input errors", async () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "PK\u0003\u0004 not really a zip");
    await expect(readInputFile(bad)).rejects.toThrow(InputError);
    const xls = join(dir, "old.xls");
    writeFileSync(xls, "x");
    await expect(readInputFile(xls)).rejects.toThrow(".xls");
    await expect(readInputFile(join(dir, "nope.csv"))).rejects.toThrow("ไม่พบไฟล์");
  });

  test(".csv in UTF-8 with BOM, Windows-874 and UTF-16 'Unicode Text'", async () => {
    const utf8 = join(dir, "a.csv");
    writeFileSync(utf8, "\ufeffข้อ,คะแนน\ni1,\"98.33 \"\n");
    expect(readScores((await readInputFile(utf8)).grid).questions[0]).toMatchObject({ code: "i1", score: 98.33 });

    // "ข้อ,คะแนน\ni1,90" in Windows-874 (TIS-620 bytes for Thai letters).
    const tis = Buffer.from([0xa2, 0xe9, 0xcd, 0x2c, 0xa4, 0xd0, 0xe1, 0xb9, 0xb9, 0x0a, 0x69, 0x31, 0x2c, 0x39, 0x30, 0x0a]);
    expect(decodeText(tis).text).toBe("ข้อ,คะแนน\ni1,90\n");
    const win = join(dir, "win.csv");
    writeFileSync(win, tis);
    expect(readScores((await readInputFile(win)).grid).questions[0]).toMatchObject({ code: "i1", score: 90 });

    const utf16 = join(dir, "u.txt");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("ข้อ\tคะแนน\ne2\t88.5\n", "utf16le")]));
    expect(readScores((await readInputFile(utf16)).grid).questions[0]).toMatchObject({ code: "e2", score: 88.5 });
  });

  test(".tsv keeps quoted cells with tabs and line breaks together", async () => {
    const path = join(dir, "q.tsv");
    writeFileSync(path, 'ข้อ\tคะแนน\tข้อเสนอแนะ\ni1\t90\t"บรรทัดแรก\nบรรทัดสอง"\n');
    const sheet = readScores((await readInputFile(path)).grid);
    expect(sheet.questions[0].recommendation).toBe("บรรทัดแรก\nบรรทัดสอง");
  });
});
