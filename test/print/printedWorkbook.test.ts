import { BUILT_IN_CATALOGUES } from "../../src/core/catalogue";
import { makeReport, readScores } from "../../src/core/pipeline";
import { th } from "../../src/core/strings/th";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";
import { columnTexts, pdfInfo, pdfPages, pdfToPngs, printWorkbook, squashThai } from "../helpers/print";

/** A long paste: every question of the 2565 catalogue, most below target, with long ITAS-style texts. */
function longPaste(): unknown[][] {
  const cat = BUILT_IN_CATALOGUES.find((c) => c.id === "ita-2565")!;
  const rows: unknown[][] = [["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนตำบลทดสอบยาว"], ["ข้อ", "คะแนน"]];
  cat.questions.forEach((q, i) => rows.push([q.code, i % 4 === 0 ? 100 : 60 + (i % 30)]));
  return rows;
}

/** The question table's header cell, a line of its own in the printed text. */
const HEADER = /^ข้อบกพร่อง$/m;

describe("printed through LibreOffice", () => {
  test("001 prints on A4 with Thai text, the header row on every page of the question table, nothing clipped", async () => {
    const { plan, analysis } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
    const pdf = printWorkbook("ita-2568-khuansaorang", await (writeWorkbook(plan)));
    const info = pdfInfo(pdf);
    expect(info.pageSize).toContain("A4");
    const pages = pdfPages(pdf);
    const all = squashThai(pages.join("\n"));
    expect(all).toContain(squashThai("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส"));
    expect(all).toContain(squashThai("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"));
    expect(all).toContain("(Output)");

    // The question table starts on a new page and its header repeats on every page until the next sheet.
    const first = pages.findIndex((p) => HEADER.test(p));
    const measures = pages.findIndex((p) => squashThai(p).includes(squashThai(th.report.measuresTitle)));
    expect(first).toBeGreaterThan(0);
    expect(measures - first).toBeGreaterThanOrEqual(2);
    for (let p = first; p < measures; p++) expect(pages[p]).toMatch(HEADER);

    // Nothing clipped: the end of every weakness and action is printed in its column.
    const cols = questionColumns(pdf, plan.sheets[0].columns, first, measures);
    for (const q of analysis.questions.filter((x) => x.verdict === "improve")) {
      expectPrinted(cols[5], q.weakness ?? "", `${q.code} weakness`);
      expectPrinted(cols[6], q.action, `${q.code} action`);
    }
    expect(pdfToPngs(pdf, "ita-2568-khuansaorang").length).toBe(info.pages);
  });

  test("000 (indicators only, tool layout) and a long 2566 paste print too", async () => {
    const small = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv")));
    const pdfSmall = printWorkbook("ita-2565-tharnkasem", await (writeWorkbook(small.plan)));
    expect(pdfInfo(pdfSmall).pageSize).toContain("A4");
    pdfToPngs(pdfSmall, "ita-2565-tharnkasem");

    const long = makeReport(readScores(longPaste()));
    const pdf = printWorkbook("ita-2566-long", await (writeWorkbook(long.plan)));
    const pages = pdfPages(pdf);
    const first = pages.findIndex((p) => HEADER.test(p));
    const measures = pages.findIndex((p) => squashThai(p).includes(squashThai(th.report.measuresTitle)));
    expect(measures - first).toBeGreaterThanOrEqual(3);
    for (let p = first; p < measures; p++) expect(pages[p]).toMatch(HEADER);
    const cols = questionColumns(pdf, long.plan.sheets[0].columns, first, measures);
    for (const q of long.analysis.questions.filter((x) => x.verdict === "improve")) {
      expectPrinted(cols[5], q.weakness ?? "", `${q.code} weakness`);
      expectPrinted(cols[6], q.action, `${q.code} action`);
    }
    pdfToPngs(pdf, "ita-2566-long");
  });
});


/** Squashed text of each column of the question table, over its pages (0-based page indexes). */
function questionColumns(pdf: string, widths: number[], first: number, end: number): string[] {
  const out = widths.map(() => "");
  for (let p = first; p < end; p++) {
    columnTexts(pdf, p + 1, widths, [{ label: "ลำดับ", column: 0 }, { label: "ข้อบกพร่อง", column: 5 }]).forEach((t, c) => (out[c] += squashThai(t)));
  }
  return out;
}

/** The end of a long text is printed in its column (a clipped cell loses its last lines). */
function expectPrinted(column: string, text: string, where: string): void {
  const tail = squashThai(text).slice(-12);
  if (!column.includes(tail)) throw new Error(`the end of the text of ${where} is not printed: "${tail}"`);
}
