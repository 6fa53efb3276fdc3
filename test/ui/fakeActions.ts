import type { Catalogue } from "../../src/core/catalogue/types";
import { InputError } from "../../src/core/errors";
import type { ReportResult } from "../../src/core/pipeline";
import type { UserSettings } from "../../src/core/userSettings";
import type { ExcelActions, GenerationOutcome, HostCapabilities, HostInfo, SaveOutcome, SheetRange } from "../../src/excel/types";

/**
 * An in-memory ExcelActions for component tests: sheets are plain grids, every call is recorded.
 * (The Office.js double is for the Office layer and the end-to-end page; here only the pane's
 * own behaviour is under test.)
 */
export class FakeActions implements ExcelActions {
  calls: string[] = [];
  settings: UserSettings | undefined;
  saved: UserSettings[] = [];
  /** What the next saves report (a test sets "withoutEmblem" to play an emblem too large for the workbook). */
  saveOutcome: SaveOutcome = { kept: "all" };
  generated: { input: SheetRange; report: ReportResult }[] = [];
  selected: string[] = [];
  activated: string[] = [];
  caps: HostCapabilities = { printSetup: true, generate: true, notes: [] };
  /** What the host could write besides the cells: notes (ExcelApi 1.18), draft marks (1.6). */
  annotations = { cellNotes: false, draftMarks: true };
  /** The next readScoreTable fails with this. */
  failRead: Error | undefined;

  constructor(
    public sheets: Record<string, unknown[][]>,
    public active: string,
  ) {}

  capabilities(): HostCapabilities {
    return this.caps;
  }

  info: HostInfo = { host: "Excel", platform: "PC", version: "16.0.17928.20114", excelApi: ["1.1", "1.2", "1.3", "1.4"], userAgent: "test" };

  hostInfo(): HostInfo {
    return this.info;
  }

  private range(name: string): SheetRange {
    const grid = this.sheets[name];
    if (!grid) throw new InputError(`ไม่พบชีต "${name}"`);
    const width = Math.max(1, ...grid.map((r) => r.length));
    return { sheetName: name, address: `A1:${String.fromCharCode(64 + Math.min(width, 26))}${grid.length}`, rowOffset: 0, columnOffset: 0, grid };
  }

  async readScoreTable(from: "usedRange" | "selection"): Promise<SheetRange> {
    this.calls.push(`readScoreTable:${from}`);
    if (this.failRead) throw this.failRead;
    return this.range(this.active);
  }

  async listSheets(): Promise<string[]> {
    return Object.keys(this.sheets);
  }

  async readSheet(name: string): Promise<SheetRange> {
    this.calls.push(`readSheet:${name}`);
    return this.range(name);
  }

  async loadSettings(): Promise<UserSettings | undefined> {
    return this.settings;
  }

  async saveSettings(settings: UserSettings): Promise<SaveOutcome> {
    this.saved.push(settings);
    this.settings = settings;
    return this.saveOutcome;
  }

  async generate(input: SheetRange, report: ReportResult, onProgress?: (message: string) => void): Promise<GenerationOutcome> {
    onProgress?.("กำลังเขียนชีต…");
    this.generated.push({ input, report });
    const again = this.generated.length > 1;
    return {
      sheets: report.plan.sheets.map((s) => ({
        name: s.name,
        role: s.role === "catalogue" ? "catalogue" : s.role,
        status: again ? "replaced" : "created",
        message: again ? `แทนที่ชีต "${s.name}" เดิม` : `สร้างชีต "${s.name}"`,
      })),
      syncs: 3,
      notes: this.caps.printSetup ? [] : ["ไม่ได้ตั้งหน้ากระดาษ"],
      ...this.annotations,
    };
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    this.selected.push(`${sheetName}!${address}`);
  }

  async activateSheet(name: string): Promise<void> {
    this.activated.push(name);
  }

  async writeCatalogueSheet(catalogue: Catalogue): Promise<string> {
    this.calls.push(`writeCatalogueSheet:${catalogue.id}`);
    return "รายการข้อคำถาม";
  }

  async readCatalogueSheet(): Promise<undefined> {
    return undefined;
  }
}
