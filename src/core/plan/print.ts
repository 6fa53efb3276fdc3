import { th } from "../strings/th";
import type { PrintSetup } from "./types";

const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** A4 landscape, one page wide, page numbers in the footer. */
export const LANDSCAPE: PrintSetup = {
  orientation: "landscape",
  paper: "A4",
  fitToWidth: true,
  margins: MARGINS,
  footer: th.report.pageFooter,
  centerHorizontally: true,
};

export const PORTRAIT: PrintSetup = { ...LANDSCAPE, orientation: "portrait" };
