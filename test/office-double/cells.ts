/** Cell access shared by Range and its format objects: targets, per-cell writes, uniform reads. */
import { formatRect, rectColumns, rectRows, type Rect } from "./address";
import { ErrorCodes, OfficeDoubleError } from "./errors";
import { cellKey, defaultFormat, keyToCell, type CellState, type SheetState } from "./state";

export interface Target {
  sheet: SheetState;
  rect: Rect;
}

/** Format writes on more cells than this (whole rows/columns) are not emulated. */
const MAX_FORMAT_CELLS = 2_000_000;
/** Loading more cells than this could never fit a 5 MB response. */
const MAX_LOAD_CELLS = 5_000_000;

const NAMED_COLORS: Record<string, string> = { black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00" };

export function normaliseColor(color: unknown): string {
  if (typeof color === "string") {
    if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
    const named = NAMED_COLORS[color.toLowerCase()];
    if (named) return named;
  }
  throw new OfficeDoubleError(ErrorCodes.invalidArgument, `Invalid color ${JSON.stringify(color)}: use "#RRGGBB" or a color name.`);
}

export function invalid(message: string): OfficeDoubleError {
  return new OfficeDoubleError(ErrorCodes.invalidArgument, message);
}

/** Every cell of a rectangle, created on demand (formats apply to empty cells too). */
export function eachCell(t: Target, fn: (cell: CellState, row: number, column: number) => void): void {
  if (rectRows(t.rect) * rectColumns(t.rect) > MAX_FORMAT_CELLS) {
    throw new OfficeDoubleError(ErrorCodes.notImplemented, `Office double: formatting ${formatRect(t.rect)} cell by cell is not emulated; format the block you wrote.`);
  }
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const key = cellKey(r, c);
      let cell = t.sheet.cells.get(key);
      if (!cell) {
        cell = { value: null, formula: null, format: defaultFormat() };
        t.sheet.cells.set(key, cell);
      }
      fn(cell, r, c);
    }
  }
}

/** Cells that exist inside a rectangle (no creation); safe on whole-sheet ranges. */
export function existingCells(t: Target): [number, CellState][] {
  const out: [number, CellState][] = [];
  for (const [key, cell] of t.sheet.cells) {
    const { row, column } = keyToCell(key);
    if (row >= t.rect.top && row <= t.rect.bottom && column >= t.rect.left && column <= t.rect.right) out.push([key, cell]);
  }
  return out;
}

export function grid<T>(t: Target, fn: (cell: CellState | undefined) => T): T[][] {
  if (rectRows(t.rect) * rectColumns(t.rect) > MAX_LOAD_CELLS) {
    throw new OfficeDoubleError(ErrorCodes.responsePayloadSizeLimitExceeded, `Loading ${formatRect(t.rect)} cell by cell exceeds the response payload limit.`);
  }
  const out: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(fn(t.sheet.cells.get(cellKey(r, c))));
    out.push(row);
  }
  return out;
}

/** One value for the whole range, or null when the cells differ (Office.js semantics). */
export function uniform<T>(t: Target, fn: (cell: CellState | undefined) => T): T | null {
  let first: T | undefined;
  let set = false;
  for (const row of grid(t, fn)) {
    for (const v of row) {
      if (!set) {
        first = v;
        set = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

/** Checks a 2-D input against the range size; a single non-array value fills every cell. */
export function cellInput(t: Target, input: unknown, property: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = rectRows(t.rect);
  const cols = rectColumns(t.rect);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw invalid(`The number of rows or columns in the input array doesn't match the size of the range: ${property} is ${got}, range ${formatRect(t.rect)} is ${rows}×${cols}.`);
  }
  return (r, c) => (input as unknown[][])[r - t.rect.top][c - t.rect.left];
}
