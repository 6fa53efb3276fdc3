import type { HostCapabilities } from "./types";
import type { OfficeHost } from "./host";
import { supports } from "./requirements";
import { excelTh } from "./strings";

/** What the Office layer uses, each by its entry in requirements.ts. */
export interface Features {
  /** 1.4: *OrNullObject, used-range-or-null, workbook.settings: what generation needs at all. */
  generate: boolean;
  /** 1.6: suspendApiCalculationUntilNextSync. */
  suspendCalculation: boolean;
  /** 1.7: useStandardHeight / useStandardWidth when a sheet of ours is written again. */
  standardSizes: boolean;
  /** 1.7: worksheet tab colour. */
  tabColor: boolean;
  /** 1.8: showGridlines. */
  gridlines: boolean;
  /** 1.9: pageLayout (A4, orientation, fit to width, print titles, footer), page breaks, screen updating. */
  printSetup: boolean;
  /** 1.9: getSelectedRanges, to tell a multi-area selection before reading it. */
  selectedRanges: boolean;
  /** 1.7: a chart whose bars read one column and their labels another (setXAxisValues), top to bottom. */
  charts: boolean;
  /** 1.8: the chart's value axis at the bottom with the bars in table order, and Thai digits on it. */
  chartFormats: boolean;
  /** 1.6: conditional formats, which mark a draft cell until it is edited. */
  draftMarks: boolean;
  /** 1.18: cell notes; without them the pane lists the notes. */
  notes: boolean;
  /** 1.9: worksheet.shapes.addImage, for the office's emblem on a memo; without it the place stays blank. */
  images: boolean;
}

export function detectFeatures(host: OfficeHost): Features {
  const req = host.Office.context.requirements;
  return {
    generate: supports(req, "getItemOrNullObject") && supports(req, "getUsedRangeOrNullObject") && supports(req, "workbookSettings"),
    suspendCalculation: supports(req, "suspendApiCalculation"),
    standardSizes: supports(req, "useStandardHeightWidth"),
    tabColor: supports(req, "tabColor"),
    gridlines: supports(req, "showGridlines"),
    printSetup: supports(req, "pageLayout") && supports(req, "pageBreaks") && supports(req, "suspendScreenUpdating") && supports(req, "firstPageFooter"),
    selectedRanges: supports(req, "getSelectedRanges"),
    charts: supports(req, "chartsAddDelete") && supports(req, "chartSeriesXAxisValues") && supports(req, "chartAxisReversePlotOrder"),
    chartFormats: supports(req, "chartAxisPosition") && supports(req, "chartNumberFormats"),
    draftMarks: supports(req, "conditionalFormats"),
    notes: supports(req, "notes"),
    images: supports(req, "shapesAddImage"),
  };
}

/** The host's capabilities with Thai notes on what is missing and what still works. */
export function capabilitiesOf(features: Features): HostCapabilities {
  const notes: string[] = [];
  if (!features.generate) notes.push(excelTh.capabilities.noGenerate);
  else if (!features.printSetup) notes.push(excelTh.capabilities.noPrintSetup);
  return { printSetup: features.printSetup, generate: features.generate, notes };
}
