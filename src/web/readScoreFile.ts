import { InputError } from "../core/errors";
import { checkGridSize, formatBytes, LIMITS } from "../core/limits";
import type { Warning } from "../core/model";
import type { DelimitedText } from "../core/reader/delimited";
import { th } from "../core/strings/th";
import { decodeText, isZip } from "../core/text/decode";
import { ui } from "../ui/strings";
import type { SheetGrid } from "../xlsx/readWorkbook";
import { readBytes } from "../ui/fileBytes";

/** A score file read into a grid; workbooks say which sheet was read and which others exist. */
export interface FileGrid {
  grid: unknown[][];
  sheetName?: string;
  sheetNames: string[];
  /** What reading the text changed (bad bytes, stray quotes), with its line or row. */
  warnings: Warning[];
}

/** What reading needs, the same in the worker and on the page's own thread. */
export interface ReadParts {
  readDelimitedText(text: string, delimiter?: string): DelimitedText;
  readWorkbookGrid(): Promise<(data: Uint8Array, sheet: string | undefined, fileName: string) => Promise<SheetGrid>>;
  progress(message: string): void;
  /** Lets the page draw between long steps (nothing to do in a worker). */
  pause(): Promise<void>;
}

/**
 * .xlsx (one sheet), .csv, .tsv or .txt → grid, with the command line's rules for encodings and
 * its limits: the size before reading, the zip's sizes before inflating (in readWorkbookGrid).
 */
export async function readFileGrid(file: File, sheet: string | undefined, parts: ReadParts): Promise<FileGrid> {
  if (file.size > LIMITS.fileBytes) throw new InputError(th.limits.fileTooLarge(file.name, formatBytes(file.size), formatBytes(LIMITS.fileBytes)));
  const bytes = await readBytes(file);
  const ext = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? "";
  if (isZip(bytes)) {
    parts.progress(ui.web.openingWorkbook(file.name));
    const readWorkbookGrid = await parts.readWorkbookGrid();
    await parts.pause();
    const read = await readWorkbookGrid(bytes, sheet, file.name);
    checkGridSize(read.grid, read.sheetName);
    return { grid: read.grid, sheetName: read.sheetName, sheetNames: read.sheetNames, warnings: [] };
  }
  if (ext === ".xls" || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) throw new InputError(ui.web.oldExcel(file.name));
  const delimiter = ext === ".tsv" || ext === ".txt" || ext === ".tab" ? "\t" : undefined;
  parts.progress(ui.web.readingText(file.name));
  await parts.pause();
  const decoded = decodeText(bytes);
  const { grid, warnings } = parts.readDelimitedText(decoded.text, delimiter);
  // Refused here, before a grid too large for the reader is copied to the page.
  checkGridSize(grid);
  return { grid, sheetNames: [], warnings: [...decoded.warnings, ...warnings] };
}

/** Messages between the page and the reading worker (src/web/readWorker.ts). */
export type ToWorker = { file: File; sheet?: string };
export type FromWorker =
  | { kind: "progress"; message: string }
  | { kind: "done"; read: FileGrid }
  | { kind: "failed"; message: string; input: boolean };
