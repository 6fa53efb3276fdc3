import type { Analysis } from "../analysis/types";
import { th } from "../strings/th";
import { analysisSheet } from "./analysisSheet";
import { formatter } from "./format";
import { followUpSheet } from "./followUpSheet";
import { measuresSheet, type GroupContext } from "./measuresSheet";
import { DEFAULT_SETTINGS, type ReportSettings } from "./settings";
import { REPORT_STYLES } from "./styles";
import { withClosing, withCover } from "./coverPage";
import { memoSheet } from "./memoSheet";
import { documentSignatures, officialTitles } from "./signatures";
import type { ReportPlan } from "./types";

/**
 * Analysis → the declarative workbook, in the order an office prints and sends it up: the
 * analysis; the memo asking approval of the measure plan, the plan; the memo for the follow-up
 * report, the report. Each document opens with its cover; the plan and the report close with
 * their signature blocks.
 */
export function buildReportPlan(a: Analysis, settings: ReportSettings = DEFAULT_SETTINGS): ReportPlan {
  const f = formatter(settings.digits);
  const agencyName = a.agency ?? th.report.theAgency;
  const ctx: GroupContext = { a, f, agencyName, units: settings.units };
  const facts = settings.document;
  const look = { font: settings.font, styles: REPORT_STYLES };
  const titles = officialTitles(a.agency, a.agencyTerms);
  const size = settings.font.size;
  const closed = (sheet: ReturnType<typeof measuresSheet>, kind: "measures" | "followUp") =>
    withClosing(withCover(sheet, kind, a, f, facts, look), documentSignatures(kind, facts, titles, sheet.columns, size));
  const memo = { a, f, facts, titles, defaultUnit: a.agencyTerms.secretaryOffice, plan: look };
  return {
    font: { ...settings.font },
    styles: REPORT_STYLES,
    sheets: [
      withCover(analysisSheet(a, f, agencyName), "analysis", a, f, facts, look),
      memoSheet("measures", memo),
      closed(measuresSheet(ctx), "measures"),
      memoSheet("followUp", memo),
      closed(followUpSheet(ctx), "followUp"),
    ],
    meta: { title: th.report.documentTitle.replace(/\n/g, " "), agency: a.agency, assessmentYear: a.assessmentYear, planYear: a.planYear },
  };
}
