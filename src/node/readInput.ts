import { readFile } from "node:fs/promises";
import { extname, basename } from "node:path";
import { InputError } from "../core/errors";
import { parseDelimitedText } from "../core/reader/delimited";
import { th } from "../core/strings/th";
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
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === ".xlsx" || ext === ".xlsm" || isZip) {
    const { grid, sheetName } = await readWorkbookGrid(bytes, sheet);
    return { grid, source: sheetName };
  }
  if (ext === ".xls") throw new InputError(th.files.oldExcel(basename(path)));
  const text = decodeText(bytes);
  const delimiter = ext === ".csv" ? undefined : ext === ".tsv" || ext === ".txt" || ext === ".tab" ? "\t" : undefined;
  return { grid: parseDelimitedText(text, delimiter) };
}

/** UTF-8 (with or without BOM), UTF-16 from "Unicode Text" exports, or Windows-874 Thai CSV. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-874").decode(bytes);
  }
}
