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
  /**
   * Part of one table row continued over several rows: renderers leave out the borders
   * between the parts so the cell reads as one, even across a page break.
   */
  flow?: "first" | "middle" | "last";
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

/** Letters pulled up to finish a word at a cut; beyond this the text is cut mid-run. */
const MAX_WORD_PULL = 60;

type Part = { cells: PlanCell[]; merges: { from: number; to: number }[]; flow?: "first" | "middle" | "last" };

/** Splits a row whose longest cell needs more than `maxLines` lines into continuation rows. */
function splitTallRow(
  row: { cells: PlanCell[]; merges: { from: number; to: number }[] },
  widths: number[],
  sizeOf: (c: PlanCell) => number,
  fit: Fit,
  maxLines: number,
): Part[] {
  const wrapped = row.cells.map((cell, c) =>
    typeof cell.value === "string" && cell.value !== "" ? wrapLinesDetailed(cell.value, fit(cell, widthAt(c, row.merges, widths)), sizeOf(cell)) : undefined,
  );
  const tallest = Math.max(1, ...wrapped.map((w) => w?.length ?? 1));
  const parts = Math.ceil(tallest / maxLines);
  if (parts === 1) return [row];
  // Every cell gets the same line budget per part, so the parts line up and no cell shows a
  // gap before its continuation; cut points then move back to a space.
  const budget = Math.ceil(tallest / parts);
  const chunks = wrapped.map((lines) => (lines ? wordSafeChunks(lines, budget, parts) : undefined));
  const out: Part[] = [];
  for (let p = 0; p < parts; p++) {
    const cells = row.cells.map((cell, c): PlanCell => {
      const own = chunks[c];
      if (!own) return p === 0 ? cell : { value: null, style: cell.style };
      return { ...cell, value: own[p] === "" ? null : own[p] };
    });
    out.push({ cells, merges: row.merges, flow: p === 0 ? "first" : p === parts - 1 ? "last" : "middle" });
  }
  return out;
}

/** Cuts a cell's lines into `parts` chunks of `budget` lines, never inside a Thai word. */
function wordSafeChunks(lines: { text: string; endsParagraph: boolean }[], budget: number, parts: number): string[] {
  const chunks: string[] = [];
  for (let p = 0; p < parts; p++) {
    const slice = p === parts - 1 ? lines.slice(p * budget) : lines.slice(p * budget, (p + 1) * budget);
    chunks.push(slice.map((l) => l.text + (l.endsParagraph ? "\n" : "")).join(""));
  }
  for (let p = 0; p < parts - 1; p++) {
    const text = chunks[p];
    if (text === "" || /\s$/.test(text) || /^\s/.test(chunks[p + 1]) || chunks[p + 1] === "") continue;
    // Cut inside a word: move the word's start to the next chunk, or, with no space to go
    // back to, pull the rest of the word up from the next chunk (Thai words never split).
    const space = Math.max(text.lastIndexOf(" "), text.lastIndexOf("\n"));
    if (space > 0) {
      chunks[p + 1] = text.slice(space + 1) + chunks[p + 1];
      chunks[p] = text.slice(0, space + 1);
    } else {
      const next = chunks[p + 1];
      const end = next.search(/\s/);
      // A run with no space for a whole page is cut where it is: a row must stay printable.
      if (end >= 0 && end <= MAX_WORD_PULL) {
        chunks[p] = text + next.slice(0, end + 1);
        chunks[p + 1] = next.slice(end + 1);
      }
    }
  }
  return chunks.map((c) => c.replace(/\s+$/, ""));
}
