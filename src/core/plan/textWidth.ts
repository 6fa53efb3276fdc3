import { BOLD_RUNS, REGULAR_RUNS, UNITS_PER_EM } from "./fontWidths";
import { BOLD as LO_BOLD, REGULAR as LO_REGULAR } from "./libreOfficeAdvances";

/**
 * Step 1 of measuring text: how wide a text prints. From the font's own advance widths
 * (fontWidths.ts: Laksaman, the metric clone of TH SarabunPSK, regular and bold), placed as
 * LibreOffice places them: each glyph on its device grid, about 20.8 steps per em at 16 pt, so
 * an advance is rounded to a whole step (at 16 pt the advances LibreOffice gives are measured:
 * libreOfficeAdvances.ts). Thai vowels above and below and tone marks have no advance. A
 * character the font table lacks is taken as wide as a Thai consonant.
 */

function table(runs: readonly (readonly number[])[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const [first, ...advances] of runs) advances.forEach((a, i) => out.set(first + i, a / UNITS_PER_EM));
  return out;
}

const FONT = { regular: table(REGULAR_RUNS), bold: table(BOLD_RUNS) };
const MEASURED_AT_16 = { regular: new Map(LO_REGULAR.map(([c, a]) => [c, a / 10000])), bold: new Map(LO_BOLD.map(([c, a]) => [c, a / 10000])) };
/** The advance of "ก", for characters the table has no width for. */
const FALLBACK = 0.6;
/** LibreOffice's glyph grid, in steps per em per point of font size (20.78 at 16 pt). */
const GRID_PER_POINT = 20.78 / 16;

/** The font's advance of one character, in ems. */
export function advanceEm(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  return (bold ? FONT.bold : FONT.regular).get(code) ?? (code < 0x20 ? 0 : FALLBACK);
}

/** The advance LibreOffice gives one character at `size`, in ems. */
function placedEm(code: number, ch: string, size: number, bold: boolean): number {
  if (size === 16) {
    const measured = (bold ? MEASURED_AT_16.bold : MEASURED_AT_16.regular).get(code);
    if (measured !== undefined) return measured;
  }
  const grid = size * GRID_PER_POINT;
  return Math.round(advanceEm(ch, bold) * grid) / grid;
}

/** Printed width of a text in points at `size` points. */
export function textWidthPoints(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += placedEm(ch.codePointAt(0)!, ch, size, bold);
  return em * size;
}
