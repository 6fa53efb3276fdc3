import { makeReport, readScores, type ReportOptions, type ReportResult } from "../../src/core/pipeline";
import { createExcelActions, type ExcelActionsOptions } from "../../src/excel/excelActions";
import type { ExcelActions, SheetRange } from "../../src/excel/types";
import { createOfficeDouble, findSheet, type DoubleInitial, type OfficeDouble, type SheetState } from "../office-double";
import { sampleGrid } from "../helpers/fixtures";

export const SAMPLE_SHEET = "ITA 2568";

/** What Excel makes of a pasted text grid: numbers become numbers, the rest stays as typed. */
export function pasted(grid: readonly (readonly string[])[]): (string | number | null)[][] {
  return grid.map((row) => row.map((cell) => (cell === "" ? null : /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell)));
}

export function sample001(): (string | number | null)[][] {
  return pasted(sampleGrid("ita-2568-khuansaorang.tsv"));
}

export interface Setup {
  double: OfficeDouble;
  actions: ExcelActions;
  /** The score sheet the last readAndGenerate read. */
  lastRead?: string;
}

export function setup(initial: DoubleInitial = {}, options: Omit<ExcelActionsOptions, "host"> = {}): Setup {
  const double = createOfficeDouble(initial);
  return { double, actions: createExcelActions({ ...options, host: { Office: double.Office, Excel: double.Excel } }) };
}

/** The 001 sample pasted at `at` of a sheet, with some other sheet first. */
export function sampleWorkbook(at = "A1"): DoubleInitial {
  return { sheets: [{ name: "หน้าปก", cells: [["ผลงานของฉัน"]] }, { name: SAMPLE_SHEET, cells: sample001(), at }], activeSheet: SAMPLE_SHEET };
}

/** As the task pane does it: read the range, read scores with its offsets, make the report. */
export function reportFor(range: SheetRange, options: ReportOptions = {}): ReportResult {
  return makeReport(readScores(range.grid, { source: range.sheetName, rowOffset: range.rowOffset, columnOffset: range.columnOffset }), options);
}

/**
 * Reads the active sheet and generates. Generating leaves the first report sheet active (as the
 * user then sees it), so a later call first goes back to the sheet it read before.
 */
export async function readAndGenerate(s: Setup, options: ReportOptions = {}) {
  if (s.lastRead) await s.actions.activateSheet(s.lastRead);
  const range = await s.actions.readScoreTable("usedRange");
  s.lastRead = range.sheetName;
  const report = reportFor(range, options);
  const before = s.double.syncCount();
  const outcome = await s.actions.generate(range, report);
  return { range, report, outcome, syncs: s.double.syncCount() - before };
}

export function sheetOf(double: OfficeDouble, name: string): SheetState {
  const sheet = findSheet(double.state, name);
  if (!sheet) throw new Error(`no sheet "${name}" (have ${double.state.sheets.map((s) => s.name).join(", ")})`);
  return sheet;
}

/** The user types into a cell (text as typed; the double's state is the workbook). */
export async function userTypes(double: OfficeDouble, sheet: string, address: string, value: string | number): Promise<void> {
  await double.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.values = [[value]];
    await context.sync();
  });
}

/** A synthetic paste: a title, a header row and one row per question (code, score, note). */
export function questionPaste(codes: readonly string[], score: (i: number) => number | string = (i) => (i % 3 === 0 ? 80 + (i % 17) : 100), note: (i: number) => string = () => ""): (string | number | null)[][] {
  return [["ผลการประเมิน ITA 2568 เทศบาลตำบลทดสอบ"], ["ข้อ", "คะแนน", "ข้อเสนอแนะ"], ...codes.map((c, i) => [c, score(i), note(i) || null])];
}
