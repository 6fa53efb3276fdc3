import type { Catalogue } from "../core/catalogue/types";
import type { Warning } from "../core/model";
import type { ReportResult } from "../core/pipeline";
import type { UserSettings } from "../core/userSettings";

/** What a settings save kept: all of it, or all but the emblem (too large for the workbook; Office's reason). */
export type SaveOutcome = { kept: "all" } | { kept: "withoutEmblem"; reason: string };

/**
 * What the task pane can ask of the workbook. One implementation (excelActions.ts) owns every
 * Excel.run; components receive these as props and never touch Office.js themselves.
 */

/** A block of cells read from a sheet, with where it sits so warnings can name real cells. */
export interface SheetRange {
  sheetName: string;
  /** A1 address of the block, e.g. "B3:H60". */
  address: string;
  /** Sheet row of grid row 0, minus one; sheet column of grid column 0, minus one. */
  rowOffset: number;
  columnOffset: number;
  grid: unknown[][];
}

/** What the host can do, checked at run time (requirement sets). */
export interface HostCapabilities {
  /** ExcelApi 1.9: page layout (A4, orientation, print titles, fit to width). */
  printSetup: boolean;
  /** ExcelApi 1.4+: the APIs generation needs at all. */
  generate: boolean;
  /** Thai explanation of what is missing and what still works; empty when everything works. */
  notes: string[];
}

/** What the about panel shows, for a smoke-test report from a person with real Excel. */
export interface HostInfo {
  /** Office.context.diagnostics: "Excel", "PC" | "Mac" | "OfficeOnline", "16.0.17928.20114". */
  host: string;
  platform: string;
  version: string;
  /** Every ExcelApi version the host says it supports, e.g. ["1.1", …, "1.17"]. */
  excelApi: string[];
  /** The webview's user agent. */
  userAgent: string;
}

export type GeneratedStatus =
  /** A new sheet was written. */
  | "created"
  /** Our own earlier sheet, unedited since, was replaced. */
  | "replaced"
  /** The earlier sheet had user edits: it was kept and the new one written beside it. */
  | "copied";

export interface GeneratedSheet {
  name: string;
  role: "analysis" | "measuresMemo" | "measures" | "followUpMemo" | "followUp" | "analysisColumns" | "catalogue";
  status: GeneratedStatus;
  /** Thai sentence for the user, e.g. "แก้ไขด้วยมือไว้ จึงเก็บไว้และสร้างชีตใหม่ชื่อ …". */
  message: string;
}

export interface GenerationOutcome {
  sheets: GeneratedSheet[];
  /** context.sync() round trips the generation cost. */
  syncs: number;
  /** Thai notes, e.g. print setup skipped because ExcelApi 1.9 is missing. */
  notes: string[];
  /** The software's notes went into cell notes (ExcelApi 1.18); otherwise the pane lists them. */
  cellNotes?: boolean;
  /** Draft cells are marked until edited (ExcelApi 1.6); otherwise the pane lists them. */
  draftMarks?: boolean;
}

export interface ExcelActions {
  capabilities(): HostCapabilities;
  hostInfo(): HostInfo;
  /** The used range of the active sheet, or the current selection. */
  readScoreTable(from: "usedRange" | "selection"): Promise<SheetRange>;
  /** Names of the worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** The used range of a named sheet (last year's scores). */
  readSheet(name: string): Promise<SheetRange>;
  /** Settings stored in the workbook (undefined when none yet). */
  loadSettings(): Promise<UserSettings | undefined>;
  /** Saves them in the workbook; an emblem too large for it is left out (the rest kept) and said so. */
  saveSettings(settings: UserSettings): Promise<SaveOutcome>;
  /**
   * Writes everything in at most 4 round trips: the analysis columns next to the pasted table
   * (`input`), and the analysis, measure-plan and follow-up sheets of `report.plan`. Never
   * overwrites what the user edited: edited sheets/cells are kept and a copy is written.
   */
  generate(input: SheetRange, report: ReportResult, onProgress?: (message: string) => void): Promise<GenerationOutcome>;
  /** Selects a cell, e.g. one a warning points to. */
  selectCell(sheetName: string, address: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  /** Writes the catalogue used for `year` to an editable sheet; returns the sheet name. */
  writeCatalogueSheet(catalogue: Catalogue): Promise<string>;
  /** Reads the user's catalogue sheet back; undefined when there is none. Errors name sheet and row. */
  readCatalogueSheet(base: Catalogue): Promise<{ catalogue: Catalogue; warnings: Warning[] } | undefined>;
}
