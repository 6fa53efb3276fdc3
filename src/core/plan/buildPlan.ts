import type { Analysis } from "../analysis/types";
import { th } from "../strings/th";
import { analysisSheet } from "./analysisSheet";
import { formatter } from "./format";
import { followUpSheet } from "./followUpSheet";
import { measuresSheet, type GroupContext } from "./measuresSheet";
import { DEFAULT_SETTINGS, type ReportSettings } from "./settings";
import { REPORT_STYLES } from "./styles";
import type { ReportPlan } from "./types";

/** Analysis → the declarative workbook: analysis, measure plan and follow-up report sheets. */
export function buildReportPlan(a: Analysis, settings: ReportSettings = DEFAULT_SETTINGS): ReportPlan {
  const f = formatter(settings.digits);
  const agencyName = a.agency ?? th.report.theAgency;
  const ctx: GroupContext = { a, f, agencyName, units: settings.units };
  return {
    font: { ...settings.font },
    styles: REPORT_STYLES,
    sheets: [analysisSheet(a, f, agencyName), measuresSheet(ctx), followUpSheet(ctx)],
    meta: { title: th.report.documentTitle.replace(/\n/g, " "), agency: a.agency, assessmentYear: a.assessmentYear, planYear: a.planYear },
  };
}
