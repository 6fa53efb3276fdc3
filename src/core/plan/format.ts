import type { DigitStyle } from "../model";
import { toThaiDigits } from "../text/digits";
import { formatScore } from "../text/numbers";
import type { PlanCell, StyleName } from "./types";

/**
 * Formatting bound to the user's digit choice. Prose gets Thai digits as text; scores stay
 * numbers (users sort and sum them) with a number format that shows Thai digits in Excel.
 */
export interface Formatter {
  /** Prose with digits in the chosen style. */
  text(s: string): string;
  /** A number inside prose: "94.90" / "๙๔.๙๐". */
  score(n: number): string;
  int(n: number): string;
  /** A numeric score cell. */
  scoreCell(n: number, style?: StyleName): PlanCell;
  /** A signed change cell (+1.25). */
  changeCell(n: number): PlanCell;
  cell(s: string | null, style: StyleName): PlanCell;
}

/**
 * Thai digits for a number cell: [$-D00041E] is Thai numeral shapes (D) for the th-TH locale
 * (041E). Excel reads it, and so does LibreOffice (which ignores the locale-less [$-D000000]).
 */
const THAI = "[$-D00041E]";
const THAI_SCORE_FORMAT = `${THAI}0.00`;
const THAI_CHANGE_FORMAT = `${THAI}+0.00;${THAI}-0.00;${THAI}0.00`;

/** Thai digits in prose, except inside codes such as i1 or o25: identifiers keep their Arabic digits. */
export function thaiProse(s: string): string {
  return s.replace(/[0-9]+/g, (run, at: number) => (at > 0 && /[A-Za-z]/.test(s[at - 1]) ? run : toThaiDigits(run)));
}

export function formatter(digits: DigitStyle): Formatter {
  const text = digits === "thai" ? thaiProse : (s: string) => s;
  return {
    text,
    score: (n) => text(formatScore(n)),
    int: (n) => text(String(n)),
    scoreCell: (n, style = "score") => ({ value: n, style, numberFormat: digits === "thai" ? THAI_SCORE_FORMAT : "0.00" }),
    changeCell: (n) => ({ value: n, style: "change", numberFormat: digits === "thai" ? THAI_CHANGE_FORMAT : "+0.00;-0.00;0.00" }),
    cell: (s, style) => ({ value: s === null ? null : text(s), style }),
  };
}

/** "1. …\n2. …" with the chosen digits. */
export function numberedLines(items: readonly string[], f: Formatter): string {
  return items.map((item, i) => `${f.int(i + 1)}. ${item}`).join("\n");
}
