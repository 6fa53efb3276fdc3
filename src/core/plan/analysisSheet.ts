import type { AnalysedQuestion, Analysis } from "../analysis/types";
import { TOOL_CODES } from "../model";
import { th } from "../strings/th";
import { numberedLines, type Formatter } from "./format";
import { LANDSCAPE } from "./print";
import type { Block, ChartBlock, PlanCell, SheetPlan } from "./types";

const R = th.report;

/** Widths: ลำดับ, แบบวัด, ข้อ, ประเด็นการประเมิน, คะแนน, ข้อบกพร่อง, ข้อแก้ไข. */
const COLUMNS = [9.5, 8.5, 7, 29, 13, 35, 39];
/**
 * Widths of the analysis by indicator (a paste of indicator scores only): the issues column holds
 * the list of what each indicator measures, the last one only the measure's title.
 */
// The score column holds "๑๐๐.๐๐" in Thai digits at 16 pt (narrower prints ###).
const INDICATOR_COLUMNS = [6.5, 8, 5, 18, 12, 71.5, 20];

/**
 * The analysis sheet: overall score and level, tool and indicator tables, the summary sentence,
 * then every question grouped by ประเด็น (or by indicator) with its verdict.
 */
export function analysisSheet(a: Analysis, f: Formatter, agencyName: string): SheetPlan {
  const blocks: Block[] = [
    {
      kind: "title",
      lines: [
        ...R.documentTitle.split("\n").map((text) => ({ text, style: "title" as const })),
        { text: f.text(R.assessmentYearLine(String(a.assessmentYear))), style: "subtitle" },
        ...(a.agency ? [{ text: a.agency, style: "subtitle" as const }] : []),
      ],
    },
    { kind: "spacer" },
    overallSentence(a, f, agencyName),
  ];

  // The summary tables share the question table's columns: spans fill the width, so no column
  // is left empty (the change column is there only with last year's scores).
  const previous = a.previous ?? undefined;
  const withChange = previous !== undefined;
  const changeHeader = previous ? R.changeHeader(f.int(previous.assessmentYear)) : "";
  if (a.tools.length > 0) {
    blocks.push({ kind: "paragraph", text: R.toolTableTitle, style: "sectionHeading" });
    const nameSpan = withChange ? 3 : 4;
    blocks.push({
      kind: "table",
      header: [h(R.toolHeader[0]), h(R.toolHeader[1], nameSpan), h(R.toolHeader[2]), h(R.toolHeader[3]), ...(withChange ? [h(changeHeader)] : [])],
      rows: a.tools.map((t) => [
        f.cell(t.tool, "textCenter"),
        { ...f.cell(t.name + (t.computed ? " *" : ""), "text"), span: nameSpan },
        f.scoreCell(t.score),
        f.cell(`${f.int(Math.round(t.weight * 100))}%`, "textCenter"),
        ...(withChange ? [t.change !== undefined ? f.changeCell(t.change) : f.cell("", "textCenter")] : []),
      ]),
    });
  }

  if (a.indicators.length > 0) {
    blocks.push({ kind: "paragraph", text: R.indicatorTableTitle, style: "sectionHeading" });
    const ranked = [...a.indicators].sort((x, y) => x.rank - y.rank || x.number - y.number);
    const nameSpan = withChange ? 2 : 3;
    blocks.push({
      kind: "table",
      header: [h(R.indicatorHeader[0]), h(R.indicatorHeader[1]), h(R.indicatorHeader[2], nameSpan + 1), h(R.indicatorHeader[3]), ...(withChange ? [h(changeHeader)] : [])],
      rows: ranked.map((i) => [
        f.cell(String(i.rank), "textCenter"),
        f.cell(i.tool, "textCenter"),
        f.cell(String(i.number), "textCenter"),
        { ...f.cell(i.name + (i.computed ? " *" : ""), "text"), span: nameSpan },
        f.scoreCell(i.score, i.score < a.target ? "scoreImprove" : "score"),
        ...(withChange ? [i.change !== undefined ? f.changeCell(i.change) : f.cell("", "textCenter")] : []),
      ]),
    });
    if (a.summary) blocks.push({ kind: "paragraph", text: f.text(a.summary) });
    if (a.indicators.some((i) => i.computed) || a.tools.some((t) => t.computed)) blocks.push({ kind: "paragraph", text: R.computedNote, style: "paragraph", note: R.computedWhy });
    blocks.push({ kind: "spacer" }, indicatorChart(a, f, ranked.map((i) => i.name + (i.computed ? " *" : "")), ranked.map((i) => i.score)));
  }

  // The question table starts on its own page, with its heading; a paste of indicator scores only
  // is analysed per indicator, and headed so.
  const byQuestion = a.questions.length > 0;
  const title = byQuestion ? R.questionSectionTitle(String(a.assessmentYear)) : R.indicatorSectionTitle(String(a.assessmentYear));
  blocks.push({ kind: "paragraph", text: f.text(title), style: "sectionHeading", pageBreakBefore: true });
  blocks.push(
    byQuestion
      ? { kind: "paragraph", text: f.text(R.targetNote(String(a.target))) }
      : { kind: "paragraph", text: f.text(R.indicatorTargetNote(String(a.target))), note: R.noQuestions },
  );
  blocks.push(byQuestion ? questionTable(a, f) : indicatorOnlyTable(a, f));

  return { name: R.sheetNames.analysis, role: "analysis", columns: byQuestion ? COLUMNS : INDICATOR_COLUMNS, blocks, print: LANDSCAPE, tabColor: "2F5597" };
}

/** Points of chart per bar, and for its title, axis and margins: ten bars make 330 pt, at least 260. */
const CHART_BAR = 25;
const CHART_MIN_BAR = 20;
const CHART_FRAME = 80;
const CHART_MIN_FRAME = 60;

/**
 * The indicator scores as bars, in the table's order (highest first), read from the table's
 * name and score cells (row cells 3 and 4), on a 0–100 axis.
 */
function indicatorChart(a: Analysis, f: Formatter, categories: string[], values: number[]): ChartBlock {
  // The axis in the scores' digits (Thai or Arabic), without decimals.
  const labelFormat = f.scoreCell(0).numberFormat ?? "0.00";
  return {
    kind: "chart",
    title: f.text(R.chartTitle(String(a.assessmentYear))),
    source: { category: 3, value: 4 },
    categories,
    values,
    axis: { min: 0, max: 100, majorUnit: 10, numberFormat: labelFormat.replace("0.00", "0"), title: f.text(R.chartAxisTitle(a.target < 100 ? String(a.target) : null)) },
    labelFormat,
    height: CHART_FRAME + CHART_BAR * categories.length,
    minHeight: CHART_MIN_FRAME + CHART_MIN_BAR * categories.length,
  };
}

function header(labels: readonly string[]): PlanCell[] {
  return labels.map((l) => h(l));
}

function h(label: string, span = 1): PlanCell {
  return span > 1 ? { value: label, style: "tableHeader", span } : { value: label, style: "tableHeader" };
}

/** The overall score and level; without them (a tool's score is missing), a line the office fills in. */
function overallSentence(a: Analysis, f: Formatter, agencyName: string): Block {
  if (a.overall.score === null) {
    const have = new Set(a.tools.map((t) => t.tool));
    const missing = TOOL_CODES.filter((t) => !have.has(t)).join(", ");
    return { kind: "paragraph", text: f.text(R.overallBlank(agencyName)), note: R.overallUnknownNote(missing), draft: true };
  }
  let s = R.overall(agencyName, f.score(a.overall.score), a.overall.level ?? "-", a.overall.computed);
  if (a.previous && a.previous.overall.score !== null) {
    s += ` ${R.previousOverall(String(a.previous.assessmentYear), f.score(a.previous.overall.score), a.previous.overall.level ?? "-")}`;
  }
  return { kind: "paragraph", text: f.text(s) };
}

function questionTable(a: Analysis, f: Formatter): Block {
  const rows: PlanCell[][] = [];
  const byCode = new Map(a.questions.map((q) => [q.code, q]));
  let order = 0;
  for (const group of a.groups) {
    if (group.questions.length === 0) continue;
    const label = a.layout === "issues"
      ? R.issueGroup(String(group.number), group.title)
      : R.indicatorGroup(group.tool ?? "", String(group.number), group.title.replace(/^ตัวชี้วัดที่ \d+ /, ""));
    rows.push([f.cell(label, "groupRow")]);
    for (const code of group.questions) rows.push(questionRow(byCode.get(code)!, ++order, a.target, f));
  }
  return { kind: "table", header: header(R.questionHeader), rows, repeatHeader: true };
}

function questionRow(q: AnalysedQuestion, order: number, target: number, f: Formatter): PlanCell[] {
  const improve = q.verdict === "improve";
  return [
    f.cell(String(order), "textCenter"),
    f.cell(q.tool, "textCenter"),
    // Question codes keep Latin letters and Arabic digits: they are identifiers, not prose.
    { value: q.code, style: "textCenter" },
    // A code the year's catalogue lacks: the analysis's title says so on screen; paper gets the code.
    q.title === th.analysis.unknownQuestionTitle(q.code)
      ? { value: R.questionCode(q.code), style: "text", note: R.unknownQuestionNote(q.code) }
      : f.cell(q.title, "text"),
    f.scoreCell(q.score, q.score < target ? "scoreImprove" : "score"),
    improve ? { value: q.weakness ?? "", style: "text" } : f.cell("-", "textCenter"),
    improve ? { value: q.action, style: "text" } : f.cell(q.action, "maintain"),
  ];
}

/**
 * When the paste has indicator scores only (like a ranking table), analyse per indicator: below the
 * target, the issues column lists what the indicator's questions measure (from the catalogue).
 */
function indicatorOnlyTable(a: Analysis, f: Formatter): Block {
  const rows: PlanCell[][] = a.indicators.map((i, k) => {
    const improve = i.score < a.target;
    const group = a.groups.find((g) => g.key === `indicator-${i.number}`);
    const steps = group?.measure.measure ?? "";
    return [
      f.cell(String(k + 1), "textCenter"),
      f.cell(i.tool, "textCenter"),
      f.cell(String(i.number), "textCenter"),
      f.cell(i.name, "text"),
      f.scoreCell(i.score, improve ? "scoreImprove" : "score"),
      improve ? f.cell(numberedLines(i.aspects, f), "text") : f.cell("-", "textCenter"),
      improve ? { value: steps, style: "text" } : f.cell(th.analysis.maintain, "maintain"),
    ];
  });
  const [order, tool, indicator, score, finding, action] = R.indicatorLevelHeader;
  return { kind: "table", header: [h(order), h(tool), h(indicator, 2), h(score), h(finding), h(action)], rows, repeatHeader: true };
}
