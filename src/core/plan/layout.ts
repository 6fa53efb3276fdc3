import { lastWordBoundary } from "../text/thaiWords";
import { pageBodyPoints } from "./page";
import type { Block, PlanCell, ReportPlan, SheetPlan, StyleName } from "./types";
import { BOLD_FACTOR, MAX_ROW_HEIGHT, rowHeightFor, wrapLines, wrapLinesDetailed } from "./textMetrics";

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
  /** Printed pages the layout made (its breaks, set by the renderers, are the only ones). */
  pages: number;
}

/**
 * Flattens a sheet's blocks into rows, shared by every renderer so they agree cell for cell, and
 * lays the rows out on printed pages. Row heights are explicit (neither Excel nor LibreOffice
 * grows the rows of a generated file), so the layout knows what each page holds: it breaks pages
 * itself, keeps a heading with the table under it and a group row with its first question, and
 * continues a table row that does not fit the rest of a page on the next one, cut between
 * paragraphs or at a space. Pages end full, no row is taller than a page or than Excel's row
 * limit, and the renderers set every break the layout chose.
 */
export function layoutSheet(sheet: SheetPlan, plan: ReportPlan): LaidOutSheet {
  const widths = sheet.columns;
  const width = widths.length;
  const total = widths.reduce((a, b) => a + b, 0);
  const size = plan.font.size;
  const capacity = pageBodyPoints(sheet.print, widths);
  const rows: LaidRow[] = [];
  let printTitleRows: [number, number] | undefined;
  const sizeOf = (cell: PlanCell) => size + (plan.styles[cell.style].sizeDelta ?? 0);
  // Bold text is wider: measure it in a proportionally narrower column.
  const fit = (cell: PlanCell, w: number) => (plan.styles[cell.style].bold ? w / BOLD_FACTOR : w);
  const measure: Measure = { widths, sizeOf, fit, wraps: (cell) => plan.styles[cell.style].wrap !== false };

  // The page being filled: points used, and the repeated header printed atop every later page.
  let used = 0;
  let titleHeight = 0;
  let pages = 1;
  let breakBeforeNext = false;
  // Set while placing what a heading was already kept with (the paragraphs under it, a table's start).
  let kept = false;
  const pageHasContent = () => used > titleHeight;
  const newPage = () => {
    if (rows.length > 0 && !breakBeforeNext) {
      breakBeforeNext = true;
      pages++;
    }
    used = titleHeight;
  };
  /** Starts a new page unless `height` more fits on this one (or this one is still empty). */
  const ensure = (height: number) => {
    if (pageHasContent() && used + height > capacity) newPage();
  };
  const push = (row: Omit<LaidRow, "row">) => {
    rows.push({ row: rows.length + 1, ...row, ...(breakBeforeNext ? { pageBreakBefore: true } : {}) });
    breakBeforeNext = false;
    used += row.height;
  };

  const titleRows = (line: { text: string; style: "title" | "subtitle" }) => {
    // A title wider than the table would widen the print area and shrink every page.
    const s = sizeOf({ value: line.text, style: line.style });
    return wrapLines(line.text, total / BOLD_FACTOR, s).map((text) => ({ text, style: line.style, height: rowHeightFor(1, s) }));
  };
  const paragraphRow = (block: { text: string; style?: StyleName }) => {
    const cell: PlanCell = { value: block.text, style: block.style ?? "paragraph" };
    const lines = wrapLines(block.text, fit(cell, total), sizeOf(cell)).length;
    return { cells: fill([cell], width, cell.style), height: rowHeightFor(lines, sizeOf(cell)), merges: width > 1 ? [{ from: 1, to: width }] : [] };
  };
  const bodyRows = (block: TableBlock) => block.rows.map((r) => spread(r, width));
  /** What must share a page with a table's start: the header and the first lines of its first row. */
  const tableLead = (block: TableBlock): number => {
    const header = heightOf(spread(block.header, width), measure);
    const body = bodyRows(block);
    // A short table that is not repeated over pages is kept whole.
    if (!block.repeatHeader) {
      const whole = header + body.reduce((sum, r) => sum + heightOf(r, measure), 0);
      if (whole <= capacity) return whole;
    }
    return header + body.slice(0, 2).reduce((sum, r) => sum + leadHeight(r, measure), 0);
  };

  sheet.blocks.forEach((block, index) => {
    switch (block.kind) {
      case "title":
        kept = false;
        for (const line of block.lines.flatMap(titleRows)) {
          ensure(line.height);
          push({ cells: fill([{ value: line.text, style: line.style }], width, line.style), height: line.height, merges: [] });
        }
        break;
      case "paragraph": {
        if (block.pageBreakBefore) newPage();
        const row = paragraphRow(block);
        // A heading stays with what it introduces: the paragraphs under it and the table's start.
        let keep = row.height;
        if (block.style === "sectionHeading") {
          for (let k = index + 1; k < sheet.blocks.length; k++) {
            const next = sheet.blocks[k];
            if (next.kind === "paragraph" && next.style !== "sectionHeading" && !next.pageBreakBefore) keep += paragraphRow(next).height;
            else {
              if (next.kind === "table" && !next.pageBreakBefore) keep += tableLead(next);
              break;
            }
          }
        }
        ensure(kept && block.style !== "sectionHeading" ? row.height : Math.min(keep, capacity - titleHeight));
        // A paragraph longer than a page (a long agency name at a large font) continues like a row.
        placeRow(row);
        if (block.style === "sectionHeading") kept = true;
        break;
      }
      case "table": {
        if (block.pageBreakBefore) newPage();
        const header = spread(block.header, width);
        const headerHeight = heightOf(header, measure);
        ensure(kept ? headerHeight : Math.min(tableLead(block), capacity - titleHeight));
        kept = false;
        push({ ...header, height: headerHeight });
        if (block.repeatHeader) {
          printTitleRows = [rows.length, rows.length];
          titleHeight = headerHeight;
        }
        const body = bodyRows(block);
        body.forEach((row, j) => {
          // A group row is printed with the start of its first question.
          const isGroup = row.cells[0]?.style === "groupRow";
          if (isGroup && j + 1 < body.length) ensure(heightOf(row, measure) + leadHeight(body[j + 1], measure));
          placeRow(row);
        });
        break;
      }
      case "spacer": {
        const height = Math.ceil(size * 0.9);
        // A blank row at the top of a page only pushes the content down.
        if (pageHasContent() && used + height <= capacity) push({ cells: fill([], width, "paragraph"), height, merges: [] });
        break;
      }
    }
  });

  /** Places a table row, continuing it over as many pages as its text needs. */
  function placeRow(first: RowCells): void {
    let row = first;
    let continued = false;
    for (;;) {
      const wrapped = wrapCells(row, measure);
      const tallest = Math.max(1, ...wrapped.map((w) => w?.length ?? 1));
      const height = heightOfWrapped(row, wrapped, measure);
      const room = capacity - used;
      if (height <= Math.min(room, MAX_ROW_HEIGHT)) {
        push({ ...row, height, ...(continued ? { flow: "last" as const } : {}) });
        return;
      }
      // The head takes what the page holds, leaving at least a few lines to go on with.
      const fits = linesFitting(Math.min(room, MAX_ROW_HEIGHT), size);
      const headLines = Math.min(fits, tallest - MIN_PART_LINES);
      // Rows of a few lines, and heads of a line or two, move to the next page whole.
      if (pageHasContent() && (tallest < MIN_SPLIT_LINES || headLines < MIN_PART_LINES)) {
        newPage();
        continue;
      }
      // Re-wrapping the head can take a line more than the whole text gave it: then cut shorter.
      let lines = Math.max(1, pageHasContent() ? headLines : fits);
      let cut = cutRow(row, wrapped, rowHeightFor(lines, size), measure);
      while (lines > 1 && heightOf(cut.head, measure) > Math.min(room, MAX_ROW_HEIGHT)) {
        lines--;
        cut = cutRow(row, wrapped, rowHeightFor(lines, size), measure);
      }
      if (!cut.rest) {
        push({ ...cut.head, height: heightOf(cut.head, measure), ...(continued ? { flow: "last" as const } : {}) });
        return;
      }
      push({ ...cut.head, height: heightOf(cut.head, measure), flow: continued ? "middle" : "first" });
      newPage();
      row = cut.rest;
      continued = true;
    }
  }

  return { rows, width, pages, ...(printTitleRows ? { printTitleRows } : {}) };
}

type TableBlock = Extract<Block, { kind: "table" }>;
type Merge = { from: number; to: number };
type RowCells = { cells: PlanCell[]; merges: Merge[] };
type Fit = (cell: PlanCell, width: number) => number;
interface Measure {
  widths: number[];
  sizeOf: (c: PlanCell) => number;
  fit: Fit;
  wraps: (c: PlanCell) => boolean;
}

/** The fewest lines of a row worth printing at the foot of a page, and left for the next. */
const MIN_PART_LINES = 3;
/** Rows shorter than this are never continued over a page break (it wastes at most this much). */
const MIN_SPLIT_LINES = 7;

/** The most lines at `size` whose row fits in `points`. */
function linesFitting(points: number, size: number): number {
  let n = 0;
  while (rowHeightFor(n + 1, size) <= points) n++;
  return n;
}

/** Height of a row's first lines: what must share a page with what comes before it. */
function leadHeight(row: RowCells, m: Measure): number {
  const lines = row.cells.map((cell, c) => linesOf(cell, c, row.merges, m));
  // A row too short to be continued comes whole; a longer one can start with a few lines.
  const tallest = Math.max(1, ...lines);
  const lead = tallest < MIN_SPLIT_LINES ? tallest : MIN_PART_LINES;
  return Math.max(0, ...row.cells.map((cell, c) => rowHeightFor(Math.min(lines[c], lead), m.sizeOf(cell))));
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

function heightOf(row: RowCells, m: Measure): number {
  let height = 0;
  row.cells.forEach((cell, c) => {
    height = Math.max(height, rowHeightFor(linesOf(cell, c, row.merges, m), m.sizeOf(cell)));
  });
  return height;
}

/** Printed lines of a cell: wrapped text, or one line for a style that never wraps (numbers). */
function linesOf(cell: PlanCell, c: number, merges: Merge[], m: Measure): number {
  const text = cell.value === null ? "" : String(cell.value);
  if (text === "" || !m.wraps(cell)) return 1;
  return wrapLines(text, m.fit(cell, widthAt(c, merges, m.widths)), m.sizeOf(cell)).length;
}

/** heightOf, from lines already wrapped (text cells) — the same figure without wrapping twice. */
function heightOfWrapped(row: RowCells, wrapped: (Line[] | undefined)[], m: Measure): number {
  let height = 0;
  row.cells.forEach((cell, c) => {
    const own = wrapped[c];
    const lines = own ? own.length : linesOf(cell, c, row.merges, m);
    height = Math.max(height, rowHeightFor(lines, m.sizeOf(cell)));
  });
  return height;
}

function wrapCells(row: RowCells, m: Measure): (Line[] | undefined)[] {
  return row.cells.map((cell, c) =>
    typeof cell.value === "string" && cell.value !== "" && m.wraps(cell) ? wrapLinesDetailed(cell.value, m.fit(cell, widthAt(c, row.merges, m.widths)), m.sizeOf(cell)) : undefined,
  );
}

/** A piece that would end with a bare list number such as "๔." or "4)". */
const LIST_MARKER_AT_END = /(^|\s)[0-9๐-๙]{1,2}[.)]\s*$/;

/**
 * Cuts a row to what `points` of height hold (per cell, at its own font size): the head is
 * printed now, the rest (text cells that go on; other cells empty) continues on the next page.
 */
function cutRow(row: RowCells, wrapped: (Line[] | undefined)[], points: number, m: Measure): { head: RowCells; rest?: RowCells } {
  let more = false;
  const heads: PlanCell[] = [];
  const rests: PlanCell[] = [];
  row.cells.forEach((cell, c) => {
    const own = wrapped[c];
    if (!own) {
      heads.push(cell);
      rests.push({ value: null, style: cell.style });
      return;
    }
    const [head, rest] = cutText(String(cell.value), own, Math.max(1, linesFitting(points, m.sizeOf(cell))));
    // Blank lines left over are not worth a part of their own.
    const goesOn = rest.trim() !== "";
    heads.push({ ...cell, value: head === "" ? null : head });
    rests.push({ ...cell, value: goesOn ? rest : null });
    if (goesOn) more = true;
  });
  const head = { cells: heads, merges: row.merges };
  return more ? { head, rest: { cells: rests, merges: row.merges } } : { head };
}

type Line = { text: string; endsParagraph: boolean };

/** Thai vowels written before their consonant: a cut never leaves one at the end of a line. */
const LEADING_VOWEL = /[\u0e40-\u0e44]/;
const COMBINING_MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/**
 * Splits a cell's text after at most `n` of its printed lines: at the end of a paragraph when one
 * is near (numbered steps stay whole), else at a space in the last two lines (never leaving a
 * bare list number behind), else between two Thai words of the n-th line, else between letters.
 */
export function cutText(text: string, lines: Line[], n: number): [string, string] {
  if (lines.length <= n) return [text, ""];
  const ends: number[] = [];
  let pos = 0;
  lines.forEach((line, i) => {
    pos += line.text.length;
    ends.push(pos);
    if (line.endsParagraph && i < lines.length - 1) pos += 1;
  });
  for (let k = n; k >= Math.max(1, Math.ceil(n * 0.6)); k--) {
    if (lines[k - 1].endsParagraph) return [text.slice(0, ends[k - 1]).trimEnd(), text.slice(ends[k - 1] + 1)];
  }
  // A space in the last two lines is a better cut than the middle of a Thai run.
  const startOf = (k: number) => (k >= 1 ? ends[k - 1] + (lines[k - 1].endsParagraph ? 1 : 0) : 0);
  const lineStart = startOf(n - 1);
  const searchFrom = n >= 2 && !lines[n - 2].endsParagraph ? startOf(n - 2) : lineStart;
  let cut = ends[n - 1];
  if (!/\s/.test(text[cut - 1] ?? "") && !/\s/.test(text[cut] ?? "")) {
    const space = text.lastIndexOf(" ", cut - 1);
    // Segmented from a line earlier: a word cut at the line start would mislead the dictionary.
    const word = lastWordBoundary(text, searchFrom, cut);
    if (space > searchFrom) cut = space + 1;
    else if (word > lineStart) cut = word;
    else {
      while (cut < text.length && COMBINING_MARK.test(text[cut])) cut++;
      while (cut > lineStart + 1 && LEADING_VOWEL.test(text[cut - 1])) cut--;
    }
  }
  // Never end a piece on a list number ("๔."): it goes with its text. Each step cuts strictly
  // earlier (before the number), so this ends.
  for (;;) {
    const marker = LIST_MARKER_AT_END.exec(text.slice(0, cut).trimEnd());
    if (!marker) break;
    const numberAt = marker.index + marker[1].length;
    if (numberAt <= 0 || numberAt >= cut) break;
    cut = numberAt;
  }
  // Whatever happens, the head holds something, so a continued row always moves on.
  if (text.slice(0, cut).trim() === "") cut = ends[n - 1];
  return [text.slice(0, cut).trimEnd(), text.slice(cut).replace(/^ +/, "")];
}
