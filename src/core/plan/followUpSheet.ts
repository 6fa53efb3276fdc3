import type { AnalysedGroup } from "../analysis/types";
import { th } from "../strings/th";
import { formatter, numberedLines } from "./format";
import { groupLabel, indicatorsBelowText, periodOf, planTitle, publishedFor, unitsOf, type GroupContext } from "./measuresSheet";
import { LANDSCAPE } from "./print";
import type { Block, EditRoom, PlanCell, SheetPlan } from "./types";

const R = th.report;

/** Outcome drafts are formatted as a whole by the cell (f.cell), so their parts are written plain. */
const plain = formatter("arabic");

/** Widths by indicator: its label is short and its steps the longest text of the row. */
const TOOLS_COLUMNS = [14, 16, 44, 14, 12, 19, 21];
/**
 * Users write what was done in the output column (the sixth) over its dotted line: a result with
 * its evidence (an order's number and date), about 120 characters. The column holds some 20
 * Thai characters a line, so room for more would cut its cells into parts of a few lines.
 */
const RESULTS_EDIT: EditRoom = { column: 5, chars: 120 };

/**
 * The follow-up report: the plan's measures with drafted output and outcome columns.
 * Outcomes quote last year's score changes when a previous paste is given.
 */
export function followUpSheet(ctx: GroupContext): SheetPlan {
  const { a, f } = ctx;
  const blocks: Block[] = [
    planTitle(R.followUpTitle, ctx),
    { kind: "spacer" },
    { kind: "paragraph", text: f.text(R.followUpIntro(ctx.agencyName, String(a.planYear), String(a.assessmentYear))) },
    ...publishedFor("followUp", ctx),
  ];
  const rows: PlanCell[][] = [];
  const groups = a.layout === "issues" ? a.groups : a.groups.filter((g) => g.questions.length > 0 || a.indicators.some((i) => i.number === g.number));
  for (const g of groups) {
    rows.push([
      f.cell(groupLabel(g, ctx), "text"),
      f.cell(g.measure.measure, "text"),
      f.cell(numberedLines(g.measure.steps, f), "text"),
      f.cell(periodOf(g.measure, ctx), "textCenter"),
      f.cell(unitsOf(g, ctx), "textCenter"),
      { ...f.cell(R.outputDraft(plannedOutput(g.measure.output)), "draft"), draft: true, note: R.outputNote },
      { ...f.cell(outcomeOf(g, ctx), "draft"), draft: true, note: R.outcomeNote },
    ]);
  }
  const header = (a.layout === "issues" ? R.followUpHeader : R.followUpHeaderTools).map((h) => ({ value: h, style: "tableHeader" as const }));
  blocks.push({ kind: "table", header, rows, repeatHeader: true, editRoom: RESULTS_EDIT });
  return { name: R.sheetNames.followUp, role: "followUp", columns: a.layout === "issues" ? [15, 18, 28, 17, 17, 21, 24] : TOOLS_COLUMNS, blocks, print: LANDSCAPE, tabColor: "BF8F00" };
}

/**
 * The catalogue's output as what the measure set out to deliver: a "แล้ว" (done) that an edited
 * catalogue of an earlier version may still end with is dropped, so nothing claims it was done.
 */
export function plannedOutput(output: string): string {
  return output.trim().replace(/\s*แล้ว$/, "");
}

function outcomeOf(g: AnalysedGroup, ctx: GroupContext): string {
  const { a } = ctx;
  if (g.changes.length > 0) return g.changes.join("\n");
  const year = String(a.assessmentYear);
  const next = String(a.assessmentYear + 1);
  if (g.improve.length > 0) return R.outcomeImprove(String(g.improve.length), g.improve.join(", "), year, next, String(a.target));
  // An indicator below the target (the paste had only its score, or ITAS scored it below its questions).
  // A row per indicator is labelled with it already: the outcome does not name it again.
  const own = a.layout === "tools" && g.indicatorsBelow.length === 1 && g.indicatorsBelow[0] === g.number ? a.indicators.find((i) => i.number === g.number) : undefined;
  if (own) return R.outcomeOwnIndicatorBelow(plain.score(own.score), year, next, String(a.target));
  if (g.indicatorsBelow.length > 0) return R.outcomeIndicatorsBelow(indicatorsBelowText(g, { ...ctx, f: plain }), year, next, String(a.target));
  return R.outcomeMaintain(year, next);
}

