import type { OfficeHost } from "./host";
import { readSetting } from "./settingsStore";
import type { GeneratedSheet } from "./types";

/**
 * What the add-in last wrote, so a new generation can tell its own untouched output (replace
 * it) from a user's edits (keep them, write a copy). Kept small in the document settings:
 * hashes, not text. An edit means a change of cell content (values or formulas); a change of
 * formatting alone is not detected.
 */

export const RECORD_KEY = "itasReport.generated";

export type FingerprintRole = Exclude<GeneratedSheet["role"], "analysisColumns">;

export interface SheetFingerprint {
  role: FingerprintRole;
  name: string;
  hash: string;
}

/** Two analysis columns (left, left + 1) over rows top…bottom of a sheet. */
export interface ColumnsFingerprint {
  sheet: string;
  left: number;
  top: number;
  bottom: number;
  /** Row-major hashes of each cell as written ("" where left empty). */
  cells: string[];
}

export interface GeneratedRecord {
  version: 1;
  /** The latest sheet written per role. */
  sheets: SheetFingerprint[];
  /** Analysis columns written, oldest first (a few kept per sheet, to mask them on reading). */
  columns: ColumnsFingerprint[];
}

const MAX_COLUMN_RECORDS = 20;

/** cyrb53: a fast 53-bit string hash; collisions do not matter at this scale. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Hash of one cell's content; "" for an empty cell. */
export function hashCell(value: unknown): string {
  return isEmpty(value) ? "" : hashText(`${typeof value}:${String(value)}`);
}

/** Hash of a sheet's content: its used range's address (without the sheet name) and formulas. */
export function hashSheet(address: string, formulas: readonly (readonly unknown[])[]): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return hashText(JSON.stringify([local, formulas]));
}

export function emptyRecord(): GeneratedRecord {
  return { version: 1, sheets: [], columns: [] };
}

/** Reads the record defensively: anything malformed is dropped (then nothing counts as ours). */
export function parseRecord(value: unknown): GeneratedRecord {
  const out = emptyRecord();
  if (!value || typeof value !== "object") return out;
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return out;
  const roles: readonly string[] = ["analysis", "measures", "followUp", "catalogue"];
  if (Array.isArray(v.sheets)) {
    for (const s of v.sheets as unknown[]) {
      const x = s as Partial<SheetFingerprint> | null;
      if (x && typeof x.name === "string" && typeof x.hash === "string" && typeof x.role === "string" && roles.includes(x.role)) {
        out.sheets.push({ role: x.role, name: x.name, hash: x.hash });
      }
    }
  }
  if (Array.isArray(v.columns)) {
    for (const c of v.columns as unknown[]) {
      const x = c as Partial<ColumnsFingerprint> | null;
      const ints = x && [x.left, x.top, x.bottom].every((n) => Number.isInteger(n) && (n as number) > 0);
      if (x && ints && typeof x.sheet === "string" && Array.isArray(x.cells) && x.cells.every((h) => typeof h === "string")) {
        const rows = x.bottom! - x.top! + 1;
        if (rows > 0 && x.cells.length === rows * 2) out.columns.push({ sheet: x.sheet, left: x.left!, top: x.top!, bottom: x.bottom!, cells: x.cells });
      }
    }
  }
  return out;
}

export function readRecord(host: OfficeHost): GeneratedRecord {
  return parseRecord(readSetting(host, RECORD_KEY));
}

/** Stages the record in the document settings; the caller saves them. */
export function stageRecord(host: OfficeHost, record: GeneratedRecord): void {
  const columns = record.columns.slice(-MAX_COLUMN_RECORDS);
  host.Office.context.document.settings.set(RECORD_KEY, { ...record, columns });
}

export function withSheet(record: GeneratedRecord, fp: SheetFingerprint): GeneratedRecord {
  return { ...record, sheets: [...record.sheets.filter((s) => s.role !== fp.role), fp] };
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Latest columns written on a sheet. */
export function latestColumns(record: GeneratedRecord, sheet: string): ColumnsFingerprint | undefined {
  return [...record.columns].reverse().find((c) => sameName(c.sheet, sheet));
}
