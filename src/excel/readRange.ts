/// <reference types="office-js" />
import { checkGridDimensions } from "../core/limits";
import { formatBlock, parseAddress, type Block } from "./a1";
import { maskGeneratedColumns } from "./analysisColumns";
import type { Features } from "./capabilities";
import type { GeneratedRecord } from "./fingerprints";
import { OfficeLayerError, type RoundTrips } from "./host";
import { excelTh } from "./strings";
import type { SheetRange } from "./types";

/**
 * Reading a block of a sheet for the reader: located first (address only), then its values
 * loaded in parts small enough for one response each. Cells Excel shows as a percentage come
 * back as "79.05%" text, the way ITAS prints them, not as 0.7905.
 */

/** Cells per response: ~500 bytes each (value and number format) stays under 5 MB. */
export const DEFAULT_READ_CELLS = 10_000;

interface Located {
  sheetName: string;
  block: Block | undefined;
}

function blockOf(range: Excel.Range): Block {
  return { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount };
}

function intersect(a: Block, b: Block): Block | undefined {
  const out = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return out.top <= out.bottom && out.left <= out.right ? out : undefined;
}

/** Used range of a sheet: only cells with values where the host can tell (ExcelApi 1.4). */
function usedRange(ws: Excel.Worksheet, features: Features): Excel.Range {
  const range = features.generate ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange();
  return range.load("rowIndex,columnIndex,rowCount,columnCount");
}

function usedBlock(range: Excel.Range, features: Features): Block | undefined {
  if (features.generate && range.isNullObject) return undefined;
  return blockOf(range);
}

/**
 * The selected block. With ExcelApi 1.9 the areas are counted first (getSelectedRanges), so a
 * Ctrl+click selection of several blocks is said in Thai; older hosts only have
 * getSelectedRange, which throws on such a selection: its failure is said the same way.
 */
function selectedBlock(trips: RoundTrips, features: Features): () => Block {
  const wb = trips.context.workbook;
  if (features.selectedRanges) {
    const areas = wb.getSelectedRanges().load("areaCount,address");
    return () => {
      if (areas.areaCount !== 1) throw new OfficeLayerError(excelTh.errors.multiAreaSelection(areas.areaCount));
      return parseAddress(areas.address);
    };
  }
  const range = wb.getSelectedRange().load("rowIndex,columnIndex,rowCount,columnCount");
  return () => blockOf(range);
}

/** The active sheet's used range, or the selection cut to it (a whole selected column stays small). */
export async function locateActive(trips: RoundTrips, from: "usedRange" | "selection", features: Features): Promise<{ ws: Excel.Worksheet } & Located> {
  const ws = trips.context.workbook.worksheets.getActiveWorksheet().load("name");
  const used = usedRange(ws, features);
  const selected = from === "selection" ? selectedBlock(trips, features) : undefined;
  try {
    await trips.sync();
  } catch (error) {
    // Before ExcelApi 1.9 a multi-area selection only shows as getSelectedRange failing.
    if (selected && !features.selectedRanges) throw new OfficeLayerError(excelTh.errors.selectionUnreadable(error instanceof Error ? error.message : String(error)), error);
    throw error;
  }
  const usedArea = usedBlock(used, features);
  const block = selected && usedArea ? intersect(selected(), usedArea) : usedArea;
  return { ws, sheetName: ws.name, block };
}

/** The workbook's spelling of a sheet name (case-insensitive match), or undefined. */
export async function findSheetName(trips: RoundTrips, name: string): Promise<string | undefined> {
  const sheets = trips.context.workbook.worksheets.load("items/name");
  await trips.sync();
  return sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase())?.name;
}

/** A named sheet's used range; a Thai error when the sheet is missing. */
export async function locateSheet(trips: RoundTrips, name: string, features: Features): Promise<{ ws: Excel.Worksheet } & Located> {
  const found = await findSheetName(trips, name);
  if (found === undefined) throw new OfficeLayerError(excelTh.errors.sheetMissing(name));
  return locateFound(trips, found, features);
}

/** The used range of a sheet known to exist (name as the workbook spells it). */
export async function locateFound(trips: RoundTrips, name: string, features: Features): Promise<{ ws: Excel.Worksheet } & Located> {
  const ws = trips.context.workbook.worksheets.getItem(name);
  const used = usedRange(ws, features);
  await trips.sync();
  return { ws, sheetName: name, block: usedBlock(used, features) };
}

function cellValue(value: unknown, format: unknown): unknown {
  if (typeof value === "number" && typeof format === "string" && /%/.test(format.replace(/"[^"]*"|\\./g, ""))) {
    return `${Math.round(value * 10000) / 100}%`;
  }
  return value;
}

/** Loads the values of a located block, in row parts of at most `cellsPerRequest` cells. */
export async function readBlock(
  trips: RoundTrips,
  located: { ws: Excel.Worksheet } & Located,
  record: GeneratedRecord,
  cellsPerRequest: number,
): Promise<SheetRange> {
  const { ws, sheetName, block } = located;
  if (!block) return { sheetName, address: "A1", rowOffset: 0, columnOffset: 0, grid: [] };
  // The reader's grid limit, checked on the address before a single value is fetched.
  const { bottom } = block;
  const width = block.right - block.left + 1;
  checkGridDimensions(bottom - block.top + 1, width, sheetName);
  const rowsPerRequest = Math.max(1, Math.floor(cellsPerRequest / width));
  const grid: unknown[][] = [];
  for (let top = block.top; top <= bottom; top += rowsPerRequest) {
    const part = ws.getRange(formatBlock({ ...block, top, bottom: Math.min(bottom, top + rowsPerRequest - 1) })).load("values,numberFormat");
    await trips.sync();
    part.values.forEach((row, r) => grid.push(row.map((v, c) => cellValue(v, part.numberFormat[r]?.[c]))));
  }
  const range: SheetRange = { sheetName, address: formatBlock(block), rowOffset: block.top - 1, columnOffset: block.left - 1, grid };
  return maskGeneratedColumns(range, record);
}
