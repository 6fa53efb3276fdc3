/// <reference types="office-js" />
import { DEFAULT_REQUEST_BUDGET } from "./batch";
import { capabilitiesOf, detectFeatures } from "./capabilities";
import { readCatalogueSheet, writeCatalogueSheet } from "./catalogueSheet";
import { queueReadRecord } from "./fingerprints";
import { generate } from "./generate";
import { globalHost, OfficeLayerError, run, type OfficeHost, type RoundTrips } from "./host";
import { DEFAULT_READ_CELLS, findSheetName, locateActive, locateSheet, readBlock } from "./readRange";
import { loadSettings, saveSettings } from "./settingsStore";
import { KNOWN_EXCEL_API_VERSIONS } from "./requirements";
import { excelTh } from "./strings";
import type { ExcelActions } from "./types";

/**
 * The one module that owns Excel.run: everything the task pane asks of the workbook. Every run
 * waits for the user to leave cell edit mode; errors reach the caller (Office errors as they
 * are, our own in Thai).
 */

export interface ExcelActionsOptions {
  /** Office and Excel namespaces; default the office.js globals (tests pass the double). */
  host?: OfficeHost;
  /** Bytes one request may carry (default 4 MB, under Excel on the web's 5 MB limit). */
  requestBudgetBytes?: number;
  /** Cells loaded per request when reading (default 10,000). */
  readCellsPerRequest?: number;
}

export function createExcelActions(options: ExcelActionsOptions = {}): ExcelActions {
  const host = (): OfficeHost => options.host ?? globalHost();
  const budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET;
  const cells = options.readCellsPerRequest ?? DEFAULT_READ_CELLS;

  /** Resolves a sheet name as the workbook spells it, or fails in Thai. */
  const sheetNamed = async (trips: RoundTrips, name: string): Promise<string> => {
    const found = await findSheetName(trips, name);
    if (found === undefined) throw new OfficeLayerError(excelTh.errors.sheetMissing(name));
    return found;
  };

  return {
    capabilities: () => capabilitiesOf(detectFeatures(host())),

    hostInfo: () => {
      const office = host().Office;
      // Office.context.diagnostics (Office 2016 and later): https://learn.microsoft.com/javascript/api/office/office.contextinformation
      const d = (office.context as { diagnostics?: { host?: unknown; platform?: unknown; version?: unknown } }).diagnostics;
      const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));
      return {
        host: text(d?.host ?? office.context.host),
        platform: text(d?.platform ?? office.context.platform),
        version: text(d?.version),
        excelApi: KNOWN_EXCEL_API_VERSIONS.filter((v) => office.context.requirements.isSetSupported("ExcelApi", v)),
        userAgent: typeof navigator === "undefined" ? "" : navigator.userAgent,
      };
    },

    readScoreTable: (from) =>
      run(host(), async (trips) => {
        const features = detectFeatures(host());
        const record = queueReadRecord(trips, host(), features);
        return readBlock(trips, await locateActive(trips, from, features), record(), cells);
      }),

    listSheets: () =>
      run(host(), async (trips) => {
        const sheets = trips.context.workbook.worksheets.load("items/name,items/visibility");
        await trips.sync();
        return sheets.items.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name);
      }),

    readSheet: (name) =>
      run(host(), async (trips) => {
        const features = detectFeatures(host());
        const record = queueReadRecord(trips, host(), features);
        return readBlock(trips, await locateSheet(trips, name, features), record(), cells);
      }),

    loadSettings: async () => loadSettings(host()),

    saveSettings: (settings) => saveSettings(host(), settings),

    generate: (input, report, onProgress) => generate(host(), input, report, { budgetBytes: budget, ...(onProgress ? { onProgress } : {}) }),

    selectCell: (sheetName, address) =>
      run(host(), async (trips) => {
        const ws = trips.context.workbook.worksheets.getItem(await sheetNamed(trips, sheetName));
        ws.activate();
        ws.getRange(address).select();
        await trips.sync();
      }),

    activateSheet: (name) =>
      run(host(), async (trips) => {
        trips.context.workbook.worksheets.getItem(await sheetNamed(trips, name)).activate();
        await trips.sync();
      }),

    writeCatalogueSheet: (catalogue) => writeCatalogueSheet(host(), catalogue, budget),

    readCatalogueSheet: (base) => readCatalogueSheet(host(), base, cells),
  };
}
