/**
 * The report plan: a declarative description of the workbook (pdfmake-style), produced by the
 * core and applied by a renderer (ExcelJS file or live workbook through Office.js).
 * Renderers never decide content; they map styles and print setup to their API.
 */

export type StyleName =
  | "title"
  | "subtitle"
  | "paragraph"
  | "sectionHeading"
  | "tableHeader"
  | "groupRow"
  | "text"
  | "textCenter"
  | "score"
  | "scoreImprove"
  | "change"
  | "maintain"
  | "draft"
  /** The documents' own parts (issue 10): the cover's lines, the memo's heading, labels and text, signature blocks. */
  | "coverTitle"
  | "coverLine"
  | "memoHeading"
  | "memoLabel"
  | "memoText"
  | "memoValue"
  | "signature";

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** Font size relative to the plan's base size, in points (e.g. +2). */
  sizeDelta?: number;
  color?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right" | "centerAcross";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
}

export interface PlanCell {
  /** Strings are always written as text (never as formulas); numbers stay numbers. */
  value: string | number | null;
  style: StyleName;
  /** Number format for numeric cells, e.g. "0.00". */
  numberFormat?: string;
  /** Columns this cell covers (merged), default 1. */
  span?: number;
  /** A note from the software to the person editing (an Excel cell note): never printed. */
  note?: string;
  /**
   * The text is a draft the office must confirm or replace: marked on screen until the cell is
   * edited (renderers compare the cell with this text), never marked on paper by the plan.
   */
  draft?: true;
}

export type Block =
  /** Lines centred across the sheet width, one row each. */
  | { kind: "title"; lines: { text: string; style: "title" | "subtitle" | "coverTitle" | "coverLine" }[]; pageBreakBefore?: boolean }
  /** Wrapped text across the sheet width (a merged row with an estimated height). */
  | { kind: "paragraph"; text: string; style?: StyleName; pageBreakBefore?: boolean; note?: string; draft?: true }
  /**
   * A table; `repeatHeader` marks the header printed at the top of every page. `editRoom`: the
   * column users extend (the measure plan's steps, the follow-up's results), and how many
   * characters each row leaves room for there, so an edit never makes a row taller than a page.
   */
  | { kind: "table"; header: PlanCell[]; rows: PlanCell[][]; repeatHeader?: boolean; pageBreakBefore?: boolean; editRoom?: EditRoom }
  /** An empty row; `lines` tall (default a little under one line). */
  | { kind: "spacer"; lines?: number }
  /**
   * Unbordered rows of cells with spans (a memo's lines, signature blocks). `together`: the rows
   * go to the next page rather than split; `withPrevious`: likewise, and the last row before
   * them goes along, so they never start a page alone.
   */
  | { kind: "rows"; rows: PlanCell[][]; keep?: "together" | "withPrevious"; /** Shorter rows printed instead where only they fit the rest of the page. */ fallback?: PlanCell[][] }
  | ChartBlock;

/** Where users add text to a table's rows (0-based column) and how much (characters). */
export interface EditRoom {
  column: number;
  chars: number;
}

/**
 * A horizontal bar chart of the nearest table above it, drawn over one reserved empty row of
 * `height` points (a row is never cut between pages, so neither is the chart). Renderers point
 * the chart at that table's cells, so a corrected score redraws it; `categories` and `values`
 * are the same data, for a renderer's cached copy and for a preview.
 */
export interface ChartBlock {
  kind: "chart";
  title: string;
  /** Which cells of each row of the table above hold a bar's label and its value (index into the row's cells). */
  source: { category: number; value: number };
  categories: string[];
  values: number[];
  /** The value axis: range, step of the gridlines, and the number format of its labels. */
  axis: { min: number; max: number; majorUnit: number; numberFormat: string; title: string };
  /** Number format of the value printed at the end of each bar. */
  labelFormat: string;
  /** Height of the reserved row (and of the chart) in points, for a 16 pt report (the layout grows it with a larger font)… */
  height: number;
  /** …or less, down to this, where that keeps the chart on the page the table ends on. */
  minHeight?: number;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Scale to one page wide, as many pages tall as needed. */
  fitToWidth: boolean;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Footer text with &P (page) and &N (pages), Excel header/footer codes. */
  footer: string;
  centerHorizontally: boolean;
  /** Footer of the first printed page when it differs (a cover or a memo's first page: none). */
  firstFooter?: string;
}

export type SheetRole = "analysis" | "measuresMemo" | "measures" | "followUpMemo" | "followUp" | "catalogue";

/** A picture placed over the cells (the memo's Garuda emblem), its top-left corner at a cell. */
export interface PlanImage {
  base64: string;
  extension: "png" | "jpeg";
  /** 1-based sheet row and column of the top-left corner. */
  row: number;
  column: number;
  /** Printed size in points. */
  width: number;
  height: number;
}

export interface SheetPlan {
  name: string;
  role: SheetRole;
  /** Column widths in Excel character units. */
  columns: number[];
  blocks: Block[];
  print: PrintSetup;
  tabColor?: string;
  images?: PlanImage[];
}

export interface ReportPlan {
  font: { name: string; size: number };
  styles: Record<StyleName, StyleSpec>;
  sheets: SheetPlan[];
  /** Document properties. */
  meta: { title: string; agency: string | null; assessmentYear: number; planYear: number };
}
