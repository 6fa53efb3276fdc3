/**
 * How Excel stores what is written to `range.values` / `range.formulas`, modelled closely
 * enough to catch unsafe writes: in a cell whose number format is not Text ("@"), a string that
 * starts with = + - or @ becomes a formula, a string that looks like a number, date or time
 * becomes a number, TRUE/FALSE a boolean, and a leading apostrophe is taken as the quote prefix
 * (dropped). In a Text cell everything stays text.
 */
import { ErrorCodes, OfficeDoubleError } from "./errors";
import type { CellScalar, CellState } from "./state";

export const MAX_CELL_CHARACTERS = 32_767;
export const MAX_CELL_LINE_FEEDS = 253;

/** What the double shows as the value of a formula it does not calculate. */
export const FORMULA_RESULT = "#NAME?";

// 12, -3.5, 1,234.5, .5, 50% — what Excel's parser turns into a number.
const NUMERIC = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?$/;

function asNumber(text: string): number | undefined {
  const t = text.trim();
  if (!NUMERIC.test(t) || !/\d/.test(t)) return undefined;
  const n = Number(t.replace(/,/g, "").replace(/%$/, ""));
  if (!Number.isFinite(n)) return undefined;
  return t.endsWith("%") ? n / 100 : n;
}

/**
 * Dates and times Excel's General format recognises ("1/10/2568", "2025-10-01", "8:30"), as a
 * rough serial number: the double only needs to tell that they stopped being text.
 */
function asDateOrTime(text: string): number | undefined {
  const t = text.trim();
  const dmy = /^(\d{1,4})[/-](\d{1,2})(?:[/-](\d{1,4}))?$/.exec(t);
  if (dmy) return Number(dmy[1]) * 372 + Number(dmy[2]) * 31 + Number(dmy[3] ?? 0);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time && Number(time[2]) < 60) return (Number(time[1]) * 60 + Number(time[2])) / 1440;
  return undefined;
}

/**
 * Applies one written value to a cell. `null`/`undefined` leave the cell unchanged (Office.js
 * semantics for values arrays); "" empties it.
 */
export function storeValue(cell: CellState, input: unknown, via: "values" | "formulas"): void {
  if (input === null || input === undefined) return;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new OfficeDoubleError(ErrorCodes.invalidArgument, `Cannot write ${input} to a cell.`);
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input !== "string") {
    throw new OfficeDoubleError(ErrorCodes.invalidArgument, `Cell ${via} must be strings, numbers or booleans, got ${Object.prototype.toString.call(input)}.`);
  }
  // Excel's specifications and limits: 32,767 characters per cell, 253 line feeds per cell.
  // https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
  if (input.length > MAX_CELL_CHARACTERS) {
    throw new OfficeDoubleError(ErrorCodes.invalidArgument, `A cell holds at most ${MAX_CELL_CHARACTERS} characters; this text has ${input.length}.`);
  }
  const feeds = input.split("\n").length - 1;
  if (feeds > MAX_CELL_LINE_FEEDS) {
    throw new OfficeDoubleError(ErrorCodes.invalidArgument, `A cell holds at most ${MAX_CELL_LINE_FEEDS} line feeds; this text has ${feeds}.`);
  }
  cell.formula = null;
  if (input === "") {
    cell.value = null;
    return;
  }
  if (cell.format.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    // Quote prefix: the rest is text.
    cell.value = input.slice(1) === "" ? null : input.slice(1);
    return;
  }
  const number = asNumber(input) ?? asDateOrTime(input);
  if (number !== undefined) {
    cell.value = number;
    return;
  }
  if (/^(true|false)$/i.test(input.trim())) {
    cell.value = input.trim().toLowerCase() === "true";
    return;
  }
  if (input.length > 1 && /^[=+\-@]/.test(input)) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = FORMULA_RESULT;
    return;
  }
  cell.value = input;
}

/** The value Office.js reports for a cell in `values` ("" for empty). */
export function valueOf(cell: CellState | undefined): CellScalar {
  return cell?.value ?? "";
}

/** The value Office.js reports in `formulas`: the formula, else the value. */
export function formulaOf(cell: CellState | undefined): CellScalar {
  return cell?.formula ?? cell?.value ?? "";
}

/** A rough `text` (what the cell displays): numbers with up to 2 decimals in numeric formats. */
export function textOf(cell: CellState | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    const format = cell!.format.numberFormat;
    if (format.includes("%")) return `${(v * 100).toFixed((format.split(".")[1] ?? "").replace(/[^0]/g, "").length)}%`;
    const decimals = /\.(0+)/.exec(format)?.[1].length;
    return decimals !== undefined ? v.toFixed(decimals) : String(v);
  }
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v;
}

export function valueTypeOf(cell: CellState | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return "Empty";
  if (cell!.formula !== null) return "Error";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}
