/**
 * A1 addresses for the Office double: "B3", "B3:H60", "$A$1", "5:7" (whole rows), "A:C" (whole
 * columns), "'My Sheet'!A1:B2". Rows and columns are 1-based and inclusive.
 */
import { columnLetters } from "../../src/core/reader/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters, as the engine writes them. */
export const columnName = columnLetters;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

/** Splits "'Sheet'!A1:B2" into the sheet part (unquoted) and the range part. */
export function splitSheet(address: string): { sheet?: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/** Parses the range part of an address; undefined when it is not a valid A1 reference. */
export function parseRect(range: string): Rect | undefined {
  const parts = range.trim().split(":");
  if (parts.length === 0 || parts.length > 2) return undefined;
  const ends = parts.map((p) => parseEnd(p));
  if (ends.some((e) => e === undefined)) return undefined;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  if (a.kind !== b.kind) return undefined;
  if (parts.length === 1 && a.kind !== "cell") return undefined;
  const rect: Rect =
    a.kind === "cell"
      ? { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) }
      : a.kind === "row"
        ? { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: 1, right: MAX_COLUMNS }
        : { top: 1, bottom: MAX_ROWS, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) return undefined;
  return rect;
}

type End = { kind: "cell"; row: number; col: number } | { kind: "row"; row: number; col: 0 } | { kind: "col"; row: 0; col: number };

function parseEnd(text: string): End | undefined {
  const t = text.trim();
  let m = CELL.exec(t);
  if (m) return { kind: "cell", row: Number(m[2]), col: columnNumber(m[1]) };
  m = ROW.exec(t);
  if (m) return { kind: "row", row: Number(m[1]), col: 0 };
  m = COL.exec(t);
  if (m) return { kind: "col", row: 0, col: columnNumber(m[1]) };
  return undefined;
}

/** "A1", "A1:B2", "5:7" or "A:C", the way Excel writes them. */
export function formatRect(r: Rect): string {
  if (r.left === 1 && r.right === MAX_COLUMNS) return `${r.top}:${r.bottom}`;
  if (r.top === 1 && r.bottom === MAX_ROWS) return `${columnName(r.left)}:${columnName(r.right)}`;
  const a = `${columnName(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnName(r.right)}${r.bottom}`;
}

/** Sheet names are quoted when they hold anything but letters (Latin or Thai), digits, _ and . */
export function qualify(sheet: string, rect: Rect): string {
  const plain = /^[A-Za-z_\u0e00-\u0e7f][A-Za-z0-9_.\u0e00-\u0e7f]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${formatRect(rect)}`;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectColumns(r: Rect): number {
  return r.right - r.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}
