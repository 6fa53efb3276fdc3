import { agencyTerms, inAgencyWords, type AgencyTerms } from "../agency";
import { chooseCatalogue, indexCatalogue, newestCheckedYear, questionWithRole, BUILT_IN_CATALOGUES, type CatalogueIndex } from "../catalogue";
import { DOCUMENT_ROLES, type Catalogue } from "../catalogue/types";
import { compareCodes } from "../codes";
import { TOOL_CODES, type LayoutKind, type ReadQuestion, type ScoreSheet, type ToolCode, type Warning } from "../model";
import { th } from "../strings/th";
import { formatScore, round2 } from "../text/numbers";
import { levelFor, sameLevel } from "./levels";
import { mean, rankByScore } from "./ranking";
import { splitRecommendation } from "./recommendation";
import type { AnalysedGroup, AnalysedIndicator, AnalysedQuestion, AnalysedTool, Analysis } from "./types";

export interface AnalyseOptions {
  /** Assessment year (พ.ศ.); overrides what the paste says. */
  year?: number;
  /** Agency name; overrides what the paste says. */
  agency?: string;
  /** Scores below this need improving (default 100). */
  target?: number;
  layout?: LayoutKind;
  /** Catalogues to choose from by year (built-in ones by default, or the user's edited copy). */
  catalogues?: readonly Catalogue[];
  /** Last year's paste, for score changes. */
  previous?: ScoreSheet;
  /** Year used when neither the options nor the paste give one. */
  fallbackYear?: number;
}

export const DEFAULT_TARGET = 100;

/** Scores → verdicts, computed scores, level, ranking and groups. Pure. */
export function analyse(sheet: ScoreSheet, options: AnalyseOptions = {}): Analysis {
  const warnings: Warning[] = [...sheet.warnings];
  const catalogues = options.catalogues ?? BUILT_IN_CATALOGUES;
  // Without a year, the newest one the catalogues were checked for: the results offices work on now.
  const fallbackYear = options.fallbackYear ?? newestCheckedYear(catalogues);
  const year = options.year ?? sheet.assessmentYear ?? fallbackYear;
  if (options.year === undefined && sheet.assessmentYear === undefined) warnings.push({ message: th.analysis.noYear(year) });
  // The user's year wins, but a paste that says otherwise is worth a second look.
  if (options.year !== undefined && sheet.assessmentYear !== undefined && options.year !== sheet.assessmentYear) {
    warnings.push({ message: th.analysis.yearOverridden(sheet.assessmentYear, options.year) });
  }
  const choice = chooseCatalogue(year, catalogues);
  const cat = indexCatalogue(choice.catalogue);
  if (choice.outside) {
    const { id, fromYear, toYear } = choice.catalogue;
    warnings.push({ message: choice.outside === "after" ? th.analysis.yearAfterCatalogue(year, id, fromYear, toYear) : th.analysis.yearBeforeCatalogue(year, id, fromYear, toYear) });
  }
  const target = options.target ?? DEFAULT_TARGET;
  const layout = options.layout ?? cat.catalogue.layout;
  const agency = options.agency ?? sheet.agency ?? null;
  const terms = agencyTerms(agency);

  const questions = sheet.questions
    .map((q) => analyseQuestion(q, cat, target, year, terms, warnings))
    .sort((a, b) => compareCodes(a.code, b.code));
  // Titles the catalogue could only guess (not published for its year) are said, unless the paste names them.
  const guessed = sheet.questions.filter((q) => q.label === undefined && cat.question(q.code)?.unconfirmed).map((q) => q.code).sort(compareCodes);
  if (guessed.length > 0) warnings.push({ message: th.analysis.unconfirmedTitles(guessed.join(", "), cat.catalogue.id) });
  const indicators = scoreIndicators(sheet, questions, cat);
  const tools = scoreTools(sheet, indicators, cat);
  const overall = scoreOverall(sheet, tools, cat.catalogue, year);
  if (overall.level !== null && overall.computedLevel !== null && sheet.level !== undefined && !sameLevel(overall.level, overall.computedLevel)) {
    warnings.push({ message: th.analysis.levelDiffers(overall.level, overall.computedLevel, year) });
  }

  let previous: Analysis["previous"] = null;
  if (options.previous) {
    const prev = analyse(options.previous, { catalogues, fallbackYear: year - 1, target });
    if (prev.assessmentYear === year) warnings.push({ message: th.analysis.previousYearSame });
    else {
      previous = { assessmentYear: prev.assessmentYear, overall: { score: prev.overall.score, level: prev.overall.level } };
      const before = indexCatalogue(chooseCatalogue(prev.assessmentYear, catalogues).catalogue);
      // A code means the same question in both years when both catalogues give it the same title
      // (2568 and 2569 share IIT and EIT, not the renumbered OIT items).
      const comparable = (code: string) => {
        const title = before.question(code)?.title;
        return before.catalogue === cat.catalogue || (title !== undefined && title === cat.question(code)?.title);
      };
      attachChanges(prev, questions, indicators, tools, comparable);
    }
  }

  const groups = (layout === "issues" && cat.catalogue.issues.length > 0
    ? groupByIssue(questions, indicators, cat, year, previous, pastedIssueTitles(sheet))
    : groupByIndicator(questions, indicators, cat, year, previous)
  ).map((g) => withIndicatorsBelow(g, questions, indicators, target));

  return {
    assessmentYear: year,
    planYear: year + 1,
    agency,
    agencyTerms: terms,
    catalogueId: cat.catalogue.id,
    catalogueYears: { from: cat.catalogue.fromYear, to: cat.catalogue.toYear },
    documentItems: documentItems(cat.catalogue),
    layout: groups.length > 0 && layout === "issues" && cat.catalogue.issues.length > 0 ? "issues" : "tools",
    target,
    overall,
    tools,
    indicators,
    questions,
    groups,
    summary: summarise(indicators),
    previous,
    warnings,
  };
}

function analyseQuestion(q: ReadQuestion, cat: CatalogueIndex, target: number, year: number, terms: AgencyTerms, warnings: Warning[]): AnalysedQuestion {
  const known = cat.question(q.code);
  if (!known) warnings.push({ row: q.row, message: th.analysis.unknownCodeWarning(q.code, year) });
  // The paste's own grouping wins, when it is consistent with the question's tool.
  const pastedIndicator = q.indicator !== undefined && cat.indicator(q.indicator)?.tool === q.tool ? q.indicator : undefined;
  const indicator = pastedIndicator ?? known?.indicator ?? null;
  const improve = round2(q.score) < target;
  let weakness: string | null = null;
  let action: string = th.analysis.maintain;
  let textSource: AnalysedQuestion["textSource"] = known ? "catalogue" : "generic";
  if (improve) {
    const pasted = q.recommendation ? splitRecommendation(q.recommendation) : undefined;
    const indicatorName = indicator !== null ? cat.indicator(indicator)?.name : undefined;
    weakness = known ? inAgencyWords(known.weakness, terms) : th.analysis.genericWeakness(q.code, indicatorName);
    action = known ? inAgencyWords(known.action, terms) : th.analysis.genericAction(q.code);
    // What the paste says wins; a paste that states only the finding leaves the action to the catalogue.
    if (pasted) {
      textSource = "paste";
      if (pasted.weakness) weakness = pasted.weakness;
      if (pasted.action) action = pasted.action;
    }
  }
  return {
    code: q.code,
    tool: q.tool,
    number: q.number,
    indicator,
    subIndicator: known?.subIndicator ?? null,
    issue: q.issue ?? known?.issue ?? null,
    // The paste's own wording wins over the catalogue's short title.
    title: q.label ?? known?.title ?? th.analysis.unknownQuestionTitle(q.code),
    score: q.score,
    verdict: improve ? "improve" : "maintain",
    weakness,
    action,
    textSource,
    row: q.row,
  };
}

/** The catalogue's items our documents answer, by role (o25/o26 in 2569, o42/o43 in 2565). */
function documentItems(catalogue: Catalogue): Analysis["documentItems"] {
  const out: Analysis["documentItems"] = {};
  for (const role of DOCUMENT_ROLES) {
    const q = questionWithRole(catalogue, role);
    if (q) out[role] = { code: q.code, title: q.title };
  }
  return out;
}

type GroupDraft = Omit<AnalysedGroup, "indicatorsBelow">;

/**
 * The indicators of a group's questions that score below the target although none of their
 * questions does. ITAS's indicator score can be lower than its questions show, so a group whose
 * questions all meet the target still needs a measure then. An indicator with a question below the
 * target is planned for in that question's group. A group of an indicator the paste gives without
 * questions counts its own score.
 */
function withIndicatorsBelow(group: GroupDraft, questions: AnalysedQuestion[], indicators: AnalysedIndicator[], target: number): AnalysedGroup {
  const own = new Set(group.questions);
  const related = new Set(questions.filter((q) => own.has(q.code) && q.indicator !== null).map((q) => q.indicator!));
  if (group.questions.length === 0 && group.key.startsWith("indicator-")) related.add(group.number);
  const explained = new Set(questions.filter((q) => q.verdict === "improve" && q.indicator !== null).map((q) => q.indicator!));
  const below = indicators
    .filter((i) => related.has(i.number) && !explained.has(i.number) && round2(i.score) < target)
    .map((i) => i.number)
    .sort((x, y) => x - y);
  return { ...group, indicatorsBelow: below };
}

/** What an indicator's questions measure, from the catalogue: question titles, or sub-indicators for long lists. */
function aspectsOf(indicator: number, cat: CatalogueIndex): string[] {
  const own = cat.catalogue.questions.filter((q) => q.indicator === indicator);
  const subs = cat.catalogue.subIndicators.filter((s) => s.indicator === indicator);
  if (own.length > MAX_ASPECTS && subs.length > 0) return subs.map((s) => s.name);
  return own.map((q) => q.title);
}

/** More items than this are summarised by their sub-indicators (OIT has up to 33 per indicator). */
const MAX_ASPECTS = 8;

function scoreIndicators(sheet: ScoreSheet, questions: AnalysedQuestion[], cat: CatalogueIndex): AnalysedIndicator[] {
  const pasted = new Map(sheet.indicators.map((i) => [i.number, i]));
  const out: Omit<AnalysedIndicator, "rank">[] = [];
  for (const def of cat.catalogue.indicators) {
    const own = questions.filter((q) => q.indicator === def.number).map((q) => q.score);
    const computed = mean(own);
    const p = pasted.get(def.number);
    // A pasted indicator score is the official figure (ITAS does not simply average questions).
    if (p) {
      out.push({ number: def.number, name: def.name, tool: def.tool, score: p.score, computed: false, aspects: aspectsOf(def.number, cat) });
    } else if (computed !== undefined) {
      out.push({ number: def.number, name: def.name, tool: def.tool, score: round2(computed), computed: true, aspects: aspectsOf(def.number, cat) });
    }
  }
  const ranked = rankByScore(out, (i) => i.score, (i) => i.number);
  const rankOf = new Map(ranked.map((r) => [r.item.number, r.rank]));
  return out.map((i) => ({ ...i, rank: rankOf.get(i.number)! }));
}

function scoreTools(sheet: ScoreSheet, indicators: AnalysedIndicator[], cat: CatalogueIndex): AnalysedTool[] {
  const out: AnalysedTool[] = [];
  for (const def of cat.catalogue.tools) {
    const pasted = sheet.tools.find((t) => t.tool === def.code);
    if (pasted) {
      out.push({ tool: def.code, name: def.name, score: pasted.score, weight: cat.catalogue.weights[def.code], computed: false });
      continue;
    }
    const computed = mean(indicators.filter((i) => i.tool === def.code).map((i) => i.score));
    if (computed !== undefined) out.push({ tool: def.code, name: def.name, score: round2(computed), weight: cat.catalogue.weights[def.code], computed: true });
  }
  return out;
}

function scoreOverall(sheet: ScoreSheet, tools: AnalysedTool[], catalogue: Catalogue, year: number): Analysis["overall"] {
  const byTool: Partial<Record<ToolCode, number>> = {};
  for (const t of tools) byTool[t.tool] = t.score;
  let computedTotal: number | undefined;
  if (TOOL_CODES.every((t) => byTool[t] !== undefined)) {
    computedTotal = round2(TOOL_CODES.reduce((sum, t) => sum + byTool[t]! * catalogue.weights[t], 0));
  }
  const score = sheet.totalScore ?? computedTotal ?? null;
  const computedLevel = score === null ? null : levelFor(year, score, byTool);
  return {
    score,
    level: sheet.level ?? computedLevel,
    computed: sheet.totalScore === undefined && computedTotal !== undefined,
    computedLevel,
  };
}

function attachChanges(prev: Analysis, questions: AnalysedQuestion[], indicators: AnalysedIndicator[], tools: AnalysedTool[], comparable: (code: string) => boolean): void {
  const link = <T extends { score: number; previousScore?: number; change?: number }>(item: T, before: number | undefined) => {
    if (before === undefined) return;
    item.previousScore = before;
    item.change = round2(item.score - before);
  };
  for (const i of indicators) link(i, prev.indicators.find((p) => p.number === i.number)?.score);
  for (const t of tools) link(t, prev.tools.find((p) => p.tool === t.tool)?.score);
  // Question numbers only mean the same thing where the two years' catalogues agree.
  for (const q of questions) if (comparable(q.code)) link(q, prev.questions.find((p) => p.code === q.code)?.score);
}

/** ประเด็น titles as the paste writes them ("ประเด็นที่ 3 …"), which win over the catalogue's. */
function pastedIssueTitles(sheet: ScoreSheet): Map<number, string> {
  const titles = new Map<number, string>();
  for (const issue of sheet.issues) if (issue.title && !titles.has(issue.number)) titles.set(issue.number, issue.title);
  return titles;
}

function groupByIssue(
  questions: AnalysedQuestion[],
  indicators: AnalysedIndicator[],
  cat: CatalogueIndex,
  year: number,
  previous: Analysis["previous"],
  pastedTitles: Map<number, string>,
): GroupDraft[] {
  const groups: GroupDraft[] = cat.catalogue.issues.map((issue) => {
    const own = questions.filter((q) => q.issue === issue.number);
    const related = new Set(own.map((q) => q.indicator).filter((n): n is number => n !== null));
    return {
      key: `issue-${issue.number}`,
      number: issue.number,
      title: pastedTitles.get(issue.number) ?? issue.title,
      questions: own.map((q) => q.code),
      improve: own.filter((q) => q.verdict === "improve").map((q) => q.code),
      measure: issue.measure,
      changes: describeChanges(own, indicators.filter((i) => related.has(i.number)), year, previous),
    };
  });
  // Codes the catalogue and the paste leave without a ประเด็น are still reported, in a last group
  // planned with the measure of the first one's indicator.
  const orphans = questions.filter((q) => q.issue === null || !cat.catalogue.issues.some((i) => i.number === q.issue));
  if (orphans.length > 0) {
    const indicator = orphans.find((q) => q.indicator !== null)?.indicator;
    groups.push({
      key: "issue-other",
      number: groups.length + 1,
      title: th.analysis.otherGroup,
      questions: orphans.map((q) => q.code),
      improve: orphans.filter((q) => q.verdict === "improve").map((q) => q.code),
      measure: (indicator != null ? cat.catalogue.indicatorMeasures[indicator] : undefined) ?? cat.catalogue.issues[cat.catalogue.issues.length - 1].measure,
      changes: describeChanges(orphans, [], year, previous),
    });
  }
  return groups;
}

function groupByIndicator(questions: AnalysedQuestion[], indicators: AnalysedIndicator[], cat: CatalogueIndex, year: number, previous: Analysis["previous"]): GroupDraft[] {
  return cat.catalogue.indicators.map((def) => {
    const own = questions.filter((q) => q.indicator === def.number);
    const ind = indicators.find((i) => i.number === def.number);
    const improve = own.filter((q) => q.verdict === "improve").map((q) => q.code);
    return {
      key: `indicator-${def.number}`,
      number: def.number,
      title: `ตัวชี้วัดที่ ${def.number} ${def.name}`,
      tool: def.tool,
      questions: own.map((q) => q.code),
      improve,
      measure: cat.catalogue.indicatorMeasures[def.number],
      changes: describeChanges(own, ind ? [ind] : [], year, previous),
    };
  });
}

/** "คะแนนตัวชี้วัดที่ 7 … เพิ่มขึ้นจาก 88.73 ในปี 2567 เป็น 92.10 ในปี 2568" for each comparable score. */
function describeChanges(questions: AnalysedQuestion[], indicators: AnalysedIndicator[], year: number, previous: Analysis["previous"]): string[] {
  if (!previous) return [];
  const fromYear = String(previous.assessmentYear);
  const toYear = String(year);
  const sentence = (what: string, before: number, now: number) => {
    const a = formatScore(before);
    const b = formatScore(now);
    if (a === b) return th.analysis.changeSame(what, b, fromYear, toYear);
    return now > before ? th.analysis.changeUp(what, a, fromYear, b, toYear) : th.analysis.changeDown(what, a, fromYear, b, toYear);
  };
  const out: string[] = [];
  for (const i of indicators) if (i.previousScore !== undefined) out.push(sentence(`ตัวชี้วัดที่ ${i.number} ${i.name}`, i.previousScore, i.score));
  for (const q of questions) if (q.previousScore !== undefined && q.change !== 0) out.push(sentence(`ข้อ ${q.code}`, q.previousScore, q.score));
  return out;
}

function summarise(indicators: AnalysedIndicator[]): string | null {
  if (indicators.length === 0) return null;
  const top = indicators.filter((i) => i.rank === 1);
  const bottomRank = Math.max(...indicators.map((i) => i.rank));
  if (top.length === indicators.length) return th.analysis.summaryAllEqual(formatScore(top[0].score));
  const bottom = indicators.filter((i) => i.rank === bottomRank);
  const names = (list: AnalysedIndicator[]) => list.map((i) => `ตัวชี้วัดที่ ${i.number} ${i.name}`).join(th.analysis.and);
  return th.analysis.summaryHighLow(names(top), formatScore(top[0].score), names(bottom), formatScore(bottom[0].score));
}
