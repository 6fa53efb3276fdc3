import { splitAfterSpaces } from "../text/scan";

/**
 * Estimates how tall a wrapped cell prints, so rows are never clipped: neither Excel nor
 * LibreOffice grows rows of a generated file by itself, and merged cells never autofit.
 * Calibrated against LibreOffice printing with Laksaman (metric clone of TH SarabunPSK) and
 * Carlito (Calibri metrics, the unit of column widths); it errs on the tall side.
 */

// Thai above/below vowels and tone marks take no horizontal space.
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
const THAI_LETTER = /[\u0e01-\u0e5b]/;

/**
 * Column units one Thai character takes at 16 pt, line-break losses included: measured in
 * LibreOffice with Laksaman and Carlito (about 21 letters per line in a 36-unit column).
 */
const CHAR_UNITS_AT_16 = 1.72;
/** Line height as a multiple of the font size (Sarabun-like fonts have tall line gaps). */
const LINE_HEIGHT = 1.68;
/**
 * Extra space a line loses because Thai breaks only between words. The measured character
 * width above already includes the usual loss, so none is added; kept as a tuning point.
 */
const THAI_WRAP_SLACK = 0;
/** A Thai run this wide or less is taken as one word (about six letters). */
const SHORT_WORD_UNITS = 10;
/** Bold glyphs are wider. */
export const BOLD_FACTOR = 1.07;
/** Cell padding subtracted from the column width, in column units. */
const PADDING_UNITS = 1.0;

function charUnits(ch: string): number {
  if (COMBINING.test(ch)) return 0;
  const code = ch.codePointAt(0)!;
  if (code >= 0x0e00 && code <= 0x0e7f) return 1;
  if (ch === " ") return 0.5;
  if (/[0-9]/.test(ch)) return 0.9;
  return /[A-Z]/.test(ch) ? 1.05 : 0.85;
}

/** Width of a text in column units at `fontSize`. */
export function textWidthUnits(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  return units * CHAR_UNITS_AT_16 * (fontSize / 16);
}

/**
 * Breaks a text into printed lines for a column `width` units wide: at spaces where possible,
 * inside a run of Thai letters where it must (Thai writes no spaces between words).
 */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  return wrapLinesDetailed(text, width, fontSize).map((l) => l.text.trimEnd());
}

/** Printed lines with the paragraph structure kept, so chunks can be joined back exactly. */
export function wrapLinesDetailed(text: string, width: number, fontSize: number): { text: string; endsParagraph: boolean }[] {
  const out: { text: string; endsParagraph: boolean }[] = [];
  const usable = Math.max(2, width - PADDING_UNITS);
  const slack = Math.min(THAI_WRAP_SLACK, usable * 0.1);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    const breakLine = () => {
      lines.push(line);
      line = "";
      lineWidth = 0;
    };
    for (const token of splitAfterSpaces(paragraph)) {
      const w = textWidthUnits(token, fontSize);
      if (lineWidth + w <= usable) {
        line += token;
        lineWidth += w;
        continue;
      }
      // Long Thai runs break between words inside, so they fill the line; short runs are most
      // likely one word, and Latin words never break: those move whole to the next line.
      if (!THAI_LETTER.test(token) || w <= SHORT_WORD_UNITS) {
        if (line !== "") breakLine();
        if (w <= usable) {
          line = token;
          lineWidth = w;
          continue;
        }
      }
      for (const ch of token) {
        const cw = textWidthUnits(ch, fontSize);
        if (lineWidth + cw > usable - slack && line !== "" && cw > 0) breakLine();
        line += ch;
        lineWidth += cw;
      }
    }
    lines.push(line);
    lines.forEach((l, i) => out.push({ text: l, endsParagraph: i === lines.length - 1 }));
    lines.length = 0;
  }
  return out;
}

export function lineCount(text: string, width: number, fontSize: number): number {
  return wrapLines(text, width, fontSize).length;
}

/**
 * Row height in points for `lines` estimated lines at `fontSize`. Long texts get one spare line:
 * Thai dictionary line breaking can waste more of a line than the estimate allows.
 */
export function rowHeightFor(lines: number, fontSize: number): number {
  const spare = lines >= 4 ? 1 : 0;
  return Math.ceil((lines + spare) * fontSize * LINE_HEIGHT + 4);
}

/** Excel's (and LibreOffice's) largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
