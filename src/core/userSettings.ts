import type { DigitStyle, LayoutKind } from "./model";
import { CHAIN_LIMIT, DEFAULT_FONT, DOCUMENT_TEXT_LIMIT, EMBLEM_LIMIT, isFontSizeAllowed, type DocumentFacts, type Signer } from "./plan/settings";
import type { ReportOptions } from "./pipeline";

/**
 * What a user sets in the pane or the browser page. Stored as JSON in the workbook (the file
 * carries it) or in the browser; every field optional so an older or hand-edited copy still loads.
 */
export interface UserSettings {
  agency?: string;
  /** Assessment year (พ.ศ.). */
  year?: number;
  target?: number;
  layout?: LayoutKind;
  digits?: DigitStyle;
  fontName?: string;
  fontSize?: number;
  /** Responsible units per ประเด็น (issue layout) or indicator (tool layout). */
  units?: Record<number, string[]>;
  /** Cover, memo and signature facts. */
  document?: DocumentFacts;
}

/** Reads stored settings defensively: unknown or invalid fields are dropped, never thrown. */
export function parseUserSettings(value: unknown): UserSettings {
  if (!value || typeof value !== "object") return {};
  const v = value as Record<string, unknown>;
  const out: UserSettings = {};
  if (typeof v.agency === "string" && v.agency.trim() !== "") out.agency = v.agency.trim().slice(0, 200);
  if (typeof v.year === "number" && Number.isInteger(v.year) && v.year >= 2557 && v.year <= 2650) out.year = v.year;
  if (typeof v.target === "number" && v.target > 0 && v.target <= 100) out.target = v.target;
  if (v.layout === "issues" || v.layout === "tools") out.layout = v.layout;
  if (v.digits === "thai" || v.digits === "arabic") out.digits = v.digits;
  if (typeof v.fontName === "string" && v.fontName.trim() !== "") out.fontName = v.fontName.trim().slice(0, 80);
  if (typeof v.fontSize === "number" && isFontSizeAllowed(v.fontSize)) out.fontSize = v.fontSize;
  if (v.units && typeof v.units === "object") {
    const units: Record<number, string[]> = {};
    for (const [k, list] of Object.entries(v.units as Record<string, unknown>)) {
      const n = Number(k);
      if (Number.isInteger(n) && n > 0 && Array.isArray(list)) {
        const names = list.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim());
        if (names.length > 0) units[n] = names;
      }
    }
    if (Object.keys(units).length > 0) out.units = units;
  }
  const document = parseDocumentFacts(v.document);
  if (document) out.document = document;
  return out;
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  return t === "" ? undefined : t.slice(0, DOCUMENT_TEXT_LIMIT);
}

function signer(value: unknown): Signer | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  const name = text(v.name);
  const position = text(v.position);
  if (!name && !position) return undefined;
  return { ...(name ? { name } : {}), ...(position ? { position } : {}) };
}

/** Document facts read defensively; undefined when nothing usable is there. */
export function parseDocumentFacts(value: unknown): DocumentFacts | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  const out: DocumentFacts = {};
  for (const key of ["district", "province", "office", "number"] as const) {
    const t = text(v[key]);
    if (t) out[key] = t;
  }
  if (typeof v.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.date) && !Number.isNaN(Date.parse(v.date))) out.date = v.date;
  if (v.round === 6 || v.round === 12) out.round = v.round;
  const preparer = signer(v.preparer);
  if (preparer) out.preparer = preparer;
  if (Array.isArray(v.chain)) {
    // A blank step keeps its place (its position defaults by agency kind), so a chain of three with
    // only the mayor's name given still has three steps.
    const chain = v.chain.slice(0, CHAIN_LIMIT).map((x) => signer(x) ?? {});
    if (chain.length > 0) out.chain = chain;
  }
  if (v.emblem && typeof v.emblem === "object") {
    const e = v.emblem as Record<string, unknown>;
    if (typeof e.base64 === "string" && e.base64.length > 0 && e.base64.length <= EMBLEM_LIMIT && /^[A-Za-z0-9+/]+=*$/.test(e.base64) && (e.extension === "png" || e.extension === "jpeg")) {
      out.emblem = { base64: e.base64, extension: e.extension };
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Settings → the engine's report options. */
export function reportOptionsFrom(s: UserSettings): ReportOptions {
  return {
    ...(s.agency ? { agency: s.agency } : {}),
    ...(s.year !== undefined ? { year: s.year } : {}),
    ...(s.target !== undefined ? { target: s.target } : {}),
    ...(s.layout ? { layout: s.layout } : {}),
    settings: {
      ...(s.digits ? { digits: s.digits } : {}),
      font: { name: s.fontName ?? DEFAULT_FONT.name, size: s.fontSize ?? DEFAULT_FONT.size },
      ...(s.units ? { units: s.units } : {}),
      ...(s.document ? { document: s.document } : {}),
    },
  };
}
