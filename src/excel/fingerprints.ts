import type { Features } from "./capabilities";
import type { OfficeHost, RoundTrips } from "./host";
import { readSetting } from "./settingsStore";
import type { GeneratedSheet } from "./types";

/**
 * What the add-in last wrote, so a new generation can tell its own untouched output (replace
 * it) from a user's edits (keep them, write a copy). Kept small in the workbook's settings
 * (workbook.settings, ExcelApi 1.4, saved with the file; Microsoft's advice for Excel over
 * Office.context.document.settings, where versions before this one kept it): hashes, not text. An edit means a change of cell content (values or formulas); a change of
 * formatting alone is not detected.
 */

export const RECORD_KEY = "itasReport.generated";

export type FingerprintRole = Exclude<GeneratedSheet["role"], "analysisColumns">;

export interface SheetFingerprint {
  role: FingerprintRole;
  name: string;
  hash: string;
  /** The used range written ("A1:G120") and its formulas' size: the next run loads that block in parts. */
  address?: string;
  bytes?: number;
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
  const roles: readonly string[] = ["analysis", "measuresMemo", "measures", "followUpMemo", "followUp", "catalogue"];
  if (Array.isArray(v.sheets)) {
    for (const s of v.sheets as unknown[]) {
      const x = s as Partial<SheetFingerprint> | null;
      if (x && typeof x.name === "string" && typeof x.hash === "string" && typeof x.role === "string" && roles.includes(x.role)) {
        const address = typeof x.address === "string" && /^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/.test(x.address) ? x.address : undefined;
        const bytes = typeof x.bytes === "number" && Number.isFinite(x.bytes) && x.bytes >= 0 ? x.bytes : undefined;
        out.sheets.push({ role: x.role, name: x.name, hash: x.hash, ...(address ? { address } : {}), ...(bytes !== undefined ? { bytes } : {}) });
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

/** The record as stored: JSON text in workbook.settings; an object in older document settings. */
function decodeStored(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Queues reading the record with the caller's next sync; the result is valid after it. A
 * workbook without one in workbook.settings falls back to the document settings (a workbook a
 * version before this one generated, or a session whose save failed). Hosts below ExcelApi 1.4
 * never generate, so the document settings are all they have.
 */
export function queueReadRecord(trips: RoundTrips, host: OfficeHost, features: Features): () => GeneratedRecord {
  const legacy = () => parseRecord(readSetting(host, RECORD_KEY));
  if (!features.generate) return legacy;
  const item = trips.context.workbook.settings.getItemOrNullObject(RECORD_KEY).load("value");
  return () => (item.isNullObject ? legacy() : parseRecord(decodeStored(item.value)));
}

/**
 * Writes the record to workbook.settings in its own request (it holds what the last request
 * read back). When that fails the caller gets Excel's message; the record is then kept in the
 * session's document settings, so a next run before closing still recognises the sheets.
 * On success a copy left in the document settings by an earlier version is dropped (the
 * removal is saved with the settings' next save).
 */
export async function saveRecord(trips: RoundTrips, host: OfficeHost, record: GeneratedRecord): Promise<void> {
  const trimmed = { ...record, columns: record.columns.slice(-MAX_COLUMN_RECORDS) };
  trips.context.workbook.settings.add(RECORD_KEY, JSON.stringify(trimmed));
  const documentSettings = host.Office.context.document.settings;
  try {
    await trips.sync();
  } catch (error) {
    documentSettings.set(RECORD_KEY, trimmed);
    throw error;
  }
  if (documentSettings.get(RECORD_KEY) !== null && documentSettings.get(RECORD_KEY) !== undefined) documentSettings.remove(RECORD_KEY);
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
