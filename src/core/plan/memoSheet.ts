import type { Analysis } from "../analysis/types";
import { catalogueForYear, questionWithRole } from "../catalogue";
import type { DocumentRole } from "../catalogue/types";
import { th } from "../strings/th";
import { fiscalMonth, THAI_MONTHS } from "../text/years";
import type { Formatter } from "./format";
import { layoutSheet } from "./layout";
import { imageSize } from "./imageSize";
import type { DocumentFacts, Signer } from "./settings";
import { approvalChain, commentLines, dots, fullAgencyName, headOf, signatureText, splitPosition, type OfficialTitles } from "./signatures";
import { rowHeightFor, textWidthFor, unitsFor, wrapLinesDetailed } from "./textMetrics";
import { thaiDate as thaiDateText } from "./thaiDate";
import { textWidthPoints } from "./textWidth";
import type { Block, PlanCell, PlanImage, PrintSetup, ReportPlan, SheetPlan } from "./types";

const D = th.documents;

/**
 * The approval memo (บันทึกข้อความ) an office sends a document up with, laid out by the
 * ระเบียบงานสารบรรณ on A4 portrait: the Garuda emblem's place at the top left and the heading,
 * ส่วนราชการ / ที่ / วันที่ / เรื่อง / เรียน, then เรื่องเดิม, ข้อเท็จจริง and ข้อพิจารณา written from
 * the analysis, the preparer's signature, and the comment-and-signature blocks of the chain, two
 * to a row so the memo stays within two pages and no block is left alone on a page.
 */

/** Sixteen narrow columns: labels take as many as their word needs, so values follow them closely. */
const COLUMNS = 16;
const UNIT = 5.1;
/** The memo's margins (inches): 3 cm left, 2 cm right, 1.5 cm top, 2 cm bottom, near the ระเบียบ's. */
export const MEMO_PRINT: PrintSetup = {
  orientation: "portrait",
  paper: "A4",
  fitToWidth: true,
  margins: { left: 1.18, right: 0.79, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  footer: th.report.pageFooter,
  centerHorizontally: false,
  firstFooter: "",
};
/** The emblem prints 1.5 cm tall, as the ระเบียบ sets the Garuda of a memo. */
const EMBLEM_HEIGHT = 42.5;

export interface MemoContext {
  a: Analysis;
  f: Formatter;
  facts: DocumentFacts | undefined;
  titles: OfficialTitles;
  /** The unit that prepares the documents in prose ("สำนักปลัดเทศบาล"), when the office is not given. */
  defaultUnit: string;
  plan: Pick<ReportPlan, "font" | "styles">;
}

/** The assessment year whose OIT item a document answers: the plan is evidence for the next assessment; a year's report for the one after it (a six-month report for the year's own). */
export function evidenceYear(role: DocumentRole, a: Analysis, round: DocumentFacts["round"]): number {
  if (role === "measures") return a.planYear;
  return round === 6 ? a.planYear : a.planYear + 1;
}

/** Pages a memo may take: it goes up as one sheet of paper, printed both sides. */
export const MEMO_PAGES = 2;

export function memoSheet(role: DocumentRole, ctx: MemoContext): SheetPlan {
  const full = memoVariant(role, ctx, false);
  // A long agency name or chain can take the memo past two pages: then the comment blocks lose
  // their dotted lines and the background its detail.
  return layoutSheet(full, { ...ctx.plan, sheets: [], meta: META }).pages <= MEMO_PAGES ? full : memoVariant(role, ctx, true);
}

const META: ReportPlan["meta"] = { title: "", agency: null, assessmentYear: 0, planYear: 0 };

function memoVariant(role: DocumentRole, ctx: MemoContext, compact: boolean): SheetPlan {
  const { a, f, facts, titles, plan } = ctx;
  const size = plan.font.size;
  const labelSize = size + (plan.styles.memoLabel.sizeDelta ?? 0);
  const agency = a.agency ? fullAgencyName(a.agency) : th.report.theAgency;
  const chain = approvalChain(facts, titles);
  const head = headOf(chain, titles);
  const headTitle = head.position ?? titles.head;
  const widthOf = (span: number) => span * UNIT;
  const blank = (span: number) => dots(textWidthFor(widthOf(span), "both") * 0.95, size);
  const labelSpan = (label: string) => Math.min(4, Math.ceil((unitsFor(textWidthPoints(label, labelSize, true)) + 0.8) / UNIT));
  /** A label and its value on one baseline; a value of several lines goes on under it, in the value's column. */
  const field = (label: string, value: string | undefined, span = COLUMNS): PlanCell[][] => {
    const l = labelSpan(label);
    const lines = value === undefined ? [] : wrapLinesDetailed(value, widthOf(span - l), size, false, "both").map((line) => line.text);
    const first: PlanCell[] = [
      { value: label, style: "memoLabel", span: l },
      { value: lines.length > 0 ? lines[0].trimEnd() : blank(span - l), style: "memoValue", span: span - l },
    ];
    if (lines.length <= 1) return [first];
    const rest = value!.slice(lines[0].length).trim();
    return [first, [{ value: null, style: "memoText", span: l }, { value: rest, style: "memoText", span: span - l }]];
  };
  const round = facts?.round;
  const roundText = role === "followUp" && round ? f.text(D.roundSuffix(String(round))) : "";
  const subject = role === "measures" ? f.text(D.measuresSubject(String(a.planYear))) : f.text(D.followUpSubject(String(a.planYear), roundText));
  const date = thaiDateOr(facts, f);

  const blocks: Block[] = [
    { kind: "rows", rows: [[{ value: D.memoHeading, style: "memoHeading", span: COLUMNS }]] },
    {
      kind: "rows",
      rows: [
        ...field(D.office, clean(facts?.office)),
        [...field(D.number, clean(facts?.number), 8)[0], ...field(D.date, date, 8)[0]],
        ...field(D.subject, subject),
        [{ value: `${D.to}  ${headTitle}`, style: "memoText", span: COLUMNS }],
      ],
    },
  ];
  const indent = " ".repeat(Math.round((2.5 / 2.54) * 72 / textWidthPoints(" ", size)));
  const section = (heading: string, paragraphs: string[]) => {
    blocks.push({ kind: "paragraph", text: heading, style: "sectionHeading" });
    blocks.push({ kind: "paragraph", text: paragraphs.map((p) => indent + p).join("\n") });
  };
  const year = String(a.assessmentYear);
  const result = resultText(a, f, role === "measures" && !compact);
  const count = f.int(a.groups.length);
  const unit = clean(facts?.office) ?? ctx.defaultUnit;
  const itemYear = evidenceYear(role, a, round);
  const item = questionWithRole(catalogueForYear(itemYear), role);
  const required = item ? D.itemRequired(String(itemYear), item.code, item.title) : D.itemUnknown(String(itemYear));
  const where = item ? D.publishItem(item.code, String(itemYear)) : "";
  if (role === "measures") {
    section(D.background, [f.text(D.assessed(agency, year, result))]);
    section(D.facts, [f.text(D.measuresFacts(unit, findingText(a, f), String(a.planYear), count) + required)]);
    section(D.consideration, [f.text(D.measuresConsider(agency, where))]);
  } else {
    section(D.background, [f.text(D.followUpBackground(agency, year, a.overall.score === null ? "" : ` (${result.trim()})`, String(a.planYear), count))]);
    const period = round ? D.roundPeriod(String(round), roundSpan(a.planYear, round)) : D.yearPeriod;
    section(D.facts, [f.text(D.followUpFacts(unit, period) + required)]);
    section(D.consideration, [f.text(D.followUpConsider(agency, where))]);
  }
  blocks.push({ kind: "paragraph", text: indent + (role === "measures" ? D.measuresClosing : D.followUpClosing) });

  // The preparer signs under the text, right of centre.
  const preparerSpan = 9;
  blocks.push({
    kind: "rows",
    rows: [[{ value: null, style: "memoText", span: COLUMNS - preparerSpan }, { value: signatureText({ signer: facts?.preparer ?? {}, role: D.proposedBy, units: widthOf(preparerSpan), size, place: titles.place }), style: "signature", span: preparerSpan }]],
    keep: "withPrevious",
  });
  blocks.push({ kind: "spacer" });
  blocks.push({ kind: "rows", rows: chainRows(role, chain, size, widthOf(COLUMNS / 2), compact ? 0 : 1, titles.place), keep: "together" });

  const images = emblem(facts, size);
  return {
    name: role === "measures" ? D.sheetNames.measuresMemo : D.sheetNames.followUpMemo,
    role: role === "measures" ? "measuresMemo" : "followUpMemo",
    columns: Array.from({ length: COLUMNS }, () => UNIT),
    blocks,
    print: MEMO_PRINT,
    tabColor: role === "measures" ? "A9D08E" : "FFD966",
    ...(images ? { images } : {}),
  };
}

/** The comment-and-signature blocks, two to a row; the head's last, with its decision, on the right. */
function chainRows(role: DocumentRole, chain: readonly Signer[], size: number, units: number, commentCount: number, place: string | undefined): PlanCell[][] {
  const yes = role === "measures" ? D.approve : D.endorse;
  const no = role === "measures" ? D.notApprove : D.notEndorse;
  const block = (signer: Signer, i: number): PlanCell => {
    const isHead = i === chain.length - 1;
    // The comment line names the position without the agency: the memo is the agency's own.
    const who = signer.position ? (splitPosition(signer.position, place)?.[0] ?? signer.position) : dots(8 * size, size);
    const above = isHead ? [D.decisionOf(who), D.choices(yes, no)] : [D.commentOf(who), ...commentLines(units, size, commentCount)];
    return { value: signatureText({ signer, above, units, size, place }), style: "signature", span: COLUMNS / 2 };
  };
  const rows: PlanCell[][] = [];
  const cells = chain.map(block);
  // In pairs; an odd chain leaves the head's block alone on the right of the last row.
  for (let k = 0; k < cells.length; k += 2) {
    rows.push(k + 1 < cells.length ? [cells[k], cells[k + 1]] : [{ value: null, style: "memoText", span: COLUMNS / 2 }, cells[k]]);
  }
  return rows;
}

/** "ตุลาคม 2568 – มีนาคม 2569": the months a round reports, from the fiscal year's start. */
function roundSpan(fy: number, months: 6 | 12): string {
  const from = fiscalMonth(fy, 1);
  const to = fiscalMonth(fy, months);
  return `${THAI_MONTHS[from.month - 1]} ${from.year} – ${THAI_MONTHS[to.month - 1]} ${to.year}`;
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
}

/** " ได้คะแนนภาพรวม ๙๔.๙๐ คะแนน อยู่ในระดับ ผ่าน (ปี … ได้ …) ตัวชี้วัดที่ได้คะแนนต่ำสุด …". */
function resultText(a: Analysis, f: Formatter, detail: boolean): string {
  if (a.overall.score === null) return D.notScored;
  let s = D.scored(f.score(a.overall.score), a.overall.level ?? a.overall.computedLevel ?? "-");
  if (!detail) return s;
  if (a.previous?.overall.score != null) s += D.previousScored(String(a.previous.assessmentYear), f.score(a.previous.overall.score));
  const lowest = [...a.indicators].sort((x, y) => x.score - y.score)[0];
  if (lowest) s += D.lowest(lowest.name, f.score(lowest.score));
  return s;
}

/** What the analysis found, counted: questions (or indicators) below the target. */
function findingText(a: Analysis, f: Formatter): string {
  const target = String(a.target);
  if (a.questions.length > 0) {
    const below = a.questions.filter((q) => q.verdict === "improve").length;
    return below > 0 ? D.belowTarget(target, f.int(below)) : D.allMet(target);
  }
  const below = a.indicators.filter((i) => i.score < a.target).length;
  return below > 0 ? D.indicatorsBelowTarget(target, f.int(below)) : D.allMet(target);
}

function thaiDateOr(facts: DocumentFacts | undefined, f: Formatter): string | undefined {
  return facts?.date ? thaiDateText(facts.date, f) : undefined;
}

/** The office's emblem image at the top left, 1.5 cm tall, in its own proportions. */
function emblem(facts: DocumentFacts | undefined, size: number): PlanImage[] | undefined {
  const e = facts?.emblem;
  if (!e) return undefined;
  const px = imageSize(e.base64, e.extension);
  if (!px) return undefined;
  const height = Math.min(EMBLEM_HEIGHT, rowHeightFor(1, size + 13));
  return [{ base64: e.base64, extension: e.extension, row: 1, column: 1, width: (height * px.width) / px.height, height }];
}
