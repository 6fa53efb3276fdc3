import { existsSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { InputError } from "../core/errors";
import { th } from "../core/strings/th";

/**
 * Where each workbook goes. One input: OUT is the file (or a folder that exists). Several: OUT
 * is a folder. An existing file is never replaced unless `overwrite`: the new one gets " (2)" etc.
 * An output that is one of the inputs or `alsoRead` (last year's file, the catalogue), under any
 * name (a link, another spelling of the path), is refused, `overwrite` or not. `companions` are
 * kinds written next to each workbook under its name (".pdf" for --pdf): a name is free only when
 * they are free too, so "r (2).xlsx" and "r (2).pdf" stay a pair.
 */
export function outputPaths(
  inputs: string[],
  out: string,
  overwrite: boolean,
  alsoRead: readonly string[] = [],
  companions: readonly string[] = [],
): { path: string; renamed: boolean }[] {
  const asFolder = inputs.length > 1 || (existsSync(out) && statSync(out).isDirectory()) || out.endsWith("/");
  // "-o report.pdf" means a file of another kind, not "report.pdf.xlsx".
  const kind = extname(out).toLowerCase();
  if (!asFolder && OTHER_KINDS.includes(kind)) throw new InputError(th.files.notXlsxOutput(out));
  // Several workbooks cannot go into one file: a folder named "….xlsx" is surely not what was meant.
  if (inputs.length > 1 && out.toLowerCase().endsWith(".xlsx") && !(existsSync(out) && statSync(out).isDirectory())) {
    throw new InputError(th.files.manyInputsOneFile(out));
  }
  const read = [...inputs, ...alsoRead].map((path) => ({ path, id: fileIdentity(path) }));
  const taken = new Set<string>();
  return inputs.map((input) => {
    const wanted = asFolder ? join(out, `${basename(input, extname(input))}.xlsx`) : out.toLowerCase().endsWith(".xlsx") ? out : `${out}.xlsx`;
    const id = fileIdentity(wanted);
    const same = id === undefined ? undefined : read.find((r) => r.id === id);
    if (same) throw new InputError(th.files.outputIsInput(wanted, same.path));
    for (const other of companions) {
      const companion = withExtension(wanted, other);
      const cid = fileIdentity(companion);
      const clash = cid === undefined ? undefined : read.find((r) => r.id === cid);
      if (clash) throw new InputError(th.files.outputIsInput(companion, clash.path));
    }
    const path = freeName(wanted, taken, overwrite, companions);
    taken.add(path);
    return { path, renamed: path !== wanted };
  });
}

/** Device and inode of the file a path leads to (links followed): one file, whatever its name. */
function fileIdentity(path: string): string | undefined {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

const OTHER_KINDS = [".pdf", ".xls", ".xlsm", ".csv", ".tsv", ".txt", ".doc", ".docx", ".ods"];

/** The same path with another extension: "a/r (2).xlsx" → "a/r (2).pdf". */
export function withExtension(path: string, extension: string): string {
  return path.slice(0, path.length - extname(path).length) + extension;
}

/** `wanted`, or "name (2).ext", "name (3).ext"… the first that (with its companions) is not there, unless `overwrite`. */
export function freeName(wanted: string, taken: ReadonlySet<string>, overwrite: boolean, companions: readonly string[] = []): string {
  const free = (p: string) => !taken.has(p) && (overwrite || (!existsSync(p) && companions.every((c) => !existsSync(withExtension(p, c)))));
  if (free(wanted)) return wanted;
  const ext = extname(wanted);
  const stem = wanted.slice(0, wanted.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (free(candidate)) return candidate;
  }
}
