/**
 * Estimates how tall a wrapped cell prints, so rows are never clipped even where the
 * application does not autofit (merged cells; files opened without recalculation).
 * Calibrated against LibreOffice printing with Laksaman (metric clone of TH SarabunPSK);
 * it errs on the tall side.
 */

// Thai above/below vowels and tone marks take no horizontal space.
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

/** Width of a text in "column units" (one unit ≈ one digit of the default 11 pt font). */
export function textWidthUnits(text: string, fontSize: number): number {
  const spacing = text.replace(COMBINING, "");
  let units = 0;
  for (const ch of spacing) {
    const code = ch.codePointAt(0)!;
    // Latin and digits are a little narrower than Thai consonants in Sarabun-like fonts.
    units += code >= 0x0e00 && code <= 0x0e7f ? 1.0 : ch === " " ? 0.55 : 0.95;
  }
  return units * (fontSize / 16) * CHAR_UNITS_AT_16;
}

/** Column units one Thai character takes at 16 pt. */
const CHAR_UNITS_AT_16 = 1.12;

/** Lines a text needs in a column `width` units wide (word-less Thai wraps anywhere). */
export function lineCount(text: string, width: number, fontSize: number): number {
  const usable = Math.max(1, width - 1.2);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    const w = textWidthUnits(paragraph, fontSize);
    // Wrapping happens at word/space boundaries, wasting part of each line.
    lines += Math.max(1, Math.ceil((w * 1.08) / usable));
  }
  return lines;
}

/** Row height in points for `lines` lines of text at `fontSize`. */
export function rowHeightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.42 + 6);
}
