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

export const DEFAULT_SETTINGS: ReportSettings = { digits: "thai", font: { ...DEFAULT_FONT } };
