import { th } from "../strings/th";
import { lastWordBoundary } from "../text/thaiWords";
import { chartCells, type LaidChart, type LaidTable } from "./charts";
import { PageFiller, type PageState } from "./paginate";
import type { Block, EditRoom, PlanCell, ReportPlan, SheetPlan, StyleName } from "./types";
import { MAX_ROW_HEIGHT, linePitch, rowHeightFor, textWidthFor, wrapLinesDetailed } from "./textMetrics";
import { textWidthPoints } from "./textWidth";

/**
 * Step 1 and 2 of the layout: a sheet's blocks as sheet rows, each with its height.
 * One table cell holds one whole text (a weakness, a measure, a list of steps), so editing it
 * means editing one cell. A table row must leave room on its page for an edit: a row whose
 * widest text would not (editHeadroom) goes on in the next row, cut between paragraphs, list
 * items or sentences, never inside one, and marked "(ต่อ)"; so does a text taller than a page
 * or than Excel's 409 pt row limit.
 *
 * Unmerged table rows are auto-height rows: renderers store the computed height (what
 * LibreOffice prints) but let Excel refit them, and LibreOffice refits them when a cell is
 * edited. Rows holding a merged range never refit: their height is computed for the narrower
 * of Excel's and LibreOffice's columns, with a little slack.
 */

/** One sheet row as renderers write it. */
export interface LaidRow {
  /** 1-based sheet row. */
  row: number;
  /** One entry per column; cells covered by a merge are null-valued copies of its style. */
  cells: PlanCell[];
  /** Height in points (as LibreOffice prints the row; explicit where `autoHeight` is not set). */
  height: number;
  /** Merged ranges in this row, 1-based inclusive columns. */
  merges: Merge[];
  /** A table row without merged cells: Excel and LibreOffice may refit it to its text. */
  autoHeight?: boolean;
  /** A manual page break before this row: only where a new part of the document must start a page. */
  pageBreakBefore?: boolean;
}

export type Merge = { from: number; to: number };

export interface SheetRows {
  rows: LaidRow[];
  /** Pages the rows print on (paginate.ts). */
  pages: number;
  /** Rows printed at the top of every page, 1-based inclusive. */
  printTitleRows?: [number, number];
  /** Charts, each over a reserved row of its own (charts.ts). */
  charts: LaidChart[];
}

/** Extra height of a merged row: Excel may wrap it a little differently and cannot refit it. */
export const MERGED_SLACK = 3;

interface Context {
  plan: ReportPlan;
  widths: number[];
  /** The tallest a row may be anywhere: Excel's row limit, less a line for Excel's narrower columns. */
  excelLimit: number;
  pages: PageFiller;
  /** Where users extend the rows of the table being laid out, if they do (types.ts, EditRoom). */
  edit?: EditRoom;
}

/**
 * The rows of a sheet, placed on pages as they come (paginate.ts) so that a text taller than a
 * page starts on the page it comes to, filling it, and goes on in rows of at most a page.
 */
export function sheetRows(sheet: SheetPlan, plan: ReportPlan, widths: number[], pageBody: number): SheetRows {
  const ctx: Context = { plan, widths, excelLimit: MAX_ROW_HEIGHT - rowHeightFor(1, plan.font.size), pages: new PageFiller(pageBody) };
  const rows: LaidRow[] = [];
  let printTitleRows: [number, number] | undefined;
  let breakNext = false;
  const charts: LaidChart[] = [];
  /** The last table laid out, for a chart below it. */
  let lastTable: LaidTable | undefined;
  /** The filler's state before each row was placed. */
  const states: PageState[] = [];
  const push = (row: Omit<LaidRow, "row">): LaidRow => {
    const laid: LaidRow = { row: rows.length + 1, ...row, ...(breakNext && rows.length > 0 ? { pageBreakBefore: true } : {}) };
    rows.push(laid);
    states.push(ctx.pages.snapshot());
    ctx.pages.place(laid);
    breakNext = false;
    return laid;
  };
  /**
   * A row as it is, or, taller than it may be kept whole, in parts: the first filling the page
   * it starts on, the others each within the keep-whole limit.
   */
  const place = (row: RowCells, auto: boolean) => {
    const whole = heightOf(row, ctx);
    const limit = Math.min(ctx.excelLimit, ctx.pages.fullPage());
    const room = auto ? editHeadroom(row, ctx) : undefined;
    if (whole <= limit && leavesRoom(row, room, ctx)) {
      push({ ...row, height: whole, ...(auto ? { autoHeight: true } : {}) });
      return;
    }
    // The first part fills the rest of this page if every text can be cut there between
    // paragraphs (list items) or sentences; otherwise the row starts on the next page.
    const minimum = rowHeightFor(MIN_PART_LINES, plan.font.size);
    const rest = breakNext ? limit : Math.min(ctx.excelLimit, ctx.pages.room() - TIGHT);
    const clean =
      (rest >= minimum && rest < limit ? splitRow(row, ctx, rest, limit, "all", room) : undefined) ??
      splitRow(row, ctx, limit, limit, "all", room) ??
      // A text a page holds whole that cannot be cut cleanly stays whole.
      (whole <= limit ? [row] : undefined);
    const parts = clean ?? (rest >= minimum && rest < limit ? splitRow(row, ctx, rest, limit, "first") : undefined) ?? splitRow(row, ctx, limit, limit, "none")!;
    for (const part of parts) push({ ...part, height: heightOf(part, ctx), ...(auto ? { autoHeight: true } : {}) });
  };
  /**
   * Height a table row needs on the current page below `above` (points placed on it first,
   * `full`: what a page holds for a row): whole, the part place() would start there, or, when
   * it cannot start there, as much as makes it go to the next page.
   */
  const startHeight = (row: RowCells, above: number, full = ctx.pages.fullPage()): number => {
    const h = heightOf(row, ctx);
    const limit = Math.min(ctx.excelLimit, full);
    const room = editHeadroom(row, ctx, full);
    if (h <= limit && leavesRoom(row, room, ctx)) return h;
    const rest = Math.min(ctx.excelLimit, ctx.pages.room() - TIGHT - above);
    const first = rest >= rowHeightFor(MIN_PART_LINES, size) && rest < limit ? splitRow(row, ctx, rest, limit, "all", room)?.[0] : undefined;
    // Not cut to start here, the row starts the next page (cut cleanly, or whole), unless only
    // a cut anywhere can part it: that part fills the page.
    return first ? heightOf(first, ctx) : h <= limit || splitRow(row, ctx, limit, limit, "all", room) ? Math.min(h, limit) : rowHeightFor(MIN_PART_LINES, size);
  };
  /**
   * A group row ("ประเด็นที่ …") that would end a page alone goes to the next one, without a
   * manual break: the row above it takes the rest of the page. That row is auto-height, so an
   * edit refits it and the space goes, and Excel, which refits it on opening, breaks by itself.
   */
  const keepGroupWithNext = (group: RowCells, next: RowCells) => {
    const above = rows[rows.length - 1];
    const groupHeight = heightOf(group, ctx);
    const nextLead = startHeight(next, groupHeight);
    if (!above?.autoHeight || (printTitleRows && above.row === printTitleRows[1]) || !ctx.pages.fits(groupHeight) || ctx.pages.fits(groupHeight + nextLead)) return;
    const extra = Math.floor(ctx.pages.room() / PIXEL) * PIXEL;
    if (extra <= 0) return;
    // The row above cannot take the rest of the page (Excel's row limit): a manual break.
    if (above.height + extra > ctx.excelLimit) return void (breakNext = true);
    above.height += extra;
    ctx.pages.grow(extra);
  };
  const width = widths.length;
  const size = plan.font.size;
  /** Height the first row of a table needs on the page its header is on: whole, or its first lines. */
  /**
   * Height the first row of a table needs on the page its header is on (`above`: what goes on
   * that page before the header): whole, or the part of it place() would start there.
   */
  const lead = (block: TableBlock, above = 0): number => {
    const outer = ctx.edit;
    ctx.edit = block.editRoom;
    let height = heightOf(spread(block.header, width), ctx);
    // Pages hold the row less the header once it repeats.
    const full = block.repeatHeader && !printTitleRows ? ctx.pages.fullPage() - height : ctx.pages.fullPage();
    // A group row comes with the row under it.
    for (const cells of block.rows) {
      const row = spread(cells, width);
      const h = heightOf(row, ctx);
      height += isGroup(cells) ? h : startHeight(row, above + height, full);
      if (!isGroup(cells)) break;
    }
    ctx.edit = outer;
    return height;
  };
  /** Rows blocks printed in their shorter form (they fit the rest of a page only so). */
  const shorter = new Set<Block>();
  const rowsOf = (block: Extract<Block, { kind: "rows" }>) => (shorter.has(block) && block.fallback ? block.fallback : block.rows);
  /** Height of unbordered rows of cells, spread over the sheet's width. */
  const heightOfCells = (list: PlanCell[][]) => list.reduce((sum, cells) => sum + heightOf(spread(cells, width), ctx), 0);
  const heightOfRows = (block: Extract<Block, { kind: "rows" }>) => heightOfCells(rowsOf(block));
  /** A block that fits after `last` only in its shorter form takes that form. */
  const chooseForm = (last: RowCells, next: Block | undefined) => {
    if (next?.kind !== "rows" || !next.fallback || breakNext || rows.length === 0) return;
    const own = heightOf(last, ctx);
    const short = heightOfCells(next.fallback);
    // The room under the row on the page it prints on (the next one when it does not fit this).
    const after = (ctx.pages.fits(own) ? ctx.pages.room() : ctx.pages.fullPage()) - own;
    if (after < heightOfRows(next) && after >= short) shorter.add(next);
  };
  /** Rows that must not start a page alone (a signature block) take the row before them along. */
  const keepWithLast = (last: RowCells, next: Block | undefined) => {
    if (next?.kind !== "rows" || next.keep !== "withPrevious" || breakNext || rows.length === 0) return;
    const own = heightOf(last, ctx);
    const need = own + heightOfRows(next);
    if (ctx.pages.fits(own) && !ctx.pages.fits(need) && need <= ctx.pages.fullPage()) breakNext = true;
  };
  /**
   * A last table row too tall to go to the next page with the rows after it (a signature block)
   * is cut, and its last lines go with them: the block never starts a page alone. True when done.
   */
  const endWithNext = (last: RowCells, next: Block | undefined, auto: boolean): boolean => {
    if (next?.kind !== "rows" || next.keep !== "withPrevious") return false;
    const own = heightOf(last, ctx);
    const after = heightOfRows(next);
    const full = Math.min(ctx.excelLimit, ctx.pages.fullPage());
    const tail = rowHeightFor(MIN_PART_LINES, size);
    const page = ctx.pages.fullPage();
    if (own > full || own + after <= page || (ctx.pages.fits(own + after) && !breakNext)) return false;
    const available = breakNext || !ctx.pages.fits(own) ? full : ctx.pages.room();
    const first = Math.min(available, own - tail);
    if (first < tail || after + tail > page) return false;
    const parts = splitRow(last, ctx, first, Math.min(full, page - after), "none");
    if (!parts || parts.length < 2) return false;
    parts.forEach((part, k) => {
      const height = heightOf(part, ctx);
      // The last part starts the page the rows after it print on (the head may leave room above).
      if (k === parts.length - 1 && !ctx.pages.fits(height + after)) breakNext = true;
      push({ ...part, height, ...(auto ? { autoHeight: true } : {}) });
    });
    return true;
  };
  let kept = false;
  sheet.blocks.forEach((block, index) => {
    if ((block.kind === "paragraph" || block.kind === "table" || block.kind === "title") && block.pageBreakBefore) breakNext = true;
    // A heading, and a table's header, start a page rather than end one alone: the one manual
    // break a part of the document may need, before its heading.
    const next = sheet.blocks[index + 1];
    let keep = 0;
    if (block.kind === "paragraph" && block.style === "sectionHeading" && next && !((next.kind === "paragraph" || next.kind === "table" || next.kind === "title") && next.pageBreakBefore)) {
      const cell: PlanCell = { value: block.text, style: "sectionHeading" };
      keep = heightOf({ cells: fill([cell], width, cell.style), merges: width > 1 ? [{ from: 1, to: width }] : [] }, ctx);
      if (next.kind === "table") keep += lead(next, keep);
      else if (next.kind === "paragraph") {
        // A paragraph a page holds is never cut: the heading goes with all of it.
        const whole = heightOf({ cells: fill([{ value: next.text, style: next.style ?? "paragraph" }], width, "paragraph"), merges: width > 1 ? [{ from: 1, to: width }] : [] }, ctx);
        keep += whole <= Math.min(ctx.excelLimit, ctx.pages.fullPage()) ? whole : rowHeightFor(MIN_PART_LINES, size);
      }
    } else if (block.kind === "table" && !kept) keep = lead(block);
    if (keep > 0 && !breakNext && rows.length > 0 && !ctx.pages.fits(keep + TIGHT) && keep <= ctx.pages.fullPage()) breakNext = true;
    kept = block.kind === "paragraph" && block.style === "sectionHeading" && next?.kind === "table";
    switch (block.kind) {
      case "title":
        for (const line of block.lines) {
          const s = size + (plan.styles[line.style].sizeDelta ?? 0);
          push({ cells: fill([{ value: line.text, style: line.style }], width, line.style), height: rowHeightFor(1, s), merges: [] });
        }
        break;
      case "paragraph": {
        const cell: PlanCell = { value: block.text, style: block.style ?? "paragraph", ...(block.note ? { note: block.note } : {}), ...(block.draft ? { draft: true as const } : {}) };
        const row: RowCells = { cells: fill([cell], width, cell.style), merges: width > 1 ? [{ from: 1, to: width }] : [] };
        chooseForm(row, next);
        keepWithLast(row, next);
        place(row, false);
        break;
      }
      case "table": {
        ctx.edit = block.editRoom;
        const header = spread(block.header, width);
        const laid = push({ ...header, height: heightOf(header, ctx), ...(header.merges.length === 0 ? { autoHeight: true } : {}) });
        if (block.repeatHeader) {
          printTitleRows = [laid.row, laid.row];
          ctx.pages.repeat(laid.row, laid.height);
        }
        const table: LaidTable = { rows: block.rows, sheetRows: [] };
        block.rows.forEach((cells, j) => {
          const row = spread(cells, width);
          const next = block.rows[j + 1];
          if (isGroup(cells) && next && !isGroup(next)) keepGroupWithNext(row, spread(next, width));
          const before = rows.length;
          if (j === block.rows.length - 1) chooseForm(row, sheet.blocks[index + 1]);
          if (j === block.rows.length - 1 && endWithNext(row, sheet.blocks[index + 1], row.merges.length === 0)) return;
          if (j === block.rows.length - 1) keepWithLast(row, sheet.blocks[index + 1]);
          place(row, row.merges.length === 0);
          table.sheetRows.push(rows.slice(before).map((r) => r.row));
        });
        lastTable = table;
        ctx.edit = undefined;
        break;
      }
      case "chart": {
        // One empty row as tall as the chart: rows are never cut, so the chart prints whole,
        // on the next page when the rest of this one is too short even for its smallest
        // height. A chart whose data is not one block of cells is left out, row and all.
        // Heights are for a 16 pt report; a larger font has larger labels, so a taller chart.
        const grow = Math.max(1, size / CHART_BASE_SIZE);
        const full = Math.min(Math.round((block.height * grow) / PIXEL) * PIXEL, ctx.excelLimit, ctx.pages.fullPage());
        const room = Math.floor((ctx.pages.room() - CHART_ROOM) / PIXEL) * PIXEL;
        const height = !breakNext && room < full && room >= (block.minHeight ?? block.height) * grow ? room : full;
        const laid = chartCells(block, lastTable, rows.length + 1, height);
        if (!laid) break;
        push({ cells: fill([], width, "paragraph"), height, merges: [] });
        charts.push(laid);
        break;
      }
      case "spacer":
        push({ cells: fill([], width, "paragraph"), height: block.lines ? rowHeightFor(1, size) * block.lines : Math.ceil(size * 0.9), merges: [] });
        break;
      case "rows": {
        // Kept whole: to the next page when the rest of this one cannot hold them. A block that
        // must not start a page alone takes its shorter form where only that fits (the row before
        // it may have been cut into parts after chooseForm looked at it whole).
        if (block.keep === "withPrevious" && block.fallback && !breakNext && rows.length > 0 && !ctx.pages.fits(heightOfRows(block))) {
          if (ctx.pages.fits(heightOfCells(block.fallback))) shorter.add(block);
        }
        // Still no room (the row before was cut into parts, the last of them at a page's foot):
        // that last row starts the next page, with a break, and the block goes with it.
        if (block.keep === "withPrevious" && !breakNext && rows.length > 1 && !ctx.pages.fits(heightOfRows(block))) {
          const last = rows[rows.length - 1];
          const before = states[states.length - 1];
          const startedPage = before.placed === 0 || before.pages !== ctx.pages.pages || last.pageBreakBefore;
          if (!startedPage && last.height + heightOfRows(block) <= ctx.pages.fullPage()) {
            ctx.pages.restore(before);
            last.pageBreakBefore = true;
            ctx.pages.place(last);
          }
        }
        const own = rowsOf(block);
        const total = heightOfRows(block);
        if (block.keep && !breakNext && rows.length > 0 && !ctx.pages.fits(total) && total <= ctx.pages.fullPage()) breakNext = true;
        own.forEach((cells, j) => {
          const row = spread(cells, width);
          if (j === own.length - 1) keepWithLast(row, next);
          place(row, false);
        });
        break;
      }
    }
  });
  return { rows, ...(printTitleRows ? { printTitleRows } : {}), pages: ctx.pages.pages, charts };
}

/**
 * Points a page is kept short of full where the layout chooses what starts a page: LibreOffice
 * grows the footer into the body by about this much (its Thai line is taller than the font
 * size it makes room for), so a page the layout fills to the last point may print a row less.
 */
const TIGHT = 9;

/** The fewest lines worth starting a continued text with at the foot of a page. */
const MIN_PART_LINES = 3;

/**
 * A column too narrow to leave that room and still hold this share of a page (its texts
 * would go in parts of a few lines each) keeps texts of up to NARROW_KEEP_SHARE of a page.
 */
const MIN_EDIT_SHARE = 0.35;
const NARROW_KEEP_SHARE = 0.7;
/** Lines an added text takes beyond its width: it starts on a new line. */
const EDIT_EXTRA_LINES = 1;
/**
 * Thai prose as a user adds it (a step, a result with its order's number and date), for the
 * average advance of the characters to come: the cell's own text may be a dotted line or codes.
 */
const ADDED_TEXT = "ประชุมชี้แจงแนวทางการปฏิบัติงานแก่บุคลากรทุกส่วนราชการ ตามคำสั่งที่ ๑๒๓/๒๕๖๙ ลงวันที่ ๑๕ มีนาคม ๒๕๖๙";

/** The column of a row a user's edit is made room for, and the tallest its text may be. */
type Headroom = { column: number; height: number };

/**
 * Room for an edit: the text of the table's edited column (EditRoom) may take the room a row
 * has on a page less the lines its `chars` more characters take there (at the average advance
 * of Thai prose, on a new line, as an added step is). A row whose text there is taller
 * is cut into parts that each leave that room, so an edit moves page breaks but never makes a
 * row taller than a page, which LibreOffice prints cut. (Excel's own limit of 409 pt per row
 * is kept for the text as laid out; an edit past it is Excel's to show.)
 */
export function editHeadroom(row: RowCells, ctx: Context, fullPage = ctx.pages.fullPage()): Headroom | undefined {
  const edit = ctx.edit;
  const cell = edit ? row.cells[edit.column] : undefined;
  if (!edit || !cell || ctx.plan.styles[cell.style].wrap === false || row.merges.some((m) => m.from <= edit.column + 1 && m.to >= edit.column + 1)) return undefined;
  const size = sizeOf(cell, ctx);
  const perChar = textWidthPoints(ADDED_TEXT, size, ctx.plan.styles[cell.style].bold ?? false) / ADDED_TEXT.length;
  const lines = Math.ceil((edit.chars * perChar) / textWidthFor(ctx.widths[edit.column] ?? 10)) + EDIT_EXTRA_LINES;
  const room = Math.min(ctx.excelLimit, fullPage);
  const spare = fullPage - lines * linePitch(size);
  return { column: edit.column, height: spare >= room * MIN_EDIT_SHARE ? spare : room * NARROW_KEEP_SHARE };
}

function leavesRoom(row: RowCells, room: Headroom | undefined, ctx: Context): boolean {
  return !room || cellHeight(row, room.column, ctx) <= room.height;
}

function cellHeight(row: RowCells, c: number, ctx: Context): number {
  const text = row.cells[c].value;
  return heightOf(withCell(row, c, text === null ? "" : String(text)), ctx);
}

type RowCells = { cells: PlanCell[]; merges: Merge[] };
const isGroup = (cells: readonly PlanCell[]) => cells.length === 1 && cells[0].style === "groupRow";
/** Room a shrunk chart leaves at the foot of its page, so the printer's rounding keeps it there. */
const CHART_ROOM = 6;
/** The font size a chart block's heights are given for. */
const CHART_BASE_SIZE = 16;
/** LibreOffice keeps row heights in whole pixels. */
const PIXEL = 0.75;
type TableBlock = Extract<Block, { kind: "table" }>;

function fill(cells: PlanCell[], width: number, style: StyleName): PlanCell[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push({ value: null, style: out[out.length - 1]?.style ?? style });
  return out;
}

/** Expands spans into merged ranges; a group row (first cell "groupRow") spans the table. */
function spread(cells: PlanCell[], width: number): RowCells {
  if (cells.length === 1 && cells[0].style === "groupRow") {
    return { cells: fill(cells, width, "groupRow"), merges: width > 1 ? [{ from: 1, to: width }] : [] };
  }
  const out: PlanCell[] = [];
  const merges: Merge[] = [];
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
  return { cells: fill(out, width, "text"), merges };
}

/** Width in column units of the cell at `c` (its merge, if any). */
function widthAt(c: number, merges: Merge[], widths: number[]): number {
  const m = merges.find((x) => x.from === c + 1);
  if (!m) return widths[c] ?? 10;
  let w = 0;
  for (let k = m.from - 1; k < m.to; k++) w += widths[k] ?? 10;
  return w;
}

/** Printed lines of each cell: wrapped text, or one line for a style that never wraps (numbers). */
function cellLines(row: RowCells, c: number, ctx: Context, share = 1): number {
  const cell = row.cells[c];
  const spec = ctx.plan.styles[cell.style];
  const text = cell.value === null ? "" : String(cell.value);
  if (text === "" || spec.wrap === false) return text === "" ? 0 : 1;
  const target = row.merges.length > 0 ? "both" : "libreoffice";
  return wrapLinesDetailed(text, widthAt(c, row.merges, ctx.widths) * share, sizeOf(cell, ctx), spec.bold ?? false, target).length;
}

function sizeOf(cell: PlanCell, ctx: Context): number {
  return ctx.plan.font.size + (ctx.plan.styles[cell.style].sizeDelta ?? 0);
}

/**
 * Height of a row: its tallest cell at its own font size; a merged row with slack. The tallest
 * cell is also wrapped a little narrower: where that takes a line more, LibreOffice's
 * dictionary may too (it keeps some compounds whole that the platform's splits), and the row
 * gets that line rather than print its text cut.
 */
export function heightOf(row: RowCells, ctx: Context): number {
  let height = rowHeightFor(1, ctx.plan.font.size);
  let tallest = -1;
  row.cells.forEach((cell, c) => {
    const h = rowHeightFor(cellLines(row, c, ctx), sizeOf(cell, ctx));
    if (h > height || (tallest < 0 && h === height)) tallest = c;
    height = Math.max(height, h);
  });
  if (tallest >= 0) height = Math.max(height, rowHeightFor(cellLines(row, tallest, ctx, SAFETY_WIDTH), sizeOf(row.cells[tallest], ctx)));
  return row.merges.length > 0 ? height + MERGED_SLACK : height;
}

/** Share of its width the tallest cell of a row is also wrapped in. */
const SAFETY_WIDTH = 1;

/**
 * A row as it is, or, when taller than the limit, as parts each within it (the first within
 * `firstLimit`): every text cell keeps the paragraphs (list items) that fit and goes on in the
 * next part, which starts "(ต่อ)". `clean`: which parts are cut only between paragraphs or
 * sentences ("first": the first, for a text a whole page holds), else undefined. With `room`,
 * each part leaves room for an edit (editHeadroom).
 */
function splitRow(row: RowCells, ctx: Context, firstLimit: number, restLimit: number, clean: "all" | "first" | "none", room?: Headroom): RowCells[] | undefined {
  const parts: RowCells[] = [];
  let rest: RowCells | undefined = row;
  while (rest) {
    const limit = parts.length === 0 ? firstLimit : restLimit;
    if (heightOf(rest, ctx) <= limit && leavesRoom(rest, room, ctx)) {
      parts.push(rest);
      break;
    }
    const current: RowCells = rest;
    const heads: PlanCell[] = [];
    const tails: PlanCell[] = [];
    let more = false;
    let failed = false;
    current.cells.forEach((cell, c) => {
      const text = typeof cell.value === "string" ? cell.value : "";
      const own = room && room.column === c ? Math.min(limit, room.height) : limit;
      const fits = (t: string) => heightOf(withCell(current, c, t), ctx) <= own;
      // A text that a whole page holds is cut only between paragraphs or sentences, or not at all here.
      const paragraphsOnly = clean === "all" || (clean === "first" && parts.length === 0 && heightOf(withCell(current, c, text), ctx) <= restLimit);
      // A continued text is cut after its "(ต่อ)", which is no place to cut.
      const mark = text.startsWith(CONTINUED) ? CONTINUED : "";
      const cut = text !== "" && ctx.plan.styles[cell.style].wrap !== false ? cutToFit(text.slice(mark.length), (t) => fits(mark + t), paragraphsOnly ? CLEAN_CUTS : undefined) : [cell.value, ""];
      if (!cut) return void (failed = true);
      const head = typeof cut[0] === "string" && cut[0] !== "" ? mark + cut[0] : cut[0];
      const tail = cut[1];
      heads.push({ ...cell, value: head === "" ? null : head });
      // The note stays with the first part.
      const { note: _note, ...rest } = cell;
      tails.push({ ...rest, value: tail === "" ? null : `${CONTINUED}${tail}` });
      if (tail !== "") more = true;
    });
    if (failed) return undefined;
    parts.push({ cells: heads, merges: current.merges });
    rest = more ? { cells: tails, merges: current.merges } : undefined;
  }
  return parts;
}

const CONTINUED = `${th.report.continued} `;
/** Places a text is cut at without cutting a sentence or a list item. */
const CLEAN_CUTS: CutKind[] = ["paragraph", "sentence", "item"];

function withCell(row: RowCells, c: number, text: string): RowCells {
  return { cells: row.cells.map((cell, k) => (k === c ? { ...cell, value: text } : { ...cell, value: null })), merges: row.merges };
}

/**
 * Where a text may be cut, best first: after a paragraph (a list item); after a Thai sentence
 * (a space between Thai words, or after a closing bracket, not beside a number, which belongs
 * to its sentence); after the comma between list items; at any space.
 */
const CUTS: Record<"paragraph" | "sentence" | "item" | "space", RegExp> = {
  paragraph: /\n/g,
  // The character before the space is matched, not looked behind at (old webviews cannot parse
  // lookbehind): the cut is the match's last character.
  sentence: /[\u0e01-\u0e4e)] (?=[\u0e01-\u0e4e])/g,
  // After the comma between the items of a list ("i1 (61.00), i2 (62.00)").
  item: /, /g,
  space: / /g,
};
export type CutKind = keyof typeof CUTS;

/**
 * The longest start of a text that `fits`, cut at the best kind of place that fits (see CUTS),
 * else between words; at least one piece, so a cut always moves on. With `only`, just those
 * kinds of place, or undefined.
 */
export function cutToFit(text: string, fits: (head: string) => boolean): [string, string];
export function cutToFit(text: string, fits: (head: string) => boolean, only: CutKind[] | undefined): [string, string] | undefined;
export function cutToFit(text: string, fits: (head: string) => boolean, only?: CutKind[]): [string, string] | undefined {
  if (fits(text)) return [text, ""];
  for (const kind of only ?? (["paragraph", "sentence", "item", "space"] as const)) {
    let best = -1;
    for (const m of text.matchAll(CUTS[kind])) {
      const at = (m.index ?? 0) + m[0].length - 1;
      if (at === 0) continue;
      if (!fits(text.slice(0, at).trimEnd())) break;
      best = at;
    }
    if (best > 0) return [text.slice(0, best).trimEnd(), text.slice(best + 1).replace(/^[ \n]+/, "")];
  }
  if (only) return undefined;
  // One long Thai run: the first half that fits, by word boundaries found by the line wrap.
  let lo = 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const word = lastWordBoundary(text, 0, lo);
  const cut = word > 0 ? word : lo;
  return [text.slice(0, cut), text.slice(cut)];
}
