import type { DigitStyle } from "../model";

/** What the user sets for the printed documents (the pane keeps these in the workbook). */
export interface ReportSettings {
  digits: DigitStyle;
  font: { name: string; size: number };
  /**
   * Responsible units per group: ประเด็น number (issue layout) or indicator number (tool layout).
   * Missing entries use the catalogue's defaults.
   */
  units?: Record<number, string[]>;
}

export const DEFAULT_FONT = { name: "TH SarabunPSK", size: 16 } as const;

/**
 * Font sizes a report can be laid out in. Thai official documents use 14–18; past 22 a table
 * header alone fills much of an A4 page and scores no longer fit their column.
 */
export const FONT_SIZE_RANGE = { min: 10, max: 22 } as const;

export function isFontSizeAllowed(size: number): boolean {
  return Number.isFinite(size) && size >= FONT_SIZE_RANGE.min && size <= FONT_SIZE_RANGE.max;
}

export const DEFAULT_SETTINGS: ReportSettings = { digits: "thai", font: { ...DEFAULT_FONT } };
