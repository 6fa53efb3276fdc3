import type { ChartBlock, PlanCell } from "./types";

/** A chart as laid out: the row it is drawn over and the sheet cells it reads. */
export interface LaidChart {
  chart: ChartBlock;
  /** The reserved row the chart covers, 1-based (the chart spans every column of the sheet). */
  row: number;
  /** That row's height, in points: the chart's. */
  height: number;
  /** The labels: one column, rows first–last, 1-based inclusive. */
  categories: CellColumn;
  /** The values, in the same rows. */
  values: CellColumn;
}

export interface CellColumn {
  column: number;
  rows: [number, number];
}

/** The table a chart reads: its body rows as planned, and the sheet rows each was laid out on. */
export interface LaidTable {
  rows: PlanCell[][];
  /** Per planned row, the sheet rows it took (more than one where a long text went on). */
  sheetRows: number[][];
}

/**
 * Where a chart's data is on the sheet: the columns of its source cells (spans counted) in the
 * rows of the table above it. Undefined when that is not one block of cells a chart can read
 * (a row laid out in parts, or rows of different shapes); the layout then leaves the chart out.
 */
export function chartCells(chart: ChartBlock, table: LaidTable | undefined, row: number, height: number): LaidChart | undefined {
  if (!table || table.rows.length === 0 || table.rows.length !== chart.values.length) return undefined;
  const first = table.sheetRows[0]?.[0];
  if (first === undefined || table.sheetRows.some((r, k) => r.length !== 1 || r[0] !== first + k)) return undefined;
  const category = columnOf(table.rows[0], chart.source.category);
  const value = columnOf(table.rows[0], chart.source.value);
  if (category === undefined || value === undefined) return undefined;
  if (table.rows.some((cells) => columnOf(cells, chart.source.category) !== category || columnOf(cells, chart.source.value) !== value)) return undefined;
  const rows: [number, number] = [first, first + table.rows.length - 1];
  return { chart, row, height, categories: { column: category, rows }, values: { column: value, rows } };
}

/** 1-based sheet column of the cell at `index` of a planned row (earlier cells' spans counted). */
function columnOf(cells: readonly PlanCell[], index: number): number | undefined {
  if (index >= cells.length) return undefined;
  let column = 1;
  for (let k = 0; k < index; k++) column += Math.max(1, cells[k].span ?? 1);
  return column;
}
