import type { AnalysedQuestion } from "../core/analysis/types";
import { columnLetters } from "../core/reader/address";
import { hashCell, latestColumns, sameName, type ColumnsFingerprint, type GeneratedRecord } from "./fingerprints";
import { excelTh } from "./strings";
import type { GeneratedStatus, SheetRange } from "./types";

/**
 * The two analysis columns (ข้อบกพร่อง, ข้อแก้ไข/ปรับปรุง หรือรักษาระดับ) written right of the
 * pasted table, one line per question row. Pure: where they go and what they hold; the Office
 * calls are in excelActions.ts.
 */

/** What a cell of the sheet holds now ("" when empty), by 1-based row and column. */
export type CellLookup = (row: number, column: number) => unknown;

export interface ColumnsPlan {
  sheet: string;
  /** First of the two columns, 1-based. */
  left: number;
  /** Header row when there is one, else the first question row. */
  top: number;
  bottom: number;
  header: boolean;
  /** (bottom - top + 1) rows × 2. */
  values: string[][];
  questionRows: number[];
  status: GeneratedStatus;
  message: string;
  /** Cells of our earlier, unedited columns that the new block does not overwrite. */
  stale: { row: number; column: number }[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

/** "H:I" */
export function columnsLabel(left: number): string {
  return `${columnLetters(left)}:${columnLetters(left + 1)}`;
}

/** Texts per sheet row, as the analysis sheet words them (maintain → "-" / รักษาระดับ). */
export function columnTexts(questions: readonly AnalysedQuestion[], range: SheetRange): Map<number, [string, string]> {
  const first = range.rowOffset + 1;
  const last = range.rowOffset + range.grid.length;
  const out = new Map<number, [string, string]>();
  for (const q of questions) {
    if (q.row < first || q.row > last || out.has(q.row)) continue;
    out.set(q.row, q.verdict === "improve" ? [q.weakness ?? "", q.action] : ["-", q.action]);
  }
  return out;
}

/** Cells of a columns record, with their recorded hashes. */
function recordedCells(fp: ColumnsFingerprint): { row: number; column: number; hash: string }[] {
  const out: { row: number; column: number; hash: string }[] = [];
  for (let r = fp.top; r <= fp.bottom; r++) {
    for (let k = 0; k < 2; k++) out.push({ row: r, column: fp.left + k, hash: fp.cells[(r - fp.top) * 2 + k] });
  }
  return out;
}

/**
 * Blanks, in a grid read from a sheet, the analysis columns this add-in wrote there, so they are
 * not read back as the paste's own recommendation column. A recorded block is blanked while its
 * header still reads as ours; otherwise only the cells still holding what we wrote. Trailing
 * empty columns are then trimmed.
 */
export function maskGeneratedColumns(range: SheetRange, record: GeneratedRecord): SheetRange {
  const records = record.columns.filter((c) => sameName(c.sheet, range.sheetName));
  if (records.length === 0 || range.grid.length === 0) return range;
  const grid = range.grid.map((row) => [...row]);
  const at = (row: number, column: number) => grid[row - range.rowOffset - 1]?.[column - range.columnOffset - 1];
  const blank = (row: number, column: number) => {
    const line = grid[row - range.rowOffset - 1];
    const c = column - range.columnOffset - 1;
    if (line && c >= 0 && c < line.length) line[c] = "";
  };
  for (const fp of records) {
    const headerOurs = excelTh.analysisHeaders.every((h, k) => at(fp.top, fp.left + k) === h);
    for (const cell of recordedCells(fp)) {
      if (headerOurs || (cell.hash !== "" && hashCell(at(cell.row, cell.column)) === cell.hash)) blank(cell.row, cell.column);
    }
  }
  const width = Math.max(0, ...grid.map((row) => lastFilled(row) + 1));
  if (width === Math.max(0, ...grid.map((r) => r.length))) return { ...range, grid };
  const trimmed = grid.map((row) => row.slice(0, width));
  const top = range.rowOffset + 1;
  const address = width === 0 ? `${columnLetters(range.columnOffset + 1)}${top}` : `${columnLetters(range.columnOffset + 1)}${top}:${columnLetters(range.columnOffset + width)}${range.rowOffset + grid.length}`;
  return { ...range, grid: trimmed, address };
}

function lastFilled(row: readonly unknown[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (!isEmpty(row[c])) return c;
  return -1;
}

/** Last column (1-based) of the pasted table: the rightmost non-empty cell of the grid. */
export function tableRightEdge(range: SheetRange): number {
  return range.columnOffset + Math.max(0, ...range.grid.map((row) => lastFilled(row) + 1));
}

/** Rows the new block covers: a header row above the first question (when there is one). */
export function blockRows(texts: Map<number, [string, string]>): { top: number; bottom: number; header: boolean } | undefined {
  if (texts.size === 0) return undefined;
  const rows = [...texts.keys()];
  const first = Math.min(...rows);
  const header = first > 1;
  return { top: header ? first - 1 : first, bottom: Math.max(...rows), header };
}

/**
 * Chooses where the columns go. Our earlier columns on this sheet are reused while no cell of
 * them was changed by the user; a changed cell makes them the user's: they stay, and the new
 * columns go to the next two free columns. A column is free when every cell of the block is
 * empty or still holds exactly what we wrote.
 */
export function placeColumns(args: {
  sheet: string;
  tableRight: number;
  texts: Map<number, [string, string]>;
  current: CellLookup;
  record: GeneratedRecord;
}): ColumnsPlan | undefined {
  const rows = blockRows(args.texts);
  if (!rows) return undefined;
  const previous = latestColumns(args.record, args.sheet);
  const prev = previous && previous.left > args.tableRight ? previous : undefined;
  const prevCells = prev ? recordedCells(prev) : [];
  const edited = prevCells.some((c) => {
    const now = args.current(c.row, c.column);
    return !isEmpty(now) && hashCell(now) !== c.hash;
  });
  const owned = new Set(edited ? [] : prevCells.filter((c) => c.hash !== "").map((c) => `${c.row}:${c.column}`));
  const free = (column: number) => {
    for (let r = rows.top; r <= rows.bottom; r++) {
      const now = args.current(r, column);
      if (!isEmpty(now) && !owned.has(`${r}:${column}`)) return false;
    }
    return true;
  };
  let left: number | undefined;
  if (prev && !edited && free(prev.left) && free(prev.left + 1)) left = prev.left;
  for (let c = args.tableRight + 1; left === undefined; c++) if (free(c) && free(c + 1)) left = c;

  const label = columnsLabel(left);
  const T = excelTh.outcome;
  const [status, message]: [GeneratedStatus, string] =
    prev && !edited && left === prev.left
      ? ["replaced", T.columnsReplaced(args.sheet, label)]
      : prev && edited
        ? ["copied", T.columnsCopied(args.sheet, columnsLabel(prev.left), label)]
        : left > args.tableRight + 1 && !prev
          ? ["created", T.columnsAfterOccupied(args.sheet, label)]
          : ["created", T.columnsCreated(args.sheet, label)];

  const values: string[][] = [];
  for (let r = rows.top; r <= rows.bottom; r++) {
    if (rows.header && r === rows.top) values.push([...excelTh.analysisHeaders]);
    else values.push(args.texts.get(r) ?? ["", ""]);
  }
  const inBlock = (row: number, column: number) => row >= rows.top && row <= rows.bottom && (column === left || column === left! + 1);
  const stale = edited ? [] : prevCells.filter((c) => c.hash !== "" && owned.has(`${c.row}:${c.column}`) && !isEmpty(args.current(c.row, c.column)) && !inBlock(c.row, c.column));
  return {
    sheet: args.sheet,
    left,
    ...rows,
    values,
    questionRows: [...args.texts.keys()].sort((a, b) => a - b),
    status,
    message,
    stale: stale.map(({ row, column }) => ({ row, column })),
  };
}
