/**
 * How renderers mark a draft on screen until it is edited: a conditional format whose formula
 * is true while the cell still holds the drafted text. Editing the cell (any change) ends the
 * mark; nothing in the plan's own styles marks a draft, so an edited cell looks like any other.
 * Excel and LibreOffice print conditional fills too, so the fill is light: an unedited draft
 * prints faintly shaded, which is what it is.
 */
export const DRAFT_FILL = "FFF2CC";

/** Excel refuses a text constant in a formula longer than this. */
const MAX_LITERAL = 255;

/**
 * `EXACT(F7,"…"&CHAR(10)&"…")` for the cell at `address` holding `text`: quotes doubled, line
 * breaks as CHAR(10), constants cut to Excel's limit. Without the leading "=" (ExcelJS adds none;
 * Office.js callers prefix it).
 */
export function draftFormula(address: string, text: string): string {
  const parts: string[] = [];
  text.split("\n").forEach((line, i) => {
    if (i > 0) parts.push("CHAR(10)");
    for (let k = 0; k < line.length; k += MAX_LITERAL) parts.push(`"${line.slice(k, k + MAX_LITERAL).replace(/"/g, '""')}"`);
  });
  return `EXACT(${address},${parts.length > 0 ? parts.join("&") : '""'})`;
}
