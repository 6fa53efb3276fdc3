import type { PlanCell, ReportPlan, SheetPlan } from "./types";
import { lineCount, rowHeightFor } from "./textMetrics";

/** One sheet row as renderers write it: absolute position, full width, explicit height. */
export interface LaidRow {
  /** 1-based sheet row. */
  row: number;
  cells: PlanCell[];
  /** Height in points; set for every row with wrapped text. */
  height?: number;
  /** The first cell spans all columns (paragraphs). */
  mergeAcross?: boolean;
  pageBreakBefore?: boolean;
}

export interface LaidOutSheet {
  rows: LaidRow[];
  /** Rows printed at the top of every page, 1-based inclusive. */
  printTitleRows?: [number, number];
  /** Last used column, 1-based. */
  width: number;
}

/** Flattens a sheet's blocks into rows. Shared by every renderer so they agree cell for cell. */
export function layoutSheet(sheet: SheetPlan, plan: ReportPlan): LaidOutSheet {
  const width = sheet.columns.length;
  const size = plan.font.size;
  const rows: LaidRow[] = [];
  let printTitleRows: [number, number] | undefined;
  const pad = (cells: PlanCell[], style: PlanCell["style"]): PlanCell[] => {
    const out = cells.slice(0, width);
    while (out.length < width) out.push({ value: null, style });
    return out;
  };
  const heightOf = (cells: PlanCell[], widths: number[]): number | undefined => {
    let lines = 1;
    cells.forEach((cell, c) => {
      if (typeof cell.value !== "string" || cell.value === "") return;
      const spec = plan.styles[cell.style];
      const cellSize = size + (spec.sizeDelta ?? 0);
      const n = spec.wrap === false ? 1 : lineCount(cell.value, widths[c] ?? 10, cellSize) * (cellSize / size);
      lines = Math.max(lines, n);
    });
    return rowHeightFor(lines, size);
  };

  for (const block of sheet.blocks) {
    const next = rows.length + 1;
    switch (block.kind) {
      case "title":
        block.lines.forEach((line, i) => {
          const cells = pad([{ value: line.text, style: line.style }], line.style);
          const spec = plan.styles[line.style];
          rows.push({ row: next + i, cells, height: rowHeightFor(1, size + (spec.sizeDelta ?? 0)) });
        });
        break;
      case "paragraph": {
        const style = block.style ?? "paragraph";
        const total = sheet.columns.reduce((a, b) => a + b, 0);
        const spec = plan.styles[style];
        const lines = lineCount(block.text, total, size + (spec.sizeDelta ?? 0));
        rows.push({ row: next, cells: pad([{ value: block.text, style }], style), height: rowHeightFor(lines, size), mergeAcross: true });
        break;
      }
      case "table": {
        const header = pad(block.header, "tableHeader");
        rows.push({ row: next, cells: header, height: heightOf(header, sheet.columns), ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}) });
        if (block.repeatHeader) printTitleRows = [next, next];
        block.rows.forEach((r, i) => {
          const cells = pad(r, "text");
          const group = cells[0].style === "groupRow";
          rows.push({
            row: next + 1 + i,
            cells,
            height: group ? heightOfGroup(cells, sheet.columns, plan) : heightOf(cells, sheet.columns),
            ...(group ? { mergeAcross: true } : {}),
          });
        });
        break;
      }
      case "spacer":
        rows.push({ row: next, cells: pad([], "text"), height: Math.ceil(size * 0.8) });
        break;
    }
  }
  return { rows, width, ...(printTitleRows ? { printTitleRows } : {}) };
}

/** Group rows ("ประเด็นที่ 1 …") span the table: measure against the total width. */
function heightOfGroup(cells: PlanCell[], widths: number[], plan: ReportPlan): number {
  const text = typeof cells[0].value === "string" ? cells[0].value : "";
  const total = widths.reduce((a, b) => a + b, 0);
  return rowHeightFor(lineCount(text, total, plan.font.size), plan.font.size);
}
