/// <reference types="office-js" />
import { columnLetters } from "../core/reader/address";
import { textSafeFormat } from "../core/text/excelText";
import type { ReportPlan } from "../core/plan/types";
import { formatBlock } from "./a1";
import type { ColumnsPlan } from "./analysisColumns";
import { rowChunks, jsonBytes, write, type Write } from "./batch";
import { charsToPoints } from "./renderPlan";

/** Widths of the weakness and action columns, as on the analysis sheet (characters). */
const WIDTHS = [36, 40];

export function columnsBlock(plan: ColumnsPlan): string {
  return formatBlock({ top: plan.top, bottom: plan.bottom, left: plan.left, right: plan.left + 1 });
}

/**
 * The analysis columns: Text format before the texts that need it (a "-" or "=…" stays text; other
 * cells keep General), wrapped, in
 * the report font, with a header like the report's table header. Cells of our earlier columns
 * that the new block does not cover are emptied.
 */
export function columnsWrites(ws: Excel.Worksheet, plan: ColumnsPlan, report: ReportPlan, budget: number): Write[] {
  const out: Write[] = [];
  const font = report.font;
  const headerFill = report.styles.tableHeader.fill;
  for (const cell of plan.stale) {
    out.push(write(cell, () => ws.getRange(`${columnLetters(cell.column)}${cell.row}`).clear("All" as Excel.ClearApplyTo)));
  }
  WIDTHS.forEach((width, k) => {
    const column = columnLetters(plan.left + k);
    out.push(write(width, () => (ws.getRange(`${column}:${column}`).format.columnWidth = charsToPoints(width))));
  });
  const rows = plan.values.map((values, i) => ({ row: plan.top + i, values }));
  for (const chunk of rowChunks(rows, budget / 2, (r) => 2 * jsonBytes(r.values))) {
    const range = ws.getRange(formatBlock({ top: chunk[0].row, bottom: chunk[chunk.length - 1].row, left: plan.left, right: plan.left + 1 }));
    const formats = chunk.map((r) => r.values.map((v) => textSafeFormat(v)));
    const values = chunk.map((r) => r.values);
    out.push(write(formats, () => (range.numberFormat = formats)));
    out.push(write(values, () => (range.values = values)));
  }
  const block = ws.getRange(columnsBlock(plan));
  out.push(
    write(font, () => {
      block.format.font.name = font.name;
      block.format.font.size = font.size;
      block.format.wrapText = true;
      block.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
      for (const side of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as Excel.BorderIndex[]) {
        if (side === "InsideHorizontal" && plan.top === plan.bottom) continue;
        const border = block.format.borders.getItem(side);
        border.style = "Continuous" as Excel.BorderLineStyle;
        border.weight = "Thin" as Excel.BorderWeight;
      }
    }, 16),
  );
  if (plan.header) {
    const header = ws.getRange(formatBlock({ top: plan.top, bottom: plan.top, left: plan.left, right: plan.left + 1 }));
    out.push(
      write("header", () => {
        header.format.font.bold = true;
        if (headerFill) header.format.fill.color = `#${headerFill}`;
        header.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
        header.format.verticalAlignment = "Center" as Excel.VerticalAlignment;
      }, 4),
    );
  }
  // Unmerged wrapped cells: Excel's own autofit sizes the rows.
  out.push(write("autofit", () => block.format.autofitRows()));
  return out;
}
