import { draftFormula, DRAFT_FILL } from "../../src/core/plan/draftMark";
import { officeToDo } from "../../src/core/plan/officeToDo";
import { readAndGenerate, sampleWorkbook, setup, sheetOf } from "./helpers";

const FOLLOW_UP = "รายงานผลการดำเนินการ";
const letter = (ref: string) => ref.replace(/\d+$/, "");
const rowOf = (ref: string) => Number(/\d+$/.exec(ref)![0]);
const columnOf = (ref: string) => letter(ref).charCodeAt(0) - 64;

describe("notes and draft marks in a live workbook", () => {
  test("ExcelApi 1.18: every note on its cell, every draft a custom rule with its text; still ≤ 4 round trips", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: "1.18" });
    const { report, outcome, syncs } = await readAndGenerate(s);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(outcome).toMatchObject({ cellNotes: true, draftMarks: true });
    const todo = officeToDo(report.plan, report.analysis, undefined);
    expect(todo.notes.length).toBeGreaterThanOrEqual(14);
    for (const n of todo.notes) expect(sheetOf(s.double, n.sheet).notes.get(rowOf(n.cell) * 16385 + columnOf(n.cell))).toBe(n.text);
    const sheet = sheetOf(s.double, FOLLOW_UP);
    const rules = sheet.conditionalFormats;
    expect(rules.length).toBeGreaterThanOrEqual(14);
    for (const rule of rules) {
      expect(rule.rect.top).toBe(rule.rect.bottom);
      const cell = sheet.cells.get(rule.rect.top * 16385 + rule.rect.left)!;
      const ref = `${String.fromCharCode(64 + rule.rect.left)}${rule.rect.top}`;
      expect(rule).toMatchObject({ formula: `=${draftFormula(ref, String(cell.value))}`, fill: `#${DRAFT_FILL}` });
    }
    expect(sheetOf(s.double, "วิเคราะห์ผล ITA").conditionalFormats).toEqual([]);
  });

  test("generated again (a sheet of ours is reset): no note or rule is left twice", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: "1.18" });
    await readAndGenerate(s);
    const first = sheetOf(s.double, FOLLOW_UP);
    const counts = [first.notes.size, first.conditionalFormats.length];
    const again = await readAndGenerate(s);
    expect(again.outcome.sheets.find((g) => g.name === FOLLOW_UP)?.status).toBe("replaced");
    const second = sheetOf(s.double, FOLLOW_UP);
    expect([second.notes.size, second.conditionalFormats.length]).toEqual(counts);
  });

  test("ExcelApi 1.9: no notes (1.18) but draft marks; the outcome says so for the pane to list the notes", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: "1.9" });
    const { outcome, syncs } = await readAndGenerate(s);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(outcome).toMatchObject({ cellNotes: false, draftMarks: true });
    expect(sheetOf(s.double, FOLLOW_UP).notes.size).toBe(0);
    expect(sheetOf(s.double, FOLLOW_UP).conditionalFormats.length).toBeGreaterThanOrEqual(14);
  });

  test("ExcelApi 1.4: neither, and generation still works", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: "1.4" });
    const { outcome } = await readAndGenerate(s);
    expect(outcome).toMatchObject({ cellNotes: false, draftMarks: false });
    expect(sheetOf(s.double, FOLLOW_UP).conditionalFormats).toEqual([]);
  });
});
