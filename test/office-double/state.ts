/**
 * The in-memory workbook behind the Office double. Tests build it through `DoubleInitial`, then
 * inspect it directly (cells, formats, merges, page setup, document settings) after the code
 * under test has run. Plain data and small pure helpers: no Office semantics live here.
 */
import { MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet, type Rect } from "./address";
import type { ChartState } from "./charts";

export type CellScalar = string | number | boolean;

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

export interface CellFormat {
  numberFormat: string;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  /** null = no fill. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Partial<Record<BorderSide, BorderState>>;
}

export interface CellState {
  /** null = empty. For a formula cell, what Excel would show (the double does not calculate). */
  value: CellScalar | null;
  /** The formula, starting with "=", when the cell holds one. */
  formula: string | null;
  format: CellFormat;
}

export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  /** Margins in points, as Office.js reports them. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printGridlines: boolean;
  /** The number printed on the sheet's first page ("" = continue from the sheet before, Excel's default). */
  firstPageNumber: number | "";
  /** e.g. "$5:$5", or null. */
  printTitleRows: string | null;
  printArea: string | null;
  footers: { left: string; center: string; right: string };
  headers: { left: string; center: string; right: string };
  /** HeaderFooterGroup.state: "Default", or "FirstAndDefault" with the first page's own footers. */
  headerFooterState: "Default" | "FirstAndDefault";
  firstFooters: { left: string; center: string; right: string };
  firstHeaders: { left: string; center: string; right: string };
}

export interface ShapeState {
  id: string;
  name: string;
  /** The picture's base64 as given. */
  image: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  showGridlines: boolean;
  /** Sparse cells keyed by `cellKey(row, column)`. */
  cells: Map<number, CellState>;
  merges: Rect[];
  /** Row heights / column widths in points, where set. */
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  pageLayout: PageLayoutState;
  /** Rows a horizontal page break is placed before. */
  pageBreaks: number[];
  /** Pictures added with shapes.addImage (ExcelApi 1.9), in points. */
  shapes: ShapeState[];
  /**
   * Rows whose height autofitRows() set last (an explicit rowHeight takes a row out): what
   * Excel refits again when the user edits a cell of them.
   */
  autofitRows: Set<number>;
  /** Charts on the sheet (charts.ts): not touched by Range.clear, as in Excel. */
  charts: ChartState[];
  /** Cell notes (ExcelApi 1.18) keyed by `cellKey(row, column)`. */
  notes: Map<number, string>;
  /** Conditional formats (ExcelApi 1.6), in the order added. */
  conditionalFormats: ConditionalFormatState[];
}

/** A custom conditional format: where, its formula ("=…"), its fill ("#RRGGBB"). */
export interface ConditionalFormatState {
  rect: Rect;
  formula: string;
  fill: string | null;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string;
  /** `areas` holds every area of a multi-area (Ctrl+click) selection; `rect` is the first. */
  selection: { sheetId: string; rect: Rect; areas?: Rect[] };
  /** Workbook.settings (ExcelApi 1.4): stored in the file, no save call needed. */
  workbookSettings: Record<string, unknown>;
  /** Set by a test: the next workbook.settings write fails with this message (e.g. a read-only file). */
  failNextSettingsWrite: string | null;
  /** What Office.context.diagnostics reports. */
  platform: "PC" | "Mac" | "OfficeOnline";
  version: string;
  /** Document settings as last saved with saveAsync (what the file would carry). */
  savedSettings: Record<string, unknown>;
  /** Requirement sets the host claims, e.g. { ExcelApi: "1.9" }. */
  requirementSets: Record<string, string>;
  /** Rough request / response payload limits per sync, in bytes (Excel on the web: 5 MB). */
  requestLimitBytes: number;
  responseLimitBytes: number;
  /** True while the user is typing in a cell: Excel.run fails unless it asked to wait. */
  cellEditMode: boolean;
  nextSheetNumber: number;
  /** Numbers new charts' ids and default names ("Chart 1"). */
  nextChartNumber: number;
  /**
   * Known Excel misbehaviour a test can switch on. ignoreFitToPages: fit-to-pages zoom is dropped
   * (office-js #1860: it may not apply unless the Page Layout tab has been opened); "inactive"
   * drops it only on a sheet that is not the active one, so activating it and assigning again
   * (the pane's workaround) applies it.
   */
  quirks: { ignoreFitToPages: boolean | "inactive" };
}

export const STANDARD_ROW_HEIGHT = 15;
export const STANDARD_COLUMN_WIDTH = 48;
/**
 * Excel's largest row height, 409 points ("Excel specifications and limits"; see
 * ../shared/docs/office-platform.md, "Row heights, in Excel and in LibreOffice"): a larger
 * rowHeight is refused, and autofit stops there.
 */
export const MAX_ROW_HEIGHT = 409;
export const MAX_COLUMN_WIDTH = 1789.5;

export function defaultFormat(): CellFormat {
  return {
    numberFormat: "General",
    font: { name: "Calibri", size: 11, bold: false, italic: false, color: "#000000" },
    fill: null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    borders: {},
  };
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 51,
    rightMargin: 51,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printGridlines: false,
    firstPageNumber: "",
    printTitleRows: null,
    printArea: null,
    footers: { left: "", center: "", right: "" },
    headers: { left: "", center: "", right: "" },
    headerFooterState: "Default",
    firstFooters: { left: "", center: "", right: "" },
    firstHeaders: { left: "", center: "", right: "" },
  };
}

export function cellKey(row: number, column: number): number {
  return row * (MAX_COLUMNS + 1) + column;
}

export function keyToCell(key: number): { row: number; column: number } {
  return { row: Math.floor(key / (MAX_COLUMNS + 1)), column: key % (MAX_COLUMNS + 1) };
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: new Map(),
    merges: [],
    rowHeights: new Map(),
    columnWidths: new Map(),
    pageLayout: defaultPageLayout(),
    pageBreaks: [],
    shapes: [],
    autofitRows: new Set(),
    charts: [],
    notes: new Map(),
    conditionalFormats: [],
  };
}

/** How a test describes the workbook it starts from. */
export interface DoubleInitial {
  sheets?: {
    name: string;
    /** Values from `at` (default A1); strings are stored as typed text, never as formulas. */
    cells?: ReadonlyArray<ReadonlyArray<CellScalar | null>>;
    at?: string;
    visibility?: SheetState["visibility"];
  }[];
  /** Name of the active sheet (default: the first). */
  activeSheet?: string;
  /** Selected range of the active sheet, e.g. "B3:H60" (default A1); "B3:H60,J3:J9" selects two areas. */
  selection?: string;
  /** Workbook.settings as stored in the file. */
  workbookSettings?: Record<string, unknown>;
  /** Host platform (default "PC") and version (default "16.0.17928.20114"). */
  platform?: WorkbookState["platform"];
  version?: string;
  /** Saved document settings. */
  settings?: Record<string, unknown>;
  /** ExcelApi version the host supports (default "1.17"); other sets via `requirementSets`. */
  excelApi?: string;
  requirementSets?: Record<string, string>;
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /** Excel sometimes ignores fit-to-pages zoom (office-js issue #1860): emulate that. */
  ignoreFitToPages?: boolean | "inactive";
}

export const FIVE_MB = 5 * 1024 * 1024;

export function buildState(initial: DoubleInitial = {}): WorkbookState {
  const specs = initial.sheets && initial.sheets.length > 0 ? initial.sheets : [{ name: "Sheet1" }];
  const sheets = specs.map((spec, i) => {
    const sheet = newSheet(sheetId(i + 1), spec.name);
    if (spec.visibility) sheet.visibility = spec.visibility;
    const origin = parseRect(spec.at ?? "A1") ?? { top: 1, left: 1, bottom: 1, right: 1 };
    (spec.cells ?? []).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        sheet.cells.set(cellKey(origin.top + r, origin.left + c), { value, formula: null, format: defaultFormat() });
      }),
    );
    return sheet;
  });
  const active = sheets.find((s) => s.name === initial.activeSheet) ?? sheets[0];
  const areas = (initial.selection ?? "A1").split(",").map((a) => parseRect(splitSheet(a.trim()).range) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  const selection = areas[0];
  return {
    sheets,
    activeSheetId: active.id,
    selection: { sheetId: active.id, rect: selection, ...(areas.length > 1 ? { areas } : {}) },
    workbookSettings: { ...(initial.workbookSettings ?? {}) },
    failNextSettingsWrite: null,
    platform: initial.platform ?? "PC",
    version: initial.version ?? "16.0.17928.20114",
    savedSettings: { ...(initial.settings ?? {}) },
    requirementSets: { ExcelApi: initial.excelApi ?? "1.17", ...(initial.requirementSets ?? {}) },
    requestLimitBytes: initial.requestLimitBytes ?? FIVE_MB,
    responseLimitBytes: initial.responseLimitBytes ?? FIVE_MB,
    cellEditMode: false,
    nextSheetNumber: sheets.length + 1,
    nextChartNumber: 1,
    quirks: { ignoreFitToPages: initial.ignoreFitToPages ?? false },
  };
}

export function sheetId(n: number): string {
  return `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`;
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The smallest rectangle holding every non-empty cell (or every formatted one). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && cell.formula === null) continue;
    const { row, column } = keyToCell(key);
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return rect;
}

export function isWholeSheet(r: Rect): boolean {
  return r.top === 1 && r.left === 1 && r.bottom === MAX_ROWS && r.right === MAX_COLUMNS;
}

// ── Inspection helpers for tests ──

/** The cell at an A1 address, or undefined when never written. */
export function cellAt(sheet: SheetState, address: string): CellState | undefined {
  const r = parseRect(address);
  if (!r) throw new Error(`Bad address ${address}`);
  return sheet.cells.get(cellKey(r.top, r.left));
}

/** Displayed values of a block ("" for empty), formulas shown as their formula text. */
export function gridOf(sheet: SheetState, address?: string): (CellScalar | "")[][] {
  const r = address ? parseRect(address) : usedRect(sheet, true);
  if (!r) return [];
  const out: (CellScalar | "")[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: (CellScalar | "")[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const cell = sheet.cells.get(cellKey(row, col));
      line.push(cell?.formula ?? cell?.value ?? "");
    }
    out.push(line);
  }
  return out;
}

/** Every cell that holds a formula, as "A1: =…" lines (empty when the code wrote text safely). */
export function formulaCells(state: WorkbookState): string[] {
  const out: string[] = [];
  for (const sheet of state.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === null) continue;
      const { row, column } = keyToCell(key);
      out.push(`${sheet.name}!R${row}C${column}: ${cell.formula}`);
    }
  }
  return out;
}
