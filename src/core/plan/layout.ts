import type { PlanCell, ReportPlan, SheetPlan } from "./types";
import { BOLD_FACTOR, linesPerMaxRow, maxLinesPerRow, rowHeightFor, wrapLines, wrapLinesDetailed } from "./textMetrics";

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
        push({
          cells: fill([cell], width, cell.style),
          height: rowHeightFor(lines, sizeOf(cell)),
          merges: width > 1 ? [{ from: 1, to: width }] : [],
          ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
        });
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

/** A piece that would end with a bare list number such as "๔." or "4)". */
const LIST_MARKER_AT_END = /(^|\s)[0-9๐-๙]{1,2}[.)]\s*$/;

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
  if (tallest <= maxLines) return [row];
  // An even line budget per part keeps the parts' cells about equally full.
  const budget = Math.ceil(tallest / Math.ceil(tallest / maxLines));
  const chunks = wrapped.map((lines, c) => (lines ? paragraphChunks(lines, budget, linesPerMaxRow(sizeOf(row.cells[c]))) : undefined));
  const parts = Math.max(...chunks.map((c) => c?.length ?? 1));
  const out: Part[] = [];
  for (let p = 0; p < parts; p++) {
    const cells = row.cells.map((cell, c): PlanCell => {
      const own = chunks[c];
      if (!own) return p === 0 ? cell : { value: null, style: cell.style };
      const text = own[p] ?? "";
      return { ...cell, value: text === "" ? null : text };
    });
    out.push({ cells, merges: row.merges, flow: p === 0 ? "first" : p === parts - 1 ? "last" : "middle" });
  }
  return out;
}

type Line = { text: string; endsParagraph: boolean };

/**
 * Cuts a cell into chunks of about `budget` lines: between paragraphs (numbered steps stay
 * whole) where it can, inside a long paragraph at a space, never inside a Thai word.
 */
function paragraphChunks(lines: Line[], budget: number, maxUncut: number): string[] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    current.push(line);
    if (line.endsParagraph) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);

  const chunks: string[] = [];
  let open: string[] = [];
  let openLines = 0;
  const flush = () => {
    if (open.length > 0) chunks.push(open.join("\n"));
    open = [];
    openLines = 0;
  };
  for (const para of paragraphs) {
    if (openLines + para.length <= budget) {
      open.push(joinLines(para));
      openLines += para.length;
      continue;
    }
    flush();
    // A run with no space can only be cut inside a word: keep it whole while a row can hold it.
    if (para.length <= budget || (para.length <= maxUncut && !/\s/.test(joinLines(para)))) {
      open.push(joinLines(para));
      openLines = para.length;
      continue;
    }
    const pieces = splitParagraph(para, budget);
    chunks.push(...pieces.slice(0, -1));
    open.push(pieces[pieces.length - 1]);
    openLines = para.length - budget * (pieces.length - 1);
  }
  flush();
  return chunks.map((c) => c.replace(/\s+$/, ""));
}

function joinLines(lines: Line[]): string {
  return lines.map((l) => l.text).join("").replace(/\s+$/, "");
}

/** A paragraph longer than the budget, cut every `budget` lines at the nearest space before. */
function splitParagraph(para: Line[], budget: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < para.length; i += budget) pieces.push(para.slice(i, i + budget).map((l) => l.text).join(""));
  for (let p = 0; p < pieces.length - 1; p++) {
    const text = pieces[p];
    if (/\s$/.test(text) || /^\s/.test(pieces[p + 1])) continue;
    let space = text.lastIndexOf(" ");
    // Never leave a list number ("๔.") alone at the end of a piece: it goes with its text.
    while (space > 0 && LIST_MARKER_AT_END.test(text.slice(0, space + 1))) space = text.lastIndexOf(" ", space - 1);
    if (space > 0 || (space === -1 && LIST_MARKER_AT_END.test(text.slice(0, text.indexOf(" ") + 1)))) {
      const at = Math.max(space, 0);
      pieces[p + 1] = text.slice(at === 0 ? 0 : at + 1) + pieces[p + 1];
      pieces[p] = at === 0 ? "" : text.slice(0, at + 1);
    } else {
      // No space to go back to: pull the rest of the word up, unless the run is pathological.
      const next = pieces[p + 1];
      const end = next.search(/\s/);
      if (end >= 0 && end <= MAX_WORD_PULL) {
        pieces[p] = text + next.slice(0, end + 1);
        pieces[p + 1] = next.slice(end + 1);
      }
    }
  }
  return pieces.map((x) => x.replace(/\s+$/, "")).filter((x) => x !== "");
}
