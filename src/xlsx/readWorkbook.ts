import ExcelJS from "exceljs";
import { InputError } from "../core/errors";
import { th } from "../core/strings/th";
import { checkXlsxSizes } from "./zipLimits";

export interface SheetGrid {
  sheetName: string;
  grid: unknown[][];
  sheetNames: string[];
}

/**
 * Reads one sheet of an .xlsx file into a grid of plain values (numbers, strings, dates).
 * Percent-formatted numbers come back as percent points (0.7905 shown as 79.05% → 79.05).
 * The zip's sizes are checked first (zipLimits.ts): ExcelJS inflates everything it is given.
 * `fileName` is for messages.
 */
export async function readWorkbookGrid(data: ArrayBuffer | Uint8Array, sheetName?: string, fileName = "workbook.xlsx"): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkXlsxSizes(bytes, fileName);
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new InputError(th.files.brokenXlsx);
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!ws) {
    throw new InputError(sheetName === undefined ? th.files.noSheets : th.files.noSuchSheet(sheetName, names));
  }
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = plainValue(cell);
    });
    grid[rowNumber - 1] = values;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return { sheetName: ws.name, grid, sheetNames: names };
}

function plainValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (typeof v === "number") return typeof cell.numFmt === "string" && cell.numFmt.includes("%") ? Math.round(v * 1e6) / 1e4 : v;
  if (v && typeof v === "object" && !(v instanceof Date)) {
    if ("result" in v) return (v as { result?: unknown }).result ?? null;
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in v) return (v as { text: unknown }).text;
    if ("error" in v) return null;
  }
  return v;
}
