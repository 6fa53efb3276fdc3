import { open, stat } from "node:fs/promises";
import { extname, basename } from "node:path";
import { InputError } from "../core/errors";
import { formatBytes, LIMITS } from "../core/limits";
import type { Warning } from "../core/model";
import { readDelimitedText } from "../core/reader/delimited";
import { th } from "../core/strings/th";
import { decodeText, isZip } from "../core/text/decode";
import { readWorkbookGrid } from "../xlsx/readWorkbook";

export interface InputGrid {
  grid: unknown[][];
  /** Sheet name for workbooks (used in messages); text files have none. */
  source?: string;
  /** What reading the file changed (bad bytes, stray quotes), with its line or row. */
  warnings: Warning[];
}

/** Reads .xlsx (first sheet or `sheet`), .csv, .tsv or .txt into a grid. */
export async function readInputFile(path: string, sheet?: string): Promise<InputGrid> {
  const bytes = await readBounded(path);
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm" || isZip(bytes)) {
    const { grid, sheetName } = await readWorkbookGrid(bytes, sheet, path);
    return { grid, source: sheetName, warnings: [] };
  }
  if (ext === ".xls") throw new InputError(th.files.oldExcel(basename(path)));
  const decoded = decodeText(bytes);
  const delimiter = ext === ".csv" ? undefined : ext === ".tsv" || ext === ".txt" || ext === ".tab" ? "\t" : undefined;
  const { grid, warnings } = readDelimitedText(decoded.text, delimiter);
  return { grid, warnings: [...decoded.warnings, ...warnings] };
}

/**
 * The file's bytes, at most LIMITS.fileBytes of them. Only regular files: a FIFO would block the
 * open and /dev/zero never ends. The size is checked before reading and again while reading, for
 * files whose size the system does not know (/proc) or that grow.
 */
async function readBounded(path: string): Promise<Uint8Array> {
  const tooLarge = (size: number) => new InputError(th.limits.fileTooLarge(path, formatBytes(size), formatBytes(LIMITS.fileBytes)));
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(th.files.isFolder(path));
    if (!info.isFile()) throw new InputError(th.limits.notAFile(path));
    if (info.size > LIMITS.fileBytes) throw tooLarge(info.size);
    const file = await open(path, "r");
    try {
      // Room for the stated size and one byte more, to see whether the file ends there.
      let buffer = new Uint8Array(Math.max(info.size + 1, 64 * 1024));
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          const grown = new Uint8Array(Math.min(buffer.length * 2, LIMITS.fileBytes + 1));
          grown.set(buffer);
          buffer = grown;
        }
        const { bytesRead } = await file.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > LIMITS.fileBytes) throw tooLarge(length);
      }
      return buffer.subarray(0, length);
    } finally {
      await file.close();
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? th.files.notFound(path) : code === "EISDIR" ? th.files.isFolder(path) : th.files.unreadable(path, code));
  }
}
