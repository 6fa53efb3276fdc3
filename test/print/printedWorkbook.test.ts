import { BUILT_IN_CATALOGUES } from "../../src/core/catalogue";
import { makeReport, readScores, type ReportResult } from "../../src/core/pipeline";
import { layoutSheet, type LaidRow } from "../../src/core/plan/layout";
import type { ReportPlan, SheetPlan } from "../../src/core/plan/types";
import { th } from "../../src/core/strings/th";
import { lineCount, rowHeightFor, wrapLines } from "../../src/core/plan/textMetrics";
import { pageBodyPoints } from "../../src/core/plan/page";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sheetOf } from "../helpers/documents";
import { columnTexts, editAndPrint, pageHasWords, type Anchor, pdfInfo, pdfPages, pdfToPngs, PRINT_DIR, printWorkbook, squashThai } from "../helpers/print";

/** A long paste: every question of the 2565 catalogue, most below target. */
function longPaste(): unknown[][] {
  const cat = BUILT_IN_CATALOGUES.find((c) => c.id === "ita-2565")!;
  const rows: unknown[][] = [["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนตำบลทดสอบยาว"], ["ข้อ", "คะแนน"]];
  cat.questions.forEach((q, i) => rows.push([q.code, i % 4 === 0 ? 100 : 60 + (i % 30)]));
  return rows;
}

/** Each sheet's title, the first line printed on its first page. */
const SHEET_TITLES = [th.report.documentTitle.split("\n")[0], th.report.measuresTitle, th.report.followUpTitle];

/**
 * The page each sheet starts on: the first that opens with its title (a title may also be a
 * text of another sheet, as the 2566 item o42 is named like the measure plan).
 */

/** Header labels that print as one word on one line, to place the columns on the page. */
const ANCHOR_WORDS = ["ลำดับ", "ข้อบกพร่อง", "ผลการวิเคราะห์", "ประเด็น", "ผู้รับผิดชอบ", "มาตรการ", "วิธีการดำเนินการ", "ระยะเวลา", "(Output)", "(Outcome)"];

function anchorsFor(sheet: SheetPlan, columns: number[], size: number): [Anchor, Anchor] {
  const table = sheet.blocks.find((b) => b.kind === "table" && b.repeatHeader) as { header: { value: unknown; span?: number }[] };
  const found: Anchor[] = [];
  let column = 0;
  for (const h of table.header) {
    const text = String(h.value);
    const word = ANCHOR_WORDS.find((w) => text === w || text.split(" ").includes(w));
    // The word must print whole on a line (not wrapped inside) to be found on the page.
    if (word && wrapLines(text, columns[column] ?? 10, size, true).some((l) => l.split(" ").includes(word))) found.push({ label: word, header: text, column });
    column += h.span ?? 1;
  }
  if (found.length < 2) throw new Error(`no anchor words in the header of ${sheet.name}`);
  return [found[0], found[found.length - 1]];
}

/**
 * Prints a report and checks, page by page: A4, each sheet's main table header on every one of
 * its pages, and the end of every text cell of the main tables printed in its own column
 * (a clipped cell loses its last lines).
 */
async function printAndCheck(name: string, report: ReportResult): Promise<{ pages: string[]; starts: number[] }> {
  const pdf = printWorkbook(name, await writeWorkbook(report.plan));
  expect(pdfInfo(pdf).pageSize).toContain("A4");
  const pages = pdfPages(pdf);
  // Where each sheet starts, by the layout's page counts (checked against the print below).
  const starts: number[] = [];
  report.plan.sheets.reduce((at, sheet) => (starts.push(at), at + layoutSheet(sheet, report.plan).pages), 0);
  // Each document's title opens the page after its cover.
  const documents = report.plan.sheets.map((s, i) => [s, i] as const).filter(([s]) => s.role === "analysis" || s.role === "measures" || s.role === "followUp");
  documents.forEach(([, i], k) => expect({ sheet: i, title: squashThai(pages[starts[i] + 1] ?? "").includes(squashThai(SHEET_TITLES[k])) }).toEqual({ sheet: i, title: true }));
  // A number too wide for its column prints as ### (Thai digits are wider than Arabic ones).
  pages.forEach((text, p) => expect({ page: p + 1, hashes: text.includes("###") }).toEqual({ page: p + 1, hashes: false }));
  report.plan.sheets.forEach((sheet, i) => checkSheet(pdf, pages, sheet, report.plan, starts[i], i + 1 < starts.length ? starts[i + 1] : pages.length));
  expect(pdfToPngs(pdf, name).length).toBe(pages.length);
  return { pages, starts };
}

function checkSheet(pdf: string, pages: string[], sheet: SheetPlan, plan: ReportPlan, from: number, to: number): void {
  // LibreOffice breaks the pages where the stored heights make it: exactly the pages the layout
  // counted at 16 pt (its glyph advances are measured there); at other sizes the model's advances
  // are the font's on LibreOffice's grid, a little wide at worst: never fewer pages than printed.
  const laid = layoutSheet(sheet, plan);
  if (plan.font.size === 16) expect({ sheet: sheet.name, pages: to - from }).toEqual({ sheet: sheet.name, pages: laid.pages });
  else expect({ sheet: sheet.name, pages: to - from, most: laid.pages }).toEqual({ sheet: sheet.name, pages: Math.min(to - from, laid.pages), most: laid.pages });
  const table = sheet.blocks.find((b) => b.kind === "table" && b.repeatHeader);
  // A memo has no table: its page count is what is checked.
  if (sheet.role === "measuresMemo" || sheet.role === "followUpMemo") return;
  if (!table || table.kind !== "table") throw new Error(`no main table on ${sheet.name}`);
  const anchors = anchorsFor(sheet, laid.columns, plan.font.size);
  const headerPages: number[] = [];
  for (let p = from; p < to; p++) if (pageHasWords(pdf, p + 1, anchors.map((a) => a.label))) headerPages.push(p);
  // From the page the table starts on, the header repeats on every page of the sheet.
  if (headerPages.length === 0) throw new Error(`${sheet.name}: header (${anchors.map((a) => a.label).join(", ")}) not found on pages ${from + 1}–${to}`);
  for (let p = headerPages[0]; p < to; p++) expect({ sheet: sheet.name, page: p + 1, header: headerPages.includes(p) }).toEqual({ sheet: sheet.name, page: p + 1, header: true });
  const columns = laid.columns.map(() => "");
  // Each page's column text, less the repeated header on top, so a cell continued over a page
  // break reads on as one text.
  const headerOver = headerTexts(table.header, laid.columns.length);
  for (let p = headerPages[0]; p < to; p++) {
    columnTexts(pdf, p + 1, laid.columns, anchors).forEach((t, c) => (columns[c] += withoutHeader(squashThai(t), headerOver[c])));
  }
  for (const row of table.rows) {
    row.forEach((cell, c) => {
      if (typeof cell.value !== "string" || cell.style === "groupRow" || cell.value.trim() === "") return;
      const tail = squashThai(cell.value).slice(-12);
      if (!columns[c].includes(tail)) throw new Error(`${sheet.name}, column ${c + 1}: the end of "${cell.value.slice(0, 40)}…" is not printed ("${tail}")`);
    });
  }
}

/** The (squashed) header text over each column; a spanned header is over each column it covers. */
function headerTexts(header: readonly { value: unknown; span?: number }[], width: number): string[] {
  const out: string[] = [];
  for (const h of header) for (let k = 0; k < (h.span ?? 1); k++) out.push(squashThai(String(h.value ?? "")));
  while (out.length < width) out.push("");
  return out;
}

/** A page's column text without the header's words it starts with. */
function withoutHeader(text: string, header: string): string {
  let n = Math.min(text.length, header.length);
  while (n > 1 && !header.includes(text.slice(0, n))) n--;
  return n > 1 ? text.slice(n) : text;
}

describe("printed through LibreOffice", () => {
  test("001 (ITA 2568, seven ประเด็น): A4, headers on every page, every text cell printed to its end", async () => {
    const report = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
    const { pages, starts } = await printAndCheck("ita-2568-khuansaorang", report);
    const all = squashThai(pages.join("\n"));
    expect(all).toContain(squashThai("ประเด็นที่ ๗ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน"));
    expect(all).toContain("(Output)");
    // Each sheet is numbered on its own; a cover, and a memo's first page, print no number.
    for (const start of starts) {
      expect(squashThai(pages[start])).not.toContain(squashThai("หน้า"));
      expect(squashThai(pages[start + 1])).toContain(squashThai("หน้า 2"));
    }
  });

  test("000 (ITA 2565, indicators only, tool layout)", async () => {
    await printAndCheck("ita-2565-tharnkasem", makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv"))));
  });

  // Known defect (issue 9, still open): LibreOffice 7.4 prints the analysis sheet one page short,
  // without its last rows (o42, o43), though the .xlsx holds them and its own page breaks after
  // printing count one page more. Likely cause, not proven: it counts the pages on the printer
  // and draws them into the PDF, and the footer, whose 12 pt Thai line is taller than the 12 pt
  // band LibreOffice gives it, grows by a different amount on each; with an 8-11 pt footer, or
  // none, every row prints. Fit-to-width with a page count instead of 0 also prints every row
  // but makes LibreOffice ignore the manual page breaks (bSkipRowBreaks), so that is no fix.
  test.skip("a long 2566 paste with every question, in Arabic digits and a smaller font", async () => {
    const report = makeReport(readScores(longPaste()), { settings: { digits: "arabic", font: { name: "TH Sarabun New", size: 14 } } });
    const { pages } = await printAndCheck("ita-2566-long", report);
    expect(pages.length).toBeGreaterThan(10);
  });

  /** Two steps, 300 characters and more, as a clerk would add them to a cell. */
  const ADDED = "\n๕. ประชุมชี้แจงแนวทางการปฏิบัติงานแก่บุคลากรทุกส่วนราชการและรับฟังความคิดเห็นจากผู้รับบริการทุกไตรมาส\n๖. สรุปผลการดำเนินงานตามมาตรการพร้อมปัญหาอุปสรรคและข้อเสนอแนะเสนอต่อผู้บริหารเพื่อพิจารณาปรับปรุงการดำเนินงานในปีงบประมาณถัดไปและเผยแพร่ให้ประชาชนทราบทางเว็บไซต์ของหน่วยงานและช่องทางสื่อสังคมออนไลน์ทุกช่องทาง";

  /**
   * Appends `added` to a text cell of the column the sheet's table leaves room for edits in
   * (EditRoom: the measure plan's steps, the follow-up's results) in LibreOffice, prints, and
   * checks the row refitted and the whole text is printed in its column. `pick` chooses the row
   * among the table rows with text there.
   */
  async function editAndCheck(role: "measures" | "followUp", label: string, added: string, pick: (rows: { row: LaidRow; lines: number; fits: boolean }[]) => { row: LaidRow; fits: boolean } | undefined): Promise<void> {
    const report = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
    const xlsx = join(PRINT_DIR, `ita-2568-edited-${label}.xlsx`);
    writeFileSync(xlsx, await writeWorkbook(report.plan));
    const sheet = sheetOf(report.plan, role);
    const laid = layoutSheet(sheet, report.plan);
    const size = report.plan.font.size;
    const table = sheet.blocks.find((b) => b.kind === "table" && b.editRoom);
    const room = table?.kind === "table" ? table.editRoom : undefined;
    expect(added.length).toBeGreaterThanOrEqual(room!.chars);
    const column = room!.column;
    // Room for a row on a page under the repeated header: neither LibreOffice nor Excel prints a row over two pages.
    const page = pageBodyPoints(sheet.print, laid.columns) - laid.rows[laid.printTitleRows![0] - 1].height;
    const rows = laid.rows
      .filter((r) => r.autoHeight && r.row > laid.printTitleRows![1] && typeof r.cells[column].value === "string")
      .map((r) => {
        const text = `${r.cells[column].value}${added}`;
        const edited = Math.max(...r.cells.map((c, k) => (k === column ? rowHeightFor(lineCount(text, laid.columns[k], size), size) : typeof c.value === "string" ? rowHeightFor(lineCount(c.value, laid.columns[k], size), size) : 0)));
        return { row: r, lines: lineCount(String(r.cells[column].value), laid.columns[column], size), fits: edited <= page };
      });
    const chosen = pick(rows);
    expect(chosen?.fits).toBe(true);
    const { row } = chosen!;
    const pdf = join(PRINT_DIR, `ita-2568-edited-${label}.pdf`);
    const edit = editAndPrint(xlsx, sheet.name, row.row - 1, column, added, pdf);
    // LibreOffice refitted the row (it is not marked manually sized) to the longer text.
    expect(edit.optimal).toBe(true);
    expect(edit.afterPt).toBeGreaterThan(edit.beforePt + 100);
    expect(edit.text.endsWith(added)).toBe(true);
    // The whole cell, the added steps included, is printed in its column.
    const pages = pdfPages(pdf);
    const starts: number[] = [];
    report.plan.sheets.reduce((at, s) => (starts.push(at), at + layoutSheet(s, report.plan).pages), 0);
    const index = report.plan.sheets.indexOf(sheet);
    const anchors = anchorsFor(sheet, laid.columns, size);
    let text = "";
    // The edit may move the pages after it: the sheet ends where the next memo starts.
    const next = pages.findIndex((p, i) => i > starts[index] && squashThai(p).includes(squashThai(th.documents.memoHeading)));
    const end = next < 0 ? pages.length : next;
    for (let p = starts[index]; p < end; p++) {
      if (pageHasWords(pdf, p + 1, anchors.map((a) => a.label))) text += squashThai(columnTexts(pdf, p + 1, laid.columns, anchors)[column]);
    }
    expect(text).toContain(squashThai(edit.text));
  }

  test("edited in LibreOffice: two steps (300 characters) added to the longest steps cell of the measure plan, the row refits and prints whole", async () => {
    // The layout leaves every steps cell room for them (measuresSheet.ts STEPS_EDIT, rows.ts editHeadroom).
    expect(ADDED.length).toBeGreaterThanOrEqual(300);
    await editAndCheck("measures", "measures", ADDED, (rows) => rows.reduce<(typeof rows)[number] | undefined>((best, r) => (!best || r.lines > best.lines ? r : best), undefined));
  });

  /** A result with its evidence, as an office writes it over the output cell's dotted line: 120 characters and more. */
  const RESULT = "\nจัดทำคู่มือการปฏิบัติงานครบทุกภารกิจหลักแล้ว ตามคำสั่งที่ ๑๒๓/๒๕๖๙ ลงวันที่ ๑๕ มีนาคม ๒๕๖๙ เผยแพร่บนเว็บไซต์เมื่อ ๒๐ มีนาคม ๒๕๖๙";

  test("edited in LibreOffice: a result (120 characters) written into the longest output cell of the follow-up report prints whole", async () => {
    // The layout leaves every output cell room for it (followUpSheet.ts, RESULTS_EDIT).
    await editAndCheck("followUp", "followup", RESULT, (rows) => rows.reduce<(typeof rows)[number] | undefined>((best, r) => (!best || r.lines > best.lines ? r : best), undefined));
  });
});
