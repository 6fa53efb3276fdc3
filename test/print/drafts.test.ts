import ExcelJS from "exceljs";
import JSZip from "jszip";
import { draftFormula, DRAFT_FILL } from "../../src/core/plan/draftMark";
import { layoutSheet } from "../../src/core/plan/layout";
import { officeToDo } from "../../src/core/plan/officeToDo";
import { th } from "../../src/core/strings/th";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { pdfPages, pdfToPngs, printWorkbook, squashThai } from "../helpers/print";
import { reportOf, SAMPLES } from "../helpers/drafts";

jest.setTimeout(300_000);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe("draft formula", () => {
  test("quotes doubled, line breaks as CHAR(10), constants within Excel's 255", () => {
    expect(draftFormula("F7", 'ก "ข"\nค')).toBe('EXACT(F7,"ก ""ข"""&CHAR(10)&"ค")');
    const long = draftFormula("A1", "ก".repeat(600));
    expect(long.match(/"ก+"/g)!.map((s) => s.length - 2)).toEqual([255, 255, 90]);
    expect(draftFormula("A1", "")).toBe('EXACT(A1,"")');
  });
});

describe("notes and draft marks in the .xlsx", () => {
  test("every plan note is a cell note; every draft cell has a conditional fill comparing it with its text", async () => {
    const { plan, analysis } = reportOf("ita-2568-khuansaorang.tsv");
    const bytes = await writeWorkbook(plan);
    const wb = await load(bytes);
    const todo = officeToDo(plan, analysis, undefined);
    expect(todo.notes.length).toBeGreaterThanOrEqual(14);
    for (const n of todo.notes) {
      const note = wb.getWorksheet(n.sheet)!.getCell(n.cell).note;
      const text = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
      expect(text).toBe(n.text);
    }
    // The conditional formats as stored, one per draft cell.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    const rules = [...xml.matchAll(/<conditionalFormatting sqref="([A-Z]+\d+)">.*?<formula>(.*?)<\/formula>/gs)];
    const followUp = plan.sheets[2];
    const laid = layoutSheet(followUp, plan);
    const drafts = laid.rows.flatMap((r) => r.cells.map((c, i) => ({ c, ref: `${String.fromCharCode(65 + i)}${r.row}` }))).filter((x) => x.c.draft && x.c.value);
    // 7 outputs and 7 outcomes, some cut where a row is taller than the rest of its page.
    expect(drafts.filter((d) => !String(d.c.value).startsWith(th.report.continued))).toHaveLength(14);
    expect(rules.map((m) => m[1])).toEqual(drafts.map((d) => d.ref));
    const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    rules.forEach((m, k) => expect(unescape(m[2])).toBe(draftFormula(drafts[k].ref, String(drafts[k].c.value))));
    const styles = await zip.file("xl/styles.xml")!.async("string");
    expect(/<dxfs count="(\d+)">/.exec(styles)?.[1]).toBe(String(rules.length));
    expect(styles).toContain(`FF${DRAFT_FILL}`);
    // The first two sheets have no drafts, so no rules.
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).not.toContain("conditionalFormatting");
  });
});

describe("printed with LibreOffice", () => {
  test.each(SAMPLES)("%s: no software note on paper; the follow-up report prints its drafts' text", async (sample) => {
    const { plan } = reportOf(sample, sample === "ita-2569-huaysaingam.tsv" ? "ita-2568-khuansaorang.tsv" : undefined);
    const name = `drafts-${sample.replace(/\.tsv$/, "")}`;
    const pdf = printWorkbook(name, await writeWorkbook(plan));
    const text = pdfPages(pdf).join("\n");
    const squashed = squashThai(text);
    // Words of the notes never print; the check can fail (the same scan finds the printed intro).
    const hints = ["ข้อมูลที่วาง", "โปรแกรม", "เป็นร่าง", "ร่างจาก", "โปรดแก้ไข", th.report.outputNote.slice(0, 30), th.report.computedWhy.slice(0, 30)];
    for (const hint of hints) expect(squashed.includes(squashThai(hint)) ? hint : "").toBe("");
    // And the same words are found where they are printed: the scan can fail.
    expect(squashed).toContain(squashThai("ผลการประเมิน"));
    expect(squashed).toContain(squashThai(th.report.followUpTitle));
    expect(squashed).toContain(squashThai("ผลที่ดำเนินการได้"));
    if (sample === "ita-2568-khuansaorang.tsv") pdfToPngs(pdf, name, 60);
  });
});
