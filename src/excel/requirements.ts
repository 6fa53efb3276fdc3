/**
 * The one table of what the Office layer calls and the ExcelApi requirement set that brings it,
 * each with its reference page (learn.microsoft.com, "Office Add-ins" → Excel JavaScript API).
 * Every call that needs more than ExcelApi 1.1 is gated through `supports()` on this table
 * (capabilities.ts turns it into Features); nothing else in src/excel asks `isSetSupported` for
 * ExcelApi. The 1.2 entries are used only where generation (1.4) is available, so they need no
 * gate of their own; they are listed for the record.
 *
 * Checked against the reference pages and the "[Api set: …]" of @types/office-js (generated from
 * the same source). Facts worth knowing: useStandardHeight / useStandardWidth are 1.7 (not 1.2);
 * getLastRow is 1.1; Range.getUsedRange(valuesOnly) needs 1.2 for the argument.
 */

const REF = "https://learn.microsoft.com/javascript/api/excel/";
const prop = (type: string, name: string) => `${REF}excel.${type.toLowerCase()}#excel-excel-${type.toLowerCase()}-${name.toLowerCase()}-member`;
const method = (type: string, name: string) => `${prop(type, name)}(1)`;

export interface ApiEntry {
  /** Minimum ExcelApi version, e.g. "1.7". */
  set: string;
  /** The reference page that states it. */
  doc: string;
}

export const EXCEL_API = {
  // 1.1: the base every Excel that runs add-ins has.
  rangeValues: { set: "1.1", doc: prop("Range", "values") },
  rangeNumberFormat: { set: "1.1", doc: prop("Range", "numberFormat") },
  rangeFormulas: { set: "1.1", doc: prop("Range", "formulas") },
  rangeClear: { set: "1.1", doc: method("Range", "clear") },
  rangeSelect: { set: "1.1", doc: method("Range", "select") },
  formatFontFillBordersAlignment: { set: "1.1", doc: `${REF}excel.rangeformat` },
  worksheetsAddGetItem: { set: "1.1", doc: `${REF}excel.worksheetcollection` },
  worksheetActivate: { set: "1.1", doc: method("Worksheet", "activate") },
  worksheetGetUsedRange: { set: "1.1", doc: method("Worksheet", "getUsedRange") },
  getSelectedRange: { set: "1.1", doc: method("Workbook", "getSelectedRange") },
  chartsAddDelete: { set: "1.1", doc: `${REF}excel.chartcollection` },
  chartAxisBoundsTitle: { set: "1.1", doc: prop("ChartAxis", "maximum") },
  // 1.2
  columnWidthRowHeight: { set: "1.2", doc: prop("RangeFormat", "rowHeight") },
  autofitRows: { set: "1.2", doc: method("RangeFormat", "autofitRows") },
  mergeUnmerge: { set: "1.2", doc: method("Range", "merge") },
  usedRangeValuesOnly: { set: "1.2", doc: method("Worksheet", "getUsedRange") },
  // 1.4
  getItemOrNullObject: { set: "1.4", doc: method("WorksheetCollection", "getItemOrNullObject") },
  getUsedRangeOrNullObject: { set: "1.4", doc: method("Worksheet", "getUsedRangeOrNullObject") },
  workbookSettings: { set: "1.4", doc: prop("Workbook", "settings") },
  // 1.6
  suspendApiCalculation: { set: "1.6", doc: method("Application", "suspendApiCalculationUntilNextSync") },
  conditionalFormats: { set: "1.6", doc: `${REF}excel.conditionalformatcollection` },
  // 1.7
  useStandardHeightWidth: { set: "1.7", doc: prop("RangeFormat", "useStandardHeight") },
  tabColor: { set: "1.7", doc: prop("Worksheet", "tabColor") },
  chartSeriesXAxisValues: { set: "1.7", doc: method("ChartSeries", "setXAxisValues") },
  chartAxisReversePlotOrder: { set: "1.7", doc: prop("ChartAxis", "reversePlotOrder") },
  // 1.8
  showGridlines: { set: "1.8", doc: prop("Worksheet", "showGridlines") },
  chartAxisPosition: { set: "1.8", doc: prop("ChartAxis", "position") },
  chartNumberFormats: { set: "1.8", doc: prop("ChartDataLabels", "numberFormat") },
  // 1.9
  pageLayout: { set: "1.9", doc: `${REF}excel.pagelayout` },
  pageBreaks: { set: "1.9", doc: prop("Worksheet", "horizontalPageBreaks") },
  suspendScreenUpdating: { set: "1.9", doc: method("Application", "suspendScreenUpdatingUntilNextSync") },
  getSelectedRanges: { set: "1.9", doc: method("Workbook", "getSelectedRanges") },
  // 1.18: cell notes (the classic yellow notes; threaded comments, 1.10, are conversations).
  notes: { set: "1.18", doc: `${REF}excel.notecollection` },
  shapesAddImage: { set: "1.9", doc: method("ShapeCollection", "addImage") },
  firstPageFooter: { set: "1.9", doc: prop("HeaderFooterGroup", "firstPage") },
} as const satisfies Record<string, ApiEntry>;

export type ExcelApiName = keyof typeof EXCEL_API;

/** The ExcelApi versions the pane is tested against (test/excel/levels.test.ts), oldest first. */
export const TESTED_LEVELS = ["1.1", "1.4", "1.7", "1.9"] as const;

/** Versions listed in the about panel: every ExcelApi set published so far. */
export const KNOWN_EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** True when the host supports the requirement set `name` needs. */
export function supports(requirements: RequirementChecker, name: ExcelApiName): boolean {
  return requirements.isSetSupported("ExcelApi", EXCEL_API[name].set);
}

/** The highest ExcelApi version the host reports, or undefined when it reports none. */
export function highestExcelApi(requirements: RequirementChecker): string | undefined {
  let best: string | undefined;
  for (const v of KNOWN_EXCEL_API_VERSIONS) if (requirements.isSetSupported("ExcelApi", v)) best = v;
  return best;
}
