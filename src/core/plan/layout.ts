import type { PlanCell, ReportPlan, SheetPlan } from "./types";
import { BOLD_FACTOR, maxLinesPerRow, rowHeightFor, wrapLines, wrapLinesDetailed } from "./textMetrics";

/** One sheet row as renderers write it: absolute position, full width, explicit height. */
export interface LaidRow {
  /** 1-based sheet row. */
  row: number;
  /** One entry per column; cells covered by a merge are null-valued copies of its style. */
  cells: PlanCell[];
  /** Height in points. */
  height: number;
  /** Merged ranges in this row, 1-based inclusive columns. */
  merges: { from: number; to: number }[];
  pageBreakBefore?: boolean;
}

export interface LaidOutSheet {
  rows: LaidRow[];
  /** Rows printed at the top of every page, 1-based inclusive. */
  printTitleRows?: [number, number];
  /** Number of columns. */
  width: number;
}

/**
 * Flattens a sheet's blocks into rows, shared by every renderer so they agree cell for cell.
 * Table rows whose text would not fit one printed row are continued on extra rows, so no row
 * is taller than a page (Excel caps rows at 409 pt and would clip the rest).
 */
export function layoutSheet(sheet: SheetPlan, plan: ReportPlan): LaidOutSheet {
  const widths = sheet.columns;
  const width = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  const size = plan.font.size;
  const maxLines = maxLinesPerRow(size);
  const rows: LaidRow[] = [];
  let printTitleRows: [number, number] | undefined;
  const sizeOf = (cell: PlanCell) => size + (plan.styles[cell.style].sizeDelta ?? 0);
  // Bold text is wider: measure it in a proportionally narrower column.
  const fit = (cell: PlanCell, w: number) => (plan.styles[cell.style].bold ? w / BOLD_FACTOR : w);
  const push = (row: Omit<LaidRow, "row">) => rows.push({ row: rows.length + 1, ...row });

  for (const block of sheet.blocks) {
    switch (block.kind) {
      case "title":
        for (const line of block.lines) {
          // A title wider than the table would widen the print area and shrink every page.
          const size = sizeOf({ value: line.text, style: line.style });
          for (const text of wrapLines(line.text, total / BOLD_FACTOR, size)) {
            push({ cells: fill([{ value: text, style: line.style }], width, line.style), height: rowHeightFor(1, size), merges: [] });
          }
        }
        break;
      case "paragraph": {
        const cell: PlanCell = { value: block.text, style: block.style ?? "paragraph" };
        const lines = wrapLines(block.text, fit(cell, total), sizeOf(cell)).length;
        push({ cells: fill([cell], width, cell.style), height: rowHeightFor(lines, sizeOf(cell)), merges: width > 1 ? [{ from: 1, to: width }] : [] });
        break;
      }
      case "table": {
        const header = spread(block.header, width);
        push({ ...header, height: heightOf(header.cells, header.merges, widths, sizeOf, fit), ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}) });
        if (block.repeatHeader) printTitleRows = [rows.length, rows.length];
        for (const r of block.rows) {
          for (const part of splitTallRow(spread(r, width), widths, sizeOf, fit, maxLines)) {
            push({ ...part, height: heightOf(part.cells, part.merges, widths, sizeOf, fit) });
          }
        }
        break;
      }
      case "spacer":
        push({ cells: fill([], width, "paragraph"), height: Math.ceil(size * 0.9), merges: [] });
        break;
    }
  }
  return { rows, width, ...(printTitleRows ? { printTitleRows } : {}) };
}

function fill(cells: PlanCell[], width: number, style: PlanCell["style"]): PlanCell[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push({ value: null, style: out[out.length - 1]?.style ?? style });
  return out;
}

/** Expands spans into merged ranges; a group row (first cell "groupRow") spans the table. */
function spread(cells: PlanCell[], width: number): { cells: PlanCell[]; merges: { from: number; to: number }[] } {
  const out: PlanCell[] = [];
  const merges: { from: number; to: number }[] = [];
  if (cells.length === 1 && cells[0].style === "groupRow") {
    return { cells: fill(cells, width, "groupRow"), merges: width > 1 ? [{ from: 1, to: width }] : [] };
  }
  for (const cell of cells) {
    if (out.length >= width) break;
    const span = Math.max(1, Math.min(cell.span ?? 1, width - out.length));
    const { span: _ignored, ...plain } = cell;
    out.push(plain);
    if (span > 1) {
      merges.push({ from: out.length, to: out.length + span - 1 });
      for (let k = 1; k < span; k++) out.push({ value: null, style: cell.style });
    }
  }
  while (out.length < width) out.push({ value: null, style: out[out.length - 1]?.style ?? "text" });
  return { cells: out, merges };
}

/** Width in column units available to the cell at `c` (its merge, if any). */
function widthAt(c: number, merges: { from: number; to: number }[], widths: number[]): number {
  const m = merges.find((x) => x.from === c + 1);
  if (!m) return widths[c] ?? 10;
  let w = 0;
  for (let k = m.from - 1; k < m.to; k++) w += widths[k] ?? 10;
  return w;
}

type Fit = (cell: PlanCell, width: number) => number;

function heightOf(cells: PlanCell[], merges: { from: number; to: number }[], widths: number[], sizeOf: (c: PlanCell) => number, fit: Fit): number {
  let height = 0;
  cells.forEach((cell, c) => {
    const s = sizeOf(cell);
    const text = cell.value === null ? "" : String(cell.value);
    const lines = text === "" ? 1 : wrapLines(text, fit(cell, widthAt(c, merges, widths)), s).length;
    height = Math.max(height, rowHeightFor(lines, s));
  });
  return height;
}

/** Splits a row whose longest cell needs more than `maxLines` lines into continuation rows. */
function splitTallRow(
  row: { cells: PlanCell[]; merges: { from: number; to: number }[] },
  widths: number[],
  sizeOf: (c: PlanCell) => number,
  fit: Fit,
  maxLines: number,
): { cells: PlanCell[]; merges: { from: number; to: number }[] }[] {
  const wrapped = row.cells.map((cell, c) =>
    typeof cell.value === "string" && cell.value !== "" ? wrapLinesDetailed(cell.value, fit(cell, widthAt(c, row.merges, widths)), sizeOf(cell)) : undefined,
  );
  const parts = Math.max(1, ...wrapped.map((w) => Math.ceil((w?.length ?? 1) / maxLines)));
  if (parts === 1) return [row];
  const out: { cells: PlanCell[]; merges: { from: number; to: number }[] }[] = [];
  for (let p = 0; p < parts; p++) {
    const cells = row.cells.map((cell, c): PlanCell => {
      const lines = wrapped[c];
      if (!lines) return p === 0 ? cell : { value: null, style: cell.style };
      const chunk = lines.slice(p * maxLines, (p + 1) * maxLines);
      // Rejoined as written (no forced line breaks): the application re-wraps each chunk itself.
      const text = chunk.map((l) => l.text + (l.endsParagraph ? "\n" : "")).join("").replace(/\s+$/, "");
      return { ...cell, value: text === "" ? null : text };
    });
    out.push({ cells, merges: row.merges });
  }
  return out;
}
