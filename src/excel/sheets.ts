import { sameName, type FingerprintRole, type GeneratedRecord } from "./fingerprints";
import { excelTh } from "./strings";
import type { GeneratedStatus } from "./types";

/**
 * Which sheet a generated document goes to. Our own earlier sheet is replaced only while its
 * content is what we wrote (or empty); a sheet the user edited, or a user's own sheet that
 * happens to have our name, is never touched: the document goes to a new name instead.
 */

/** Content hash of a sheet whose used range is empty. */
export const EMPTY_SHEET = "empty";

export interface SheetDecision {
  name: string;
  status: GeneratedStatus;
  message: string;
  /** "reset": clear our earlier sheet and write it again; "add": a new sheet. */
  mode: "reset" | "add";
}

const MAX_NAME = 31;

/** "base", then "base (2)", "base (3)"… trimmed to Excel's 31 characters. */
export function freeName(base: string, exists: (name: string) => boolean): string {
  if (!exists(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!exists(name)) return name;
  }
}

export function decideSheet(args: {
  role: FingerprintRole;
  base: string;
  record: GeneratedRecord;
  /** True for names in the workbook and names already taken by this generation. */
  exists: (name: string) => boolean;
  /** Hash of what a sheet holds now (EMPTY_SHEET when empty); undefined when not loaded. */
  contentHash: (name: string) => string | undefined;
}): SheetDecision {
  const T = excelTh.outcome;
  const previous = args.record.sheets.find((s) => s.role === args.role);
  if (previous && args.exists(previous.name)) {
    const now = args.contentHash(previous.name);
    if (now !== undefined && (now === previous.hash || now === EMPTY_SHEET)) {
      return { name: previous.name, status: "replaced", message: T.sheetReplaced(previous.name), mode: "reset" };
    }
    const name = freeName(args.base, args.exists);
    return { name, status: "copied", message: T.sheetCopied(previous.name, name), mode: "add" };
  }
  const name = freeName(args.base, args.exists);
  return { name, status: "created", message: sameName(name, args.base) ? T.sheetCreated(name) : T.sheetNameTaken(args.base, name), mode: "add" };
}
