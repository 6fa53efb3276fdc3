import { InputError } from "./errors";
import { th } from "./strings/th";

/**
 * The largest input read, checked before the work so that no input can take the memory or the
 * time of the machine (a zip bomb, /dev/zero, a paste of a whole database). An ITAS score table
 * is a few hundred rows: a file of it is tens of kilobytes, its workbook well under 1 MB.
 * ExcelJS takes about 20 bytes of memory and a second per MB of sheet XML (a 16 MB sheet: 340 MB,
 * 30 s on the 2-core test machine), so a sheet of 8 MB (some 20,000 rows of ten columns) is the most.
 */
export const LIMITS = {
  /** A score, catalogue or last-year file on disk or picked in the page. */
  fileBytes: 10 * 1024 * 1024,
  /** One part of an .xlsx (a sheet's XML, the shared strings) once inflated. */
  xlsxPartBytes: 8 * 1024 * 1024,
  /** All parts of an .xlsx together once inflated. */
  xlsxTotalBytes: 12 * 1024 * 1024,
  /** Parts in one .xlsx (a workbook of a few sheets has a few dozen). */
  xlsxParts: 5_000,
  /** Characters of one paste into the page. */
  pasteChars: 5_000_000,
  /** Cells of one grid: rows × the widest row (sheet, file, paste or selected range). */
  gridCells: 500_000,
} as const;

/** "10 MB", "1.5 MB", "300 KB": sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / 1024 / 1024;
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

/** Refuses a grid over LIMITS.gridCells (rows × the widest row) before a cell of it is read. */
export function checkGridSize(grid: readonly unknown[], source?: string): void {
  let columns = 0;
  for (const row of grid) if (Array.isArray(row) && row.length > columns) columns = row.length;
  checkGridDimensions(grid.length, columns, source);
}

/** The same from a range's size alone (the pane checks a sheet's used range before loading it). */
export function checkGridDimensions(rows: number, columns: number, source?: string): void {
  if (rows * columns > LIMITS.gridCells) throw new InputError(th.limits.gridTooLarge(rows, columns, LIMITS.gridCells, source));
}
