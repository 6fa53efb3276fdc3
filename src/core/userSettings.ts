import type { DigitStyle, LayoutKind } from "./model";
import { DEFAULT_FONT, isFontSizeAllowed } from "./plan/settings";
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
  return out;
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
    },
  };
}
