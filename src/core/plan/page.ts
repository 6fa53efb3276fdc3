import { libreOfficeColumnPoints } from "./textMetrics";
import type { PrintSetup } from "./types";

/**
 * Step 4a: what one printed page holds. The body between the top and bottom margins (on A4
 * landscape with 0.6-inch margins, 509 pt), divided by the fit-to-width scale when the columns
 * are wider than the page, in sheet points (row heights as stored).
 */

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 } as const;

/** Width between the left and right margins, in points. */
export function bodyWidthPoints(print: PrintSetup): number {
  const pageWidth = print.orientation === "landscape" ? A4.long : A4.short;
  return pageWidth - (print.margins.left + print.margins.right) * 72;
}

/** Print scale that fits `columns` (units) to one page wide, as LibreOffice sets it. */
export function fitScale(print: PrintSetup, columns: readonly number[]): number {
  const bodyWidth = bodyWidthPoints(print);
  const tableWidth = columns.reduce((sum, w) => sum + libreOfficeColumnPoints(w), 0);
  // Scales go in whole percents, rounded down.
  return print.fitToWidth && tableWidth > bodyWidth ? Math.floor((bodyWidth / tableWidth) * 100) / 100 : 1;
}

/**
 * Share of the body a page is filled to: scaled down, each row's printed height is rounded to the
 * printer's grid, and a row that fits within a few points may go to the next page.
 */
const SCALED_FILL = 0.99;

export function pageBodyPoints(print: PrintSetup, columns: readonly number[]): number {
  const pageHeight = print.orientation === "landscape" ? A4.short : A4.long;
  const bodyHeight = pageHeight - (print.margins.top + print.margins.bottom) * 72;
  const scale = fitScale(print, columns);
  return (bodyHeight * (scale < 1 ? SCALED_FILL : 1)) / scale;
}
