import { readFile } from "node:fs/promises";
import { extname, basename } from "node:path";
import { InputError } from "../core/errors";
import { parseDelimitedText } from "../core/reader/delimited";
import { th } from "../core/strings/th";
import { decodeText, isZip } from "../core/text/decode";
import { readWorkbookGrid } from "../xlsx/readWorkbook";

export interface InputGrid {
  grid: unknown[][];
  /** Sheet name for workbooks (used in messages); text files have none. */
  source?: string;
}

/** Reads .xlsx (first sheet or `sheet`), .csv, .tsv or .txt into a grid. */
export async function readInputFile(path: string, sheet?: string): Promise<InputGrid> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? th.files.notFound(path) : code === "EISDIR" ? th.files.isFolder(path) : th.files.unreadable(path, code));
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm" || isZip(bytes)) {
    const { grid, sheetName } = await readWorkbookGrid(bytes, sheet);
    return { grid, source: sheetName };
  }
  if (ext === ".xls") throw new InputError(th.files.oldExcel(basename(path)));
  const text = decodeText(bytes);
  const delimiter = ext === ".csv" ? undefined : ext === ".tsv" || ext === ".txt" || ext === ".tab" ? "\t" : undefined;
  return { grid: parseDelimitedText(text, delimiter) };
}

