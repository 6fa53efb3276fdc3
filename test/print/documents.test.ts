import { makeReport, readScores, type ReportResult } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { th } from "../../src/core/strings/th";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { emblemPng, FULL_FACTS } from "../helpers/documents";
import { sampleGrid, type SampleName } from "../helpers/fixtures";
import { pdfInfo, pdfPages, pdfToPngs, printWorkbook, squashThai } from "../helpers/print";

const DOCUMENTS = ["analysis", "measures", "followUp"];

/** Prints a report; returns each sheet's printed pages, after checking they are the pages the layout counts. */
async function printed(name: string, report: ReportResult): Promise<Map<string, string[]>> {
  const pdf = printWorkbook(name, await writeWorkbook(report.plan));
  expect(pdfInfo(pdf).pageSize).toContain("A4");
  const pages = pdfPages(pdf);
  const bySheet = new Map<string, string[]>();
  let at = 0;
  for (const sheet of report.plan.sheets) {
    const n = layoutSheet(sheet, report.plan).pages;
    bySheet.set(sheet.role, pages.slice(at, at + n));
    at += n;
  }
  expect(at).toBe(pages.length);
  expect(pdfToPngs(pdf, name).length).toBe(pages.length);
  return bySheet;
}

const has = (page: string, text: string) => squashThai(page).includes(squashThai(text));

describe("the documents an office signs, printed through LibreOffice", () => {
  test("2568 with the signers set: cover, memo (≤ 2 pages), documents, signature blocks", async () => {
    const facts = { ...FULL_FACTS, emblem: { base64: emblemPng(), extension: "png" as const } };
    const report = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), { settings: { document: facts } });
    const sheets = await printed("documents-2568-signed", report);
    for (const role of DOCUMENTS) {
      const [cover, first] = sheets.get(role)!;
      // The cover: agency, district and province, and nothing of the document.
      expect({ role, cover: has(cover, "เทศบาลตำบลควนเสารัง") && has(cover, "อำเภอตะโหมด จังหวัดพัทลุง") && !has(cover, "หน้า") }).toEqual({ role, cover: true });
      expect(has(first, "หน้า 2")).toBe(true);
    }
    for (const [memo, head] of [["measuresMemo", "อนุมัติ"], ["followUpMemo", "เห็นชอบ"]]) {
      const pages = sheets.get(memo)!;
      expect({ memo, pages: pages.length }).toEqual({ memo, pages: 2 });
      expect(has(pages[0], "บันทึกข้อความ") && has(pages[0], "ส่วนราชการ") && has(pages[0], "๓ ธันวาคม ๒๕๖๙")).toBe(true);
      const all = pages.join("\n");
      for (const name of ["นางสาวสุนิสา ทองคำ", "นางวิไลวรรณ ศรีสุข", "นายประเสริฐ แก้วมณี", "นายสมศักดิ์ บุญมา"]) expect({ memo, name, printed: has(all, name) }).toEqual({ memo, name, printed: true });
      // The comment blocks print on one page, the head's among them.
      const last = pages[pages.length - 1];
      expect(has(last, "นางวิไลวรรณ ศรีสุข") && has(last, "นายสมศักดิ์ บุญมา") && has(last, `ไม่${head}`)).toBe(true);
    }
    for (const [role, approve] of [["measures", "ผู้อนุมัติ"], ["followUp", "ผู้เห็นชอบ"]]) {
      const pages = sheets.get(role)!;
      const last = pages[pages.length - 1];
      expect({ role, signed: has(last, approve) && has(last, "(นายสมศักดิ์ บุญมา)") && has(last, "(นางสาวสุนิสา ทองคำ)") }).toEqual({ role, signed: true });
      // Never on a page of its own: a table row ends on that page too.
      expect({ role, withTable: has(last, "ผลการดำเนินการตามแผน") || has(last, th.report.continued) || /[๑-๙]\./.test(last) }).toEqual({ role, withTable: true });
      expect(pages.slice(0, -1).some((p) => has(p, approve))).toBe(false);
    }
  });

  test("without any facts: dotted lines in the same places, the same pages", async () => {
    const report = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
    const sheets = await printed("documents-2568-bare", report);
    for (const memo of ["measuresMemo", "followUpMemo"]) expect(sheets.get(memo)!.length).toBeLessThanOrEqual(2);
    expect(sheets.get("analysis")![0]).toMatch(/อำเภอ\s*\.{5,}/);
    const measures = sheets.get("measures")!;
    expect(measures[measures.length - 1]).toMatch(/ลงชื่อ\s*\.{10,}\s*ผู้จัดทำ/);
  });

  // Issue 9's limits, on the documents' own pages (covers and memos come on top), with the signers
  // set: 2568 as in pageTotals.test.ts; 2565 at what its documents took before issue 10 (11 + 15 +
  // 11), its own limit of 27 being a known gap (pageTotals.test.ts).
  test.each([["ita-2568-khuansaorang.tsv", 38], ["ita-2565-tharnkasem.tsv", 37]] as [SampleName, number][])("%s: the document bodies take at most %d pages", (sample, most) => {
    const report = makeReport(readScores(sampleGrid(sample)), { settings: { document: FULL_FACTS } });
    const bodies = report.plan.sheets.filter((s) => DOCUMENTS.includes(s.role)).reduce((sum, s) => sum + layoutSheet(s, report.plan).pages - 1, 0);
    expect(bodies).toBeLessThanOrEqual(most);
  });
});
