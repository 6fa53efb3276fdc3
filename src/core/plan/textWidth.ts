import { BOLD_RUNS, REGULAR_RUNS, UNITS_PER_EM } from "./fontWidths";

/**
 * Step 1 of measuring text: how wide a text prints, from the font's own advance widths
 * (fontWidths.ts: Laksaman, the metric clone of TH SarabunPSK, regular and bold). Thai vowels
 * above and below and tone marks have no advance of their own. A character the table lacks is
 * taken as wide as a Thai consonant, so an unknown text is never thought narrower than it is.
 */

function table(runs: readonly (readonly number[])[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const [first, ...advances] of runs) advances.forEach((a, i) => out.set(first + i, a));
  return out;
}

const REGULAR = table(REGULAR_RUNS);
const BOLD = table(BOLD_RUNS);
/** The advance of "ก", used for characters the table has no width for. */
const FALLBACK = 600;

/** Advance of one character, in ems. */
export function advanceEm(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  const units = (bold ? BOLD : REGULAR).get(code) ?? (code < 0x20 ? 0 : FALLBACK);
  return units / UNITS_PER_EM;
}

/** Printed width of a text in points at `size` points. */
export function textWidthPoints(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advanceEm(ch, bold);
  return em * size;
}
