import ExcelJS from "exceljs";
import JSZip from "jszip";
import { excelWouldConvert } from "../../src/core/text/excelText";
import { makeReport, readScores } from "../../src/core/pipeline";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { readWorkbookGrid } from "../../src/xlsx/readWorkbook";
import { sampleGrid } from "../helpers/fixtures";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe(".xlsx writer", () => {
  test("three documents with two memos, A4, fit to width, header row repeated, page numbers", async () => {
    const { plan } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
    const wb = await load(await writeWorkbook(plan));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["วิเคราะห์ผล ITA", "บันทึกเสนอมาตรการ", "มาตรการส่งเสริม", "บันทึกเสนอรายงานผล", "รายงานผลการดำเนินการ"]);
    for (const ws of [1, 3].map((i) => wb.worksheets[i])) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe("portrait");
      expect(ws.headerFooter.differentFirst).toBe(true);
    }
    for (const ws of [0, 2, 4].map((i) => wb.worksheets[i])) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe("landscape");
      // The cover prints no page number.
      expect(ws.headerFooter.differentFirst).toBe(true);
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(ws.headerFooter.oddFooter).toContain("&P");
    }
    const analysis = wb.worksheets[0];
    const [titleRow] = analysis.pageSetup.printTitlesRow!.split(":").map(Number);
    expect(analysis.getRow(titleRow).getCell(6).value).toBe("ข้อบกพร่อง");
  });

  test("Thai font and size on every written cell; scores stay numbers", async () => {
    const { plan } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), { settings: { font: { name: "TH Sarabun New", size: 15 } } });
    const wb = await load(await writeWorkbook(plan));
    const ws = wb.worksheets[0];
    let scores = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.font.name).toBe("TH Sarabun New");
        if (typeof cell.value === "number") scores++;
      }),
    );
    expect(scores).toBeGreaterThan(51);
  });

  test("text that looks like a formula is written as text", async () => {
    const sheet = readScores([["ITA 2568"], ["i1", 90, "=HYPERLINK(\"http://x\")"], ["i2", 80, "+1 ดังนั้น -ควรแก้ไข @me"]]);
    const { plan } = makeReport(sheet, { agency: "=cmd|' /C calc'!A0" });
    const bytes = await writeWorkbook(plan);
    const wb = await load(bytes);
    const values: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      values.push(cell.value);
    })));
    expect(values).toContain("=cmd|' /C calc'!A0");
    expect(values).toContain('=HYPERLINK("http://x")');
    // The raw sheet XML holds no <f> (formula) element at all: every string is a shared string
    // (t="s"), text whatever its number format.
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(5);
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).not.toMatch(/t="(?:str|inlineStr)"/);
    }
    const { grid } = await readWorkbookGrid(bytes);
    expect(grid.length).toBeGreaterThan(5);
    // Text format only where a later edit would turn the string into a formula, number or date.
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === "string") expect(cell.numFmt === "@").toBe(excelWouldConvert(cell.value));
    })));
  });

  test("Arabic digits when asked; Thai digits in prose by default", async () => {
    const sheet = readScores(sampleGrid("ita-2568-khuansaorang.tsv"));
    const thai = await load(await writeWorkbook(makeReport(sheet).plan));
    const arabic = await load(await writeWorkbook(makeReport(sheet, { settings: { digits: "arabic" } }).plan));
    // The year line under each title (the cover's first, then the document's).
    const yearLines = (ws: ExcelJS.Worksheet) => {
      const out: unknown[] = [];
      ws.eachRow((row) => {
        const v = row.getCell(1).value;
        if (typeof v === "string" && v.startsWith("ประจำปีงบประมาณ")) out.push(v);
      });
      return out;
    };
    expect(yearLines(thai.worksheets[0])).toEqual(["ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"]);
    expect(yearLines(arabic.worksheets[0])).toEqual(["ประจำปีงบประมาณ พ.ศ. 2568", "ประจำปีงบประมาณ พ.ศ. 2568"]);
    expect(yearLines(thai.worksheets[2])).toEqual(["ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"]);
  });

  test("the writer's output reads back through the reader", async () => {
    const { plan } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), { settings: { digits: "arabic" } });
    const { grid } = await readWorkbookGrid(await writeWorkbook(plan));
    const again = readScores(grid);
    expect(again.questions).toHaveLength(51);
    expect(again.assessmentYear).toBe(2568);
  });
});
