import { bodyWidthPoints, pageBodyPoints } from "./page";
import { libreOfficeColumnPoints, lineCount, longestWordUnits, MAX_ROW_HEIGHT, rowHeightFor } from "./textMetrics";
import type { PlanCell, ReportPlan, SheetPlan } from "./types";

/**
 * How far balancing may move a column from its planned width: it grows at most to `maxGrowth`
 * times it (a long web address breaks instead), and shrinks to no less than `minShare` of it.
 * The layout tries each setting and keeps the widths that print on the fewest pages: the
 * balancing's own page count is a quick estimate, blind to how tall rows go in parts.
 */
export interface Balancing {
  maxGrowth: number;
  minShare: number;
}
export const BALANCINGS: readonly Balancing[] = [
  { maxGrowth: 1.6, minShare: 0.75 },
  { maxGrowth: 1.6, minShare: 0.5 },
  { maxGrowth: 2.5, minShare: 0.5 },
];
/** Room left beside a column's longest word, in units. */
const WORD_ROOM = 0;
/** Room beside a number's own width, in units: Excel's font may set it a little wider. */
const NUMBER_ROOM = 3;
/** Widths move in steps of this many units. */
const STEP = 1;

/**
 * Step 0 of the layout: the sheet's column widths. Each is first widened to its longest word,
 * so a Thai line never breaks inside a word ("ประสิทธิภา/พ"). Then width moves between the
 * columns of the main table, keeping the table as wide as planned, wherever that makes its rows
 * shorter in total: a row is as tall as its tallest cell, so a column of long steps gains the
 * width a column of short labels does not need.
 */
export function fitColumns(sheet: SheetPlan, plan: ReportPlan, { maxGrowth, minShare }: Balancing = BALANCINGS[0]): number[] {
  const widths = [...sheet.columns];
  const minimum = sheet.columns.map((w) => w * minShare);
  for (const block of sheet.blocks) {
    if (block.kind !== "table") continue;
    for (const row of [block.header, ...block.rows]) {
      eachAlone(row, widths.length, (cell, c) => {
        // A number never wraps: its column stays wide enough for the widest one, with room to
        // spare for Excel's own font (a narrower column prints ###).
        if (cell.value !== null && cell.value !== "" && plan.styles[cell.style].wrap === false) {
          minimum[c] = Math.max(minimum[c], Math.min(widths[c], longestWordUnits(String(cell.value).replace(/\s+/g, ""), sizeOf(cell, plan), plan.styles[cell.style].bold ?? false) + NUMBER_ROOM));
        }
        if (!wraps(cell, plan)) return;
        // A little over the word's own width: a word that just fits prints against the border.
        const needed = Math.ceil((longestWordUnits(String(cell.value), sizeOf(cell, plan), plan.styles[cell.style].bold ?? false) + WORD_ROOM) * 4) / 4;
        widths[c] = Math.max(widths[c], Math.min(needed, sheet.columns[c] * maxGrowth));
        minimum[c] = Math.max(minimum[c], Math.min(needed, widths[c]));
      });
    }
  }
  const main = sheet.blocks.find((b) => b.kind === "table" && b.repeatHeader);
  // As wide as planned (or as the page, when narrower): fit to width scales a wider table down.
  const planned = Math.max(sheet.columns.reduce((a, b) => a + b, 0), Math.floor((bodyWidthPoints(sheet.print) / libreOfficeColumnPoints(1)) * 4) / 4);
  const rowLimit = Math.min(MAX_ROW_HEIGHT, pageBodyPoints(sheet.print, sheet.columns)) - rowHeightFor(1, plan.font.size);
  const pageBody = pageBodyPoints(sheet.print, sheet.columns);
  return main && main.kind === "table" ? balance(widths, minimum, sheet.columns.map((w) => w * maxGrowth), [main.header, ...main.rows], plan, planned, rowLimit, pageBody) : widths;
}

function sizeOf(cell: PlanCell, plan: ReportPlan): number {
  return plan.font.size + (plan.styles[cell.style].sizeDelta ?? 0);
}

function wraps(cell: PlanCell, plan: ReportPlan): boolean {
  return typeof cell.value === "string" && cell.value !== "" && plan.styles[cell.style].wrap !== false && cell.style !== "groupRow";
}

/** Calls `f` for every cell alone in its column (not spanning others), with its column. */
function eachAlone(row: readonly PlanCell[], width: number, f: (cell: PlanCell, c: number) => void): void {
  if (row.length === 1 && row[0].style === "groupRow") return;
  let c = 0;
  for (const cell of row) {
    const span = cell.span ?? 1;
    if (span === 1 && c < width) f(cell, c);
    c += span;
  }
}

/** Narrows the table to `maxTotal` where that costs least height, then moves width between columns while the rows' total height falls. */
function balance(start: number[], minimum: number[], maximum: number[], rows: PlanCell[][], plan: ReportPlan, maxTotal: number, rowLimit: number, pageBody: number): number[] {
  const widths = [...start];
  const n = widths.length;
  // Line height of each cell at a given width, cached per column and width.
  const cache = new Map<string, number[]>();
  const heights = (c: number, w: number): number[] => {
    const key = `${c}|${w}`;
    let out = cache.get(key);
    if (!out) {
      out = rows.map((row) => {
        let h = 0;
        eachAlone(row, n, (cell, k) => {
          if (k === c && wraps(cell, plan)) h = rowHeightFor(lineCount(String(cell.value), w, sizeOf(cell, plan), plan.styles[cell.style].bold ?? false), sizeOf(cell, plan));
        });
        return h;
      });
      cache.set(key, out);
    }
    return out;
  };
  const total = (ws: number[]): number => {
    const columns = ws.map((w, c) => heights(c, w));
    // Pages first (a row that does not fit the rest of a page starts the next), then height.
    let pages = 1;
    let used = 0;
    let sum = 0;
    for (let i = 0; i < rows.length; i++) {
      let h = 0;
      for (const column of columns) if (column[i] > h) h = column[i];
      sum += h;
      if (i === 0) used = h;
      else if (h > rowLimit) {
        // Cut in parts: it fills the pages it runs over.
        used += h;
        while (used > pageBody) [pages, used] = [pages + 1, used - pageBody];
      } else if (used + h > pageBody) [pages, used] = [pages + 1, h];
      else used += h;
    }
    return pages * 100_000 + sum;
  };
  const sum = () => widths.reduce((a, b) => a + b, 0);
  while (sum() > maxTotal + 1e-9) {
    let pick = -1;
    let pickCost = Infinity;
    const step = Math.min(STEP, sum() - maxTotal);
    for (let c = 0; c < n; c++) {
      if (widths[c] - step < minimum[c]) continue;
      const trial = [...widths];
      trial[c] -= step;
      const t = total(trial);
      if (t < pickCost) [pick, pickCost] = [c, t];
    }
    if (pick < 0) break;
    widths[pick] -= step;
  }
  let best = total(widths);
  for (let round = 0; round < 200; round++) {
    let move: [number, number, number] | undefined;
    for (let from = 0; from < n; from++) {
      if (widths[from] - STEP < minimum[from]) continue;
      for (let to = 0; to < n; to++) {
        if (to === from || widths[to] + STEP > maximum[to]) continue;
        const trial = [...widths];
        trial[from] -= STEP;
        trial[to] += STEP;
        const t = total(trial);
        if (t < best - 0.01 && (!move || t < move[2])) move = [from, to, t];
      }
    }
    if (!move) break;
    widths[move[0]] -= STEP;
    widths[move[1]] += STEP;
    best = move[2];
  }
  return widths;
}
