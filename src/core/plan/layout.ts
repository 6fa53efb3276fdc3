import { BALANCINGS, fitColumns } from "./columns";
import { pageBodyPoints } from "./page";
import type { LaidChart } from "./charts";
import { sheetRows, type LaidRow } from "./rows";
import type { ReportPlan, SheetPlan } from "./types";

export type { LaidRow } from "./rows";
export type { LaidChart } from "./charts";

export interface LaidOutSheet {
  rows: LaidRow[];
  /** Column widths in Excel character units: the plan's, widened to each column's longest word. */
  columns: number[];
  /** Rows printed at the top of every page, 1-based inclusive. */
  printTitleRows?: [number, number];
  /** Number of columns. */
  width: number;
  /** Pages LibreOffice prints the sheet on, with the heights as stored. */
  pages: number;
  /** Charts drawn over reserved rows (empty rows of the chart's height), with the cells they read. */
  charts: LaidChart[];
}

/**
 * A sheet's blocks laid out as rows, shared by every renderer so they agree cell for cell. In
 * small steps, each its own module: column widths no narrower than their longest word
 * (columns.ts); blocks to rows, one whole text per cell (rows.ts); heights from the font's
 * metrics (textMetrics.ts, lineBreak.ts, textWidth.ts); the pages that makes (page.ts,
 * paginate.ts). Inside a table the application breaks the pages, so the layout only counts
 * them; the only breaks it sets are where the plan starts a new part on a new page.
 */
export function layoutSheet(sheet: SheetPlan, plan: ReportPlan): LaidOutSheet {
  let best: LaidOutSheet | undefined;
  let bestHeight = Infinity;
  const tried = new Set<string>();
  for (const balancing of BALANCINGS) {
    const columns = fitColumns(sheet, plan, balancing);
    if (tried.has(columns.join())) continue;
    tried.add(columns.join());
    const { rows, printTitleRows, pages, charts } = sheetRows(sheet, plan, columns, pageBodyPoints(sheet.print, columns));
    const height = rows.reduce((sum, r) => sum + r.height, 0);
    // The fewest pages, then the least paper height; the first setting (closest to the plan's widths) on a tie.
    if (best && (pages > best.pages || (pages === best.pages && height >= bestHeight))) continue;
    best = { rows, columns, width: columns.length, pages, charts, ...(printTitleRows ? { printTitleRows } : {}) };
    bestHeight = height;
  }
  return best!;
}
