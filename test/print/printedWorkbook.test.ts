import { BUILT_IN_CATALOGUES } from "../../src/core/catalogue";
import { makeReport, readScores } from "../../src/core/pipeline";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";
import { pdfInfo, pdfPages, pdfToPngs, printWorkbook, squashThai } from "../helpers/print";

/** A long paste: every question of the 2565 catalogue, most below target, with long ITAS-style texts. */
function longPaste(): unknown[][] {
  const cat = BUILT_IN_CATALOGUES.find((c) => c.id === "ita-2565")!;
  const rows: unknown[][] = [["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนตำบลทดสอบยาว"], ["ข้อ", "คะแนน"]];
  cat.questions.forEach((q, i) => rows.push([q.code, i % 4 === 0 ? 100 : 60 + (i % 30)]));
  return rows;
}

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
    expect(all).toContain(squashThai("ผลการดำเนินการ (Output)"));

    // The question table starts on a new page and its header repeats on every page until the next sheet.
    const first = pages.findIndex((p) => p.includes("ข้อบกพร่อง"));
    const measures = pages.findIndex((p) => squashThai(p).includes(squashThai("ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้อง")));
    expect(first).toBeGreaterThan(0);
    expect(measures - first).toBeGreaterThanOrEqual(2);
    for (let p = first; p < measures; p++) expect(pages[p]).toContain("ข้อบกพร่อง");

    // Nothing clipped: the end of every long text cell is printed.
    for (const q of analysis.questions.filter((x) => x.verdict === "improve")) {
      expect(all).toContain(squashThai(q.action).slice(-12));
      expect(all).toContain(squashThai(q.weakness ?? "").slice(-12));
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
    const first = pages.findIndex((p) => p.includes("ข้อบกพร่อง"));
    const measures = pages.findIndex((p) => squashThai(p).includes(squashThai("ประเด็นที่ต้องแก้ไข/ปรับปรุง")));
    expect(measures - first).toBeGreaterThanOrEqual(3);
    for (let p = first; p < measures; p++) expect(pages[p]).toContain("ข้อบกพร่อง");
    const all = squashThai(pages.join("\n"));
    for (const q of long.analysis.questions.filter((x) => x.verdict === "improve")) expect(all).toContain(squashThai(q.action).slice(-12));
    pdfToPngs(pdf, "ita-2566-long");
  });
});

