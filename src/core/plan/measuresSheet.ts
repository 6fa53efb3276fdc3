import type { AnalysedGroup, Analysis } from "../analysis/types";
import type { DocumentRole, MeasureTemplate } from "../catalogue/types";
import { th } from "../strings/th";
import { fiscalPeriodText, fiscalYearSpan } from "../text/years";
import { numberedLines, type Formatter } from "./format";
import { LANDSCAPE } from "./print";
import type { Block, EditRoom, PlanCell, SheetPlan } from "./types";

const R = th.report;

/** Widths by indicator: the steps are the longest text of a row, the issues a short reference. */
const TOOLS_COLUMNS = [14, 14, 18, 46, 13, 15, 20];
/** Users add steps to the steps column (the fourth in both layouts): two steps, about 300 characters. */
const STEPS_EDIT: EditRoom = { column: 3, chars: 300 };

/** What the measure and follow-up sheets need to know beyond the analysis. */
export interface GroupContext {
  a: Analysis;
  f: Formatter;
  agencyName: string;
  units: Record<number, string[]> | undefined;
}

export function unitsOf(group: AnalysedGroup, ctx: GroupContext): string {
  const own = ctx.units?.[group.number];
  return (own && own.length > 0 ? own : group.measure.units).join("\n");
}

export function periodOf(measure: MeasureTemplate, ctx: GroupContext): string {
  return ctx.f.text(fiscalPeriodText(ctx.a.planYear, measure.period.from, measure.period.to));
}

export function groupLabel(group: AnalysedGroup, ctx: GroupContext): string {
  return ctx.a.layout === "issues" ? ctx.f.text(`${group.number}. ${group.title}`) : ctx.f.text(group.title);
}

/** The sentence naming the OIT item a document is published for, found by its role in the year's catalogue. */
export function publishedFor(role: DocumentRole, ctx: GroupContext): Block[] {
  const item = ctx.a.documentItems[role];
  if (!item) return [];
  return [{ kind: "paragraph", text: ctx.f.text(R.publishedFor(item.title, item.code, String(ctx.a.assessmentYear))) }];
}

export function planTitle(title: string, ctx: GroupContext): Block {
  return {
    kind: "title",
    lines: [
      ...title.split("\n").map((text) => ({ text, style: "title" as const })),
      { text: ctx.f.text(R.planYearLine(String(ctx.a.planYear))), style: "subtitle" },
      ...(ctx.a.agency ? [{ text: ctx.a.agency, style: "subtitle" as const }] : []),
    ],
  };
}

/** "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (88.73)" for each of the group's indicators below the target. */
export function indicatorsBelowText(group: AnalysedGroup, ctx: GroupContext): string {
  const { a, f } = ctx;
  return group.indicatorsBelow
    .map((n) => a.indicators.find((i) => i.number === n))
    .filter((i): i is NonNullable<typeof i> => i !== undefined)
    .map((i) => `ตัวชี้วัดที่ ${f.int(i.number)} ${i.name} (${f.score(i.score)})`)
    .join(th.analysis.and);
}

/**
 * "ข้อที่ต่ำกว่าเป้าหมาย: e1 (82.86), e2 (82.86)" and the related indicators with their scores. A
 * group whose questions meet the target but whose indicator does not is said to need improving.
 */
function analysisCell(group: AnalysedGroup, ctx: GroupContext): PlanCell {
  const text = analysisOf(group, ctx);
  return text === undefined ? { ...ctx.f.cell("-", "textCenter"), note: R.noScoresInGroup } : ctx.f.cell(text, "text");
}

/** Undefined for a group the paste has no score of. */
function analysisOf(group: AnalysedGroup, ctx: GroupContext): string | undefined {
  const { a, f } = ctx;
  if (group.questions.length === 0) {
    const ind = a.layout === "tools" ? a.indicators.find((i) => i.number === group.number) : undefined;
    if (!ind) return undefined;
    // What the indicator measures is listed in the analysis, published with this plan: here its
    // score, and how many of those issues the measure answers.
    return group.indicatorsBelow.length > 0 ? f.text(R.indicatorIssuesRef(f.score(ind.score), String(a.target), String(ind.aspects.length))) : R.relatedAllMet;
  }
  const byCode = new Map(a.questions.map((q) => [q.code, q]));
  const lines: string[] = [];
  if (group.improve.length > 0) {
    lines.push(R.relatedImprove(group.improve.map((c) => `${c} (${f.score(byCode.get(c)!.score)})`).join(", ")));
  } else if (group.indicatorsBelow.length > 0) {
    lines.push(f.text(R.indicatorsBelow(indicatorsBelowText(group, ctx), String(a.target))));
  } else {
    lines.push(R.relatedAllMet);
  }
  const indicatorNumbers = [...new Set(group.questions.map((c) => byCode.get(c)!.indicator).filter((n): n is number => n !== null))].sort((x, y) => x - y);
  const related = indicatorNumbers
    .map((n) => a.indicators.find((i) => i.number === n))
    .filter((i): i is NonNullable<typeof i> => i !== undefined)
    .map((i) => `${f.int(i.number)} ${i.name} (${f.score(i.score)})`);
  if (related.length > 0) lines.push(R.relatedIndicators(related.join(", ")));
  return lines.join("\n");
}

/** The measure plan: one row per ประเด็น (issue layout) or per indicator grouped by tool. */
export function measuresSheet(ctx: GroupContext): SheetPlan {
  const { a, f } = ctx;
  const blocks: Block[] = [
    planTitle(R.measuresTitle, ctx),
    { kind: "spacer" },
    { kind: "paragraph", text: f.text(R.measuresIntro(ctx.agencyName, String(a.assessmentYear), String(a.planYear), fiscalYearSpan(a.planYear))) },
    ...publishedFor("measures", ctx),
  ];
  if (a.layout === "issues") {
    const rows: PlanCell[][] = a.groups.map((g) => [
      f.cell(groupLabel(g, ctx), "text"),
      f.cell(g.measure.measure, "text"),
      analysisCell(g, ctx),
      f.cell(numberedLines(g.measure.steps, f), "text"),
      f.cell(periodOf(g.measure, ctx), "textCenter"),
      f.cell(unitsOf(g, ctx), "textCenter"),
    ]);
    blocks.push({ kind: "table", header: R.measuresHeaderIssues.map((h) => ({ value: h, style: "tableHeader" })), rows, repeatHeader: true, editRoom: STEPS_EDIT });
    return { name: R.sheetNames.measures, role: "measures", columns: [18, 22, 25, 37, 18, 20], blocks, print: LANDSCAPE, tabColor: "548235" };
  }
  const rows: PlanCell[][] = [];
  for (const tool of a.tools.length > 0 ? a.tools.map((t) => t.tool) : (["IIT", "EIT", "OIT"] as const)) {
    const groups = a.groups.filter((g) => g.tool === tool);
    if (groups.length === 0) continue;
    const name = a.tools.find((t) => t.tool === tool)?.name ?? tool;
    rows.push([f.cell(R.toolMeasureGroup(name, tool), "groupRow")]);
    for (const g of groups) {
      rows.push([
        f.cell(groupLabel(g, ctx), "text"),
        analysisCell(g, ctx),
        f.cell(g.measure.measure, "text"),
        f.cell(numberedLines(g.measure.steps, f), "text"),
        f.cell(unitsOf(g, ctx), "textCenter"),
        f.cell(periodOf(g.measure, ctx), "textCenter"),
        f.cell(g.measure.followUp || R.followUpDefault, "text"),
      ]);
    }
  }
  blocks.push({ kind: "table", header: R.measuresHeaderTools.map((h) => ({ value: h, style: "tableHeader" })), rows, repeatHeader: true, editRoom: STEPS_EDIT });
  return { name: R.sheetNames.measures, role: "measures", columns: TOOLS_COLUMNS, blocks, print: LANDSCAPE, tabColor: "548235" };
}
