import { existsSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { InputError } from "../core/errors";
import { th } from "../core/strings/th";

/**
 * Where each workbook goes. One input: OUT is the file (or a folder that exists). Several: OUT
 * is a folder. An existing file is never replaced unless `overwrite`: the new one gets " (2)" etc.
 */
export function outputPaths(inputs: string[], out: string, overwrite: boolean): { path: string; renamed: boolean }[] {
  const asFolder = inputs.length > 1 || (existsSync(out) && statSync(out).isDirectory()) || out.endsWith("/");
  // "-o report.pdf" means a file of another kind, not "report.pdf.xlsx".
  const kind = extname(out).toLowerCase();
  if (!asFolder && OTHER_KINDS.includes(kind)) throw new InputError(th.files.notXlsxOutput(out));
  // Several workbooks cannot go into one file: a folder named "….xlsx" is surely not what was meant.
  if (inputs.length > 1 && out.toLowerCase().endsWith(".xlsx") && !(existsSync(out) && statSync(out).isDirectory())) {
    throw new InputError(th.files.manyInputsOneFile(out));
  }
  const taken = new Set<string>();
  return inputs.map((input) => {
    const wanted = asFolder ? join(out, `${basename(input, extname(input))}.xlsx`) : out.toLowerCase().endsWith(".xlsx") ? out : `${out}.xlsx`;
    const path = freeName(wanted, taken, overwrite);
    taken.add(path);
    return { path, renamed: path !== wanted };
  });
}

const OTHER_KINDS = [".pdf", ".xls", ".xlsm", ".csv", ".tsv", ".txt", ".doc", ".docx", ".ods"];

function freeName(wanted: string, taken: Set<string>, overwrite: boolean): string {
  const free = (p: string) => !taken.has(p) && (overwrite || !existsSync(p));
  if (free(wanted)) return wanted;
  const ext = extname(wanted);
  const stem = wanted.slice(0, wanted.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (free(candidate)) return candidate;
  }
}
