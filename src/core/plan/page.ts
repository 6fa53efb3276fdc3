import type { PrintSetup } from "./types";

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 } as const;

/**
 * Share of the printed body the layout fills. Row heights are explicit, so a page holds exactly
 * their sum; the margin absorbs rounding of heights and of the print scale between Excel and
 * LibreOffice, so no page breaks on its own before the break the layout chose.
 */
const FILL = 0.97;

/** Printed width of a column `units` wide (Excel's character units, Calibri 11: 7 px + 5 px padding). */
export function columnPoints(units: number): number {
  return (Math.trunc(units * 7 + 0.5) + 5) * 0.75;
}

/**
 * Height, in sheet points (row heights as set), that one printed page holds: the body between
 * the top and bottom margins, divided by the fit-to-width scale when the columns are wider than
 * the page.
 */
export function pageBodyPoints(print: PrintSetup, columns: readonly number[]): number {
  const landscape = print.orientation === "landscape";
  const pageWidth = landscape ? A4.long : A4.short;
  const pageHeight = landscape ? A4.short : A4.long;
  const bodyWidth = pageWidth - (print.margins.left + print.margins.right) * 72;
  const bodyHeight = pageHeight - (print.margins.top + print.margins.bottom) * 72;
  const tableWidth = columns.reduce((sum, w) => sum + columnPoints(w), 0);
  // Excel and LibreOffice scale in whole percents, rounding down.
  const scale = print.fitToWidth && tableWidth > bodyWidth ? Math.floor((bodyWidth / tableWidth) * 100) / 100 : 1;
  return (bodyHeight * FILL) / scale;
}
