/// <reference types="office-js" />
/**
 * An in-memory fake of the Office.js Excel API surface this add-in uses, strict where Office.js
 * is strict: proxies, queued writes applied at sync, PropertyNotLoaded on unloaded reads,
 * *OrNullObject, collections, counted round trips, payload limits, requirement sets, document
 * settings, and Excel's text-to-formula conversion. Plain TypeScript without Node or jest APIs,
 * so it also runs bundled in a browser page.
 *
 *   const double = createOfficeDouble({ sheets: [{ name: "ITA", cells: grid }], excelApi: "1.7" });
 *   const actions = createExcelActions({ Office: double.Office, Excel: double.Excel });
 *   …; expect(double.syncCount()).toBeLessThanOrEqual(3);
 */
import { DoubleHost, type RequestLog } from "./client";
import { ErrorCodes, OfficeDoubleError } from "./errors";
import { makeOffice, type DocumentSettings } from "./office";
import { buildState, type DoubleInitial, type WorkbookState } from "./state";
import { makeRun } from "./workbook";

export type { DoubleInitial, WorkbookState, SheetState, CellState, CellFormat, PageLayoutState, ConditionalFormatState } from "./state";
export { cellAt, gridOf, formulaCells, findSheet, usedRect } from "./state";
export type { RequestLog } from "./client";
export { ErrorCodes, OfficeDoubleError } from "./errors";

export interface OfficeDouble {
  Office: typeof Office;
  Excel: typeof Excel;
  OfficeExtension: { Error: typeof OfficeDoubleError; ErrorCodes: typeof ErrorCodes };
  /** The workbook, to arrange and to inspect. */
  state: WorkbookState;
  /** context.sync() round trips so far, over every Excel.run. */
  syncCount(): number;
  /** One entry per sync: operations, request and response bytes. */
  requests: readonly RequestLog[];
  /** Office.context.document.settings (e.g. `settings.failNextSave = "…"`). */
  settings: DocumentSettings;
  /** The user starts / stops typing in a cell (Excel.run must wait: delayForCellEdit). */
  startCellEdit(): void;
  endCellEdit(): void;
}

export function createOfficeDouble(initial: DoubleInitial = {}): OfficeDouble {
  const host = new DoubleHost(buildState(initial));
  const office = makeOffice(host);
  const excel = {
    run: makeRun(host),
    ErrorCodes,
    // The enums this add-in may name; Office.js accepts their string values everywhere.
    BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight", insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal" },
    BorderLineStyle: { none: "None", continuous: "Continuous" },
    BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right", centerAcrossSelection: "CenterAcrossSelection" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  };
  return {
    // The real namespaces are far larger; the double implements the part this add-in uses.
    Office: office as unknown as typeof Office,
    Excel: excel as unknown as typeof Excel,
    OfficeExtension: { Error: OfficeDoubleError, ErrorCodes },
    state: host.state,
    syncCount: () => host.syncCount,
    requests: host.requests,
    settings: office.context.document.settings,
    startCellEdit: () => {
      host.state.cellEditMode = true;
    },
    endCellEdit: () => host.endCellEdit(),
  };
}

/**
 * Installs the double as globals (`Office`, `Excel`, `OfficeExtension`) on `target`, e.g.
 * `window` in a browser test page or `globalThis` in jest; Office.onReady resolves at once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any global object (window, globalThis)
export function installOfficeDouble(target: any, initial: DoubleInitial = {}): OfficeDouble {
  const double = createOfficeDouble(initial);
  target.Office = double.Office;
  target.Excel = double.Excel;
  target.OfficeExtension = double.OfficeExtension;
  return double;
}
