import type { HostCapabilities } from "./types";
import type { OfficeHost } from "./host";
import { excelTh } from "./strings";

/** What the Office layer uses, by the ExcelApi requirement set that brings it. */
export interface Features {
  /** 1.4: *OrNullObject, used-range-or-null: what generation needs at all. */
  generate: boolean;
  /** 1.6: suspendApiCalculationUntilNextSync. */
  suspendCalculation: boolean;
  /** 1.7: worksheet tab colour. */
  tabColor: boolean;
  /** 1.8: showGridlines. */
  gridlines: boolean;
  /** 1.9: pageLayout (A4, orientation, fit to width, print titles, footer), page breaks, screen updating. */
  printSetup: boolean;
}

export function detectFeatures(host: OfficeHost): Features {
  const has = (version: string) => host.Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    generate: has("1.4"),
    suspendCalculation: has("1.6"),
    tabColor: has("1.7"),
    gridlines: has("1.8"),
    printSetup: has("1.9"),
  };
}

/** The host's capabilities with Thai notes on what is missing and what still works. */
export function capabilitiesOf(features: Features): HostCapabilities {
  const notes: string[] = [];
  if (!features.generate) notes.push(excelTh.capabilities.noGenerate);
  else if (!features.printSetup) notes.push(excelTh.capabilities.noPrintSetup);
  return { printSetup: features.printSetup, generate: features.generate, notes };
}
