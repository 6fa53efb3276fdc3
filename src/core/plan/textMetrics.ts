import { longestPiecePoints, wrapText, type Line } from "./lineBreak";

/**
 * Step 3 of measuring text: from column widths to lines, and from lines to row heights, with
 * the figures LibreOffice uses (measured with python3-uno: test/helpers/lo_calc.py; on the two
 * bundled samples the model's line count equals LibreOffice's for 99.7% of the text cells,
 * test/print/lineCounts.test.ts). Excel's own heights come from autofit (unmerged rows); the
 * heights computed here are what LibreOffice prints (it does not refit rows on opening) and what
 * rows holding a merged range keep in both.
 */

/** LibreOffice's width of one column unit (Excel's character width), in points. */
const LO_POINTS_PER_UNIT = 5.5503;
/**
 * What a cell's text loses of the column width: the cell's margins, in points, and a share of
 * the width (LibreOffice's glyph positions are a little wider than the advance widths add up to).
 * Calibrated on LibreOffice's own line counts of both samples (test/print/lineCounts.test.ts):
 * at 3 pt a line that LibreOffice just fits went to the next line in the model.
 */
const CELL_PADDING = 2.9;
const WIDTH_LOSS = 0;

/** Printed width of a column `units` wide in LibreOffice. */
export function libreOfficeColumnPoints(units: number): number {
  return units * LO_POINTS_PER_UNIT;
}

/** Printed width of a column `units` wide in Excel (Calibri 11: 7-pixel digits, 5 pixels of padding). */
export function excelColumnPoints(units: number): number {
  return (Math.trunc(units * 7 + 0.5) + 5) * 0.75;
}

/**
 * Width the text of a cell `units` wide wraps in. `both`: the narrower of Excel and
 * LibreOffice, for rows whose height neither application recomputes (merged ranges).
 */
export function textWidthFor(units: number, target: "libreoffice" | "both" = "libreoffice"): number {
  const lo = libreOfficeColumnPoints(units);
  return Math.max(1, (target === "both" ? Math.min(lo, excelColumnPoints(units)) : lo) * (1 - WIDTH_LOSS) - CELL_PADDING);
}

/** The column width, in units, a piece of text `points` wide needs to print on one line in both applications. */
export function unitsFor(points: number): number {
  const needed = (points + CELL_PADDING) / (1 - WIDTH_LOSS);
  return Math.max(needed / LO_POINTS_PER_UNIT, (needed / 0.75 - 5) / 7);
}

/** Lines of a text in a cell `units` wide. */
export function wrapLines(text: string, units: number, size: number, bold = false, target: "libreoffice" | "both" = "libreoffice"): string[] {
  return wrapLinesDetailed(text, units, size, bold, target).map((l) => l.text.trimEnd());
}

export function wrapLinesDetailed(text: string, units: number, size: number, bold = false, target: "libreoffice" | "both" = "libreoffice"): Line[] {
  return wrapText(text, textWidthFor(units, target), size, bold);
}

export function lineCount(text: string, units: number, size: number, bold = false, target: "libreoffice" | "both" = "libreoffice"): number {
  return wrapLinesDetailed(text, units, size, bold, target).length;
}

/** The narrowest column, in units, in which no word of the text breaks. */
export function longestWordUnits(text: string, size: number, bold = false): number {
  return unitsFor(longestPiecePoints(text, size, bold));
}

/**
 * LibreOffice's line pitch of TH SarabunPSK / Laksaman by font size (8–26 pt), in points:
 * about 1.63 em, rounded by its layout to device units, hence not quite proportional.
 */
const LINE_PITCH: Record<number, number> = {
  8: 13.433, 9: 14.92, 10: 16.419, 11: 18.661, 12: 19.405, 13: 20.894, 14: 23.134, 15: 25.373, 16: 26.117, 17: 28.356,
  18: 29.855, 19: 30.598, 20: 33.584, 21: 35.074, 22: 35.82, 23: 38.809, 24: 39.556, 25: 40.299, 26: 43.282,
};
/** Space above and below the lines of a cell, in points. */
const ROW_PADDING = 1.5;

export function linePitch(size: number): number {
  return LINE_PITCH[Math.round(size)] ?? size * 1.66;
}

/** LibreOffice keeps a stored row height in whole pixels (0.75 pt), cutting off the rest. */
const PIXEL = 0.75;

/** Height, in points, of a row whose tallest cell has `lines` lines at `size`, rounded up to a whole pixel. */
export function rowHeightFor(lines: number, size: number): number {
  return Math.ceil((Math.max(1, lines) * linePitch(size) + ROW_PADDING) / PIXEL - 1e-9) * PIXEL;
}

/** Excel's (and LibreOffice's) largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
