import { parseQuestionCode } from "../codes";
import { InputError } from "../errors";
import { checkGridSize } from "../limits";
import type { Grid, ReadIndicator, ReadIssue, ReadQuestion, ReadToolScore, ScoreSheet, ToolCode, Warning } from "../model";
import { th } from "../strings/th";
import { cellText } from "../text/cellText";
import { toArabicDigits } from "../text/digits";
import { looksNumeric, parseNumber } from "../text/numbers";
import { similarity, squash } from "../text/similarity";
import { columnLetters } from "./address";
import { findAgency, findLevel, findTotalScore, findYear } from "./prose";
import { resolveDuplicates } from "./duplicates";
import type { ReaderVocabulary } from "./vocabulary";

export interface ReadOptions {
  vocabulary: ReaderVocabulary;
  /** Sheet or file name, used in messages. */
  source?: string;
  /** Sheet row of grid row 0, minus one (a range starting at row 5 has rowOffset 4). */
  rowOffset?: number;
  columnOffset?: number;
  /** Warnings of the stage that made the grid (decoding, quotes), listed first. */
  warnings?: readonly Warning[];
}

const MAX_COLUMNS = 64;

interface Columns {
  score?: number;
  recommendation?: number;
}

interface Context {
  tool?: ToolCode;
  issue?: number;
  indicator?: number;
}

/**
 * Reads a pasted grid (rows of cell values) into scores. Finds question rows, indicator rows,
 * group labels that only appear on the first row of their group, totals, level, year and agency,
 * wherever they are. Throws InputError when nothing recognisable is there.
 */
export function readGrid(grid: Grid, options: ReadOptions): ScoreSheet {
  const { vocabulary, source } = options;
  const rowOffset = options.rowOffset ?? 0;
  const colOffset = options.columnOffset ?? 0;
  const warnings: Warning[] = [...(options.warnings ?? [])];
  const at = (r: number, c?: number): Pick<Warning, "row" | "column" | "cell"> =>
    c === undefined
      ? { row: r + rowOffset + 1 }
      : { row: r + rowOffset + 1, column: c + colOffset + 1, cell: `${columnLetters(c + colOffset + 1)}${r + rowOffset + 1}` };
  const warn = (r: number, c: number | undefined, message: string) =>
    warnings.push({ ...at(r, c), message: `${th.where(r + rowOffset + 1, source)}: ${message}` });

  if (!Array.isArray(grid)) throw new InputError(th.reader.emptyInput(source));
  checkGridSize(grid, source);
  const rowCount = grid.length;

  const questions: ReadQuestion[] = [];
  const indicators: ReadIndicator[] = [];
  const tools: ReadToolScore[] = [];
  const issues: ReadIssue[] = [];
  const prose: string[][] = [];
  let columns: Columns = {};
  const ctx: Context = {};
  let last: ReadQuestion | undefined;
  let anyCell = false;
  let warnedWide = false;
  /** Rows read as prose that hold a score-like number: said if they sit inside the table. */
  const skippedWithNumber: number[] = [];

  for (let r = 0; r < rowCount; r++) {
    const raw = Array.isArray(grid[r]) ? (grid[r] as readonly unknown[]) : [];
    const width = Math.min(raw.length, MAX_COLUMNS);
    const cells: string[] = new Array(width);
    let filled = 0;
    for (let c = 0; c < width; c++) {
      cells[c] = cellText(raw[c]);
      if (cells[c] !== "") filled++;
    }
    if (!warnedWide && raw.length > MAX_COLUMNS && raw.slice(MAX_COLUMNS).some((v) => cellText(v) !== "")) {
      // Said once, at the first row that has any: a score table is never this wide.
      warnedWide = true;
      warn(r, MAX_COLUMNS, th.reader.columnsIgnored(columnLetters(MAX_COLUMNS + colOffset + 1)));
    }
    if (filled === 0) continue;
    anyCell = true;

    const header = headerColumns(cells);
    if (header) {
      columns = header;
      continue;
    }

    // Group labels: ประเด็น, tool, indicator headings may share a row with data.
    const issue = findIssue(cells, vocabulary);
    if (issue) {
      ctx.issue = issue.number;
      ctx.indicator = undefined;
      issues.push({ number: issue.number, title: issue.title, row: r + rowOffset + 1 });
      last = undefined;
    }
    const toolLabel = findToolLabel(cells, vocabulary);
    if (toolLabel && toolLabel.tool !== ctx.tool) {
      ctx.tool = toolLabel.tool;
      ctx.indicator = undefined;
    }

    const code = findCode(cells, ctx.tool);
    if (code) {
      if (code.unknownTool) {
        warn(r, code.column, th.reader.toolUnknown(code.text));
        continue;
      }
      const parsed = code.parsed!;
      if (parsed.tool !== ctx.tool) {
        ctx.tool = parsed.tool;
        ctx.indicator = undefined;
      }
      const q = readQuestionRow(cells, raw, code.column, parsed.rest, columns);
      if (q.kind === "missing") {
        warn(r, code.column, th.reader.scoreMissing(parsed.code));
        continue;
      }
      if (q.kind === "invalid") {
        const n = parseNumber(raw[q.column]) ?? parseNumber(cells[q.column]);
        warn(r, q.column, n === undefined ? th.reader.scoreNotNumber(parsed.code, q.text) : th.reader.scoreOutOfRange(parsed.code, q.text));
        continue;
      }
      last = {
        code: parsed.code,
        tool: parsed.tool,
        number: parsed.number,
        score: q.score,
        row: r + rowOffset + 1,
        column: code.column + colOffset + 1,
        ...(ctx.issue !== undefined ? { issue: ctx.issue } : {}),
        ...(ctx.indicator !== undefined ? { indicator: ctx.indicator } : {}),
        ...(q.label ? { label: q.label } : {}),
        ...(q.recommendation ? { recommendation: q.recommendation } : {}),
      };
      questions.push(last);
      continue;
    }

    const indicator = findIndicator(cells, vocabulary);
    if (indicator) {
      const tool = toolLabel?.tool ?? ctx.tool ?? vocabulary.indicators.find((i) => i.number === indicator.number)?.tool;
      ctx.indicator = indicator.number;
      if (tool && tool !== ctx.tool) ctx.tool = tool;
      const scoreAt = firstScoreCell(cells, raw, indicator.column + 1, columns.score);
      if (scoreAt.kind === "score") {
        indicators.push({ number: indicator.number, name: indicator.name, ...(tool ? { tool } : {}), score: scoreAt.score, row: r + rowOffset + 1 });
      } else if (scoreAt.kind === "invalid") {
        warn(r, scoreAt.column, th.reader.indicatorScoreInvalid(indicator.number, scoreAt.text));
      }
      last = undefined;
      continue;
    }

    if (toolLabel && !issue) {
      const scoreAt = firstScoreCell(cells, raw, toolLabel.column + 1, undefined);
      if (scoreAt.kind === "score") tools.push({ tool: toolLabel.tool, score: scoreAt.score, row: r + rowOffset + 1 });
      last = undefined;
      continue;
    }

    // A row of text only, right of the last question: the rest of its recommendation,
    // split over rows (page breaks in converted documents).
    if (last && !issue && isContinuation(cells, raw, columns, last.column - colOffset - 1)) {
      const text = cells.filter((t) => t !== "").join(" ");
      last.recommendation = last.recommendation ? `${last.recommendation} ${text}` : text;
      continue;
    }

    prose.push(cells);
    if (hasScoreLike(cells, raw)) skippedWithNumber.push(r);
  }

  if (!anyCell) throw new InputError(th.reader.emptyInput(source));
  if (questions.length === 0 && indicators.length === 0) throw new InputError(th.reader.nothingFound(source));

  // Inside the table (between its first and last score rows) a row with a number that is none of
  // the above is a score the reader could not place: say so rather than drop it unseen.
  const dataRows = [...questions.map((q) => q.row), ...indicators.map((i) => i.row)].map((row) => row - rowOffset - 1);
  const firstData = Math.min(...dataRows);
  const lastData = Math.max(...dataRows);
  for (const r of skippedWithNumber) if (r > firstData && r < lastData) warn(r, undefined, th.reader.rowSkipped);

  const { kept, messages } = resolveDuplicates(questions);
  for (const m of messages) warn(m.row - rowOffset - 1, undefined, m.message);
  const keptIndicators = dedupeIndicators(indicators, (row, message) => warn(row - rowOffset - 1, undefined, message));

  const sheet: ScoreSheet = {
    questions: kept,
    indicators: keptIndicators,
    tools: dedupeTools(tools),
    issues,
    warnings,
  };
  const year = findYear(prose);
  if (year !== undefined) sheet.assessmentYear = year;
  const agency = findAgency(prose);
  if (agency) sheet.agency = agency;
  const total = findTotalScore(prose);
  if (total !== undefined) sheet.totalScore = total;
  const level = findLevel(prose);
  if (level) sheet.level = level;
  if (source) sheet.source = source;
  return sheet;
}

const HEADER_SCORE = /^(ผล)?คะแนน(ที่ได้|ประเมิน)?$|^score$/i;
const HEADER_RECOMMENDATION = /ข้อบกพร่อง|ข้อเสนอแนะ|ข้อแก้ไข|ข้อปรับปรุง|คำแนะนำ|ผลการวิเคราะห์|recommend/i;
const HEADER_LABEL = /ข้อคำถาม|ข้อความถาม|คำถาม|รายละเอียด|question/i;
const HEADER_OTHER = /^(ลำดับ|อันดับ|ที่|หัวข้อ|ประเด็น|ตัวชี้วัด|แบบ|เครื่องมือ|รหัส|ข้อ|code|no\.?)/i;

/** A header row names columns and carries no score; returns the columns it names. */
function headerColumns(cells: string[]): Columns | undefined {
  let hits = 0;
  const cols: Columns = {};
  for (let c = 0; c < cells.length; c++) {
    const t = cells[c].replace(/\s+/g, " ");
    if (t === "" || t.length > 80) continue;
    if (parseNumber(t) !== undefined) return undefined;
    if (HEADER_SCORE.test(t.replace(/\s/g, ""))) {
      cols.score ??= c;
      hits++;
    } else if (HEADER_RECOMMENDATION.test(t)) {
      cols.recommendation ??= c;
      hits++;
    } else if (HEADER_LABEL.test(t)) {
      hits++;
    } else if (HEADER_OTHER.test(t) && t.length <= 40 && !/\d|[๐-๙]/.test(t)) {
      hits++;
    }
  }
  return hits >= 2 && cols.score !== undefined ? cols : undefined;
}

const ISSUE_HEADING = /^ประเด็นที่\s*(\d{1,2})(?![\d.])\s*[.:)]?\s*(.*)$/s;

function findIssue(cells: string[], vocabulary: ReaderVocabulary): { number: number; title?: string } | undefined {
  for (let c = 0; c < cells.length; c++) {
    const t = toArabicDigits(cells[c]);
    if (t === "") continue;
    const m = ISSUE_HEADING.exec(t);
    if (m) {
      const n = Number(m[1]);
      const title = (m[2] || nextText(cells, c) || "").split("\n")[0].trim();
      return title ? { number: n, title } : { number: n };
    }
    // "๒." in one cell and the title in the next, or "๑.กระบวนการ…" in one cell.
    if (t.length >= 10 && t.length <= 120) {
      const stripped = t.replace(/^\d{1,2}\s*[.)]?\s*/, "");
      for (const issue of vocabulary.issues) {
        if (similarity(stripped, issue.title) >= 0.8) return { number: issue.number, title: stripped };
      }
    }
  }
  return undefined;
}

function nextText(cells: string[], c: number): string | undefined {
  for (let k = c + 1; k < cells.length; k++) if (cells[k] !== "") return cells[k];
  return undefined;
}

const TOOL_EXACT = /^\(?(IIT|EIT|OIT)\)?[.:]?$/i;
const TOOL_IN_PARENS = /\((IIT|EIT|OIT)\)/i;

function findToolLabel(cells: string[], vocabulary: ReaderVocabulary): { tool: ToolCode; column: number } | undefined {
  for (let c = 0; c < cells.length; c++) {
    const t = cells[c];
    if (t === "" || t.length > 120) continue;
    const exact = TOOL_EXACT.exec(t);
    if (exact) return { tool: exact[1].toUpperCase() as ToolCode, column: c };
    const paren = TOOL_IN_PARENS.exec(t);
    if (paren && /แบบวัด|เครื่องมือ/.test(t)) return { tool: paren[1].toUpperCase() as ToolCode, column: c };
    const squashed = squash(t);
    for (const tool of vocabulary.tools) {
      if (tool.names.some((name) => squashed === squash(name) || (squashed.includes(squash(name)) && squashed.length < squash(name).length + 20))) {
        return { tool: tool.code, column: c };
      }
    }
  }
  return undefined;
}

interface CodeHit {
  column: number;
  text: string;
  parsed?: ReturnType<typeof parseQuestionCode>;
  unknownTool?: boolean;
}

const DIGIT_CODE_WITHOUT_TOOL = /^(ข้อ(ที่)?\s*\d{1,3}|0\d{1,2})$/;

function findCode(cells: string[], tool: ToolCode | undefined): CodeHit | undefined {
  for (let c = 0; c < cells.length; c++) {
    const t = cells[c];
    if (t === "" || t.length > 400) continue;
    const parsed = parseQuestionCode(t, tool);
    if (parsed) return { column: c, text: t, parsed };
    if (!tool && DIGIT_CODE_WITHOUT_TOOL.test(toArabicDigits(t)) && /^ข้อ|^[0๐]/.test(t)) {
      // "ข้อ 5" with no tool above it: tell the user rather than guess.
      if (hasScoreAfter(cells, c)) return { column: c, text: t, unknownTool: true };
    }
  }
  return undefined;
}

function hasScoreAfter(cells: string[], c: number): boolean {
  for (let k = c + 1; k < cells.length; k++) if (parseNumber(cells[k]) !== undefined) return true;
  return false;
}

type ScoreCell =
  | { kind: "score"; score: number; column: number }
  | { kind: "invalid"; text: string; column: number }
  | { kind: "missing" };

/** The score of a row: the named score column, else the first number right of `from`. */
function firstScoreCell(cells: string[], raw: readonly unknown[], from: number, scoreColumn: number | undefined): ScoreCell {
  // A header's score column wins wherever it is (left of the code too), unless it is the code itself.
  if (scoreColumn !== undefined && scoreColumn !== from - 1 && cells[scoreColumn] !== undefined && cells[scoreColumn] !== "") {
    return judge(cells, raw, scoreColumn);
  }
  let firstNumericLooking: number | undefined;
  for (let c = from; c < cells.length; c++) {
    const t = cells[c];
    if (t === "") continue;
    const n = parseNumber(raw[c]) ?? parseNumber(t);
    if (n !== undefined) return judge(cells, raw, c);
    if (firstNumericLooking === undefined && (looksNumeric(t) || isPlaceholder(t))) firstNumericLooking = c;
  }
  if (firstNumericLooking !== undefined) return { kind: "invalid", text: cells[firstNumericLooking], column: firstNumericLooking };
  return { kind: "missing" };
}

function isPlaceholder(t: string): boolean {
  return /^(-+|–|—|n\/?a|null|none|ไม่มี(ข้อมูล)?|ไม่ประเมิน|ว่าง|#N\/A|#VALUE!|#REF!|#DIV\/0!)$/i.test(t.trim());
}

function judge(cells: string[], raw: readonly unknown[], c: number): ScoreCell {
  const n = parseNumber(raw[c]) ?? parseNumber(cells[c]);
  if (n === undefined || n < 0 || n > 100) return { kind: "invalid", text: cells[c], column: c };
  return { kind: "score", score: n, column: c };
}

type QuestionRow =
  | { kind: "ok"; score: number; label?: string; recommendation?: string }
  | { kind: "invalid"; text: string; column: number }
  | { kind: "missing" };

function readQuestionRow(cells: string[], raw: readonly unknown[], codeColumn: number, rest: string, columns: Columns): QuestionRow {
  const s = firstScoreCell(cells, raw, codeColumn + 1, columns.score);
  if (s.kind !== "score") return s;
  const labelParts: string[] = rest ? [rest] : [];
  for (let c = codeColumn + 1; c < s.column; c++) if (cells[c] !== "" && parseNumber(cells[c]) === undefined) labelParts.push(cells[c]);
  let recommendation: string | undefined;
  if (columns.recommendation !== undefined && columns.recommendation > s.column) {
    recommendation = cells[columns.recommendation] || undefined;
  } else {
    for (let c = s.column + 1; c < cells.length; c++) {
      const t = cells[c];
      if (t !== "" && parseNumber(t) === undefined && (!recommendation || t.length > recommendation.length)) recommendation = t;
    }
  }
  return {
    kind: "ok",
    score: s.score,
    ...(labelParts.length ? { label: labelParts.join(" ") } : {}),
    ...(recommendation ? { recommendation } : {}),
  };
}

const INDICATOR_HEADING = /ตัวชี้วัดที่\s*(\d{1,2})(?!\s*\.\s*\d)\s*[.:]?\s*([^\n]*)/;

function findIndicator(cells: string[], vocabulary: ReaderVocabulary): { number: number; name?: string; column: number } | undefined {
  for (let c = 0; c < cells.length; c++) {
    const t = toArabicDigits(cells[c]);
    if (t === "" || t.length > 160) continue;
    if (/ตัวชี้วัดย่อย/.test(t)) continue;
    const m = INDICATOR_HEADING.exec(t);
    if (m && t.indexOf("ตัวชี้วัดที่") <= 2) {
      const n = Number(m[1]);
      if (n >= 1 && n <= 10) {
        const name = m[2].trim() || vocabulary.indicators.find((i) => i.number === n)?.names[0];
        return name ? { number: n, name, column: c } : { number: n, column: c };
      }
    }
  }
  // A name alone ("การปฏิบัติหน้าที่"), the number, if any, being a rank or ลำดับ.
  for (let c = 0; c < cells.length; c++) {
    const t = cells[c].replace(/^[0-9๐-๙]{1,2}\s*[.)]?\s*/, "");
    if (t.length < 5 || t.length > 80) continue;
    let best: { number: number; score: number } | undefined;
    for (const ind of vocabulary.indicators) {
      for (const name of ind.names) {
        const s = similarity(t, name);
        if (s >= 0.75 && (!best || s > best.score)) best = { number: ind.number, score: s };
      }
    }
    if (best) return { number: best.number, name: t, column: c };
  }
  return undefined;
}

/** A cell that reads as a score 0–100 (not a year, not a long text). */
function hasScoreLike(cells: string[], raw: readonly unknown[]): boolean {
  for (let c = 0; c < cells.length; c++) {
    if (cells[c] === "" || cells[c].length > 12) continue;
    const n = parseNumber(raw[c]) ?? parseNumber(cells[c]);
    if (n !== undefined && n >= 0 && n <= 100) return true;
  }
  return false;
}

function isContinuation(cells: string[], raw: readonly unknown[], columns: Columns, codeColumn: number): boolean {
  let textCells = 0;
  for (let c = 0; c < cells.length; c++) {
    if (cells[c] === "") continue;
    if (parseNumber(raw[c]) !== undefined || parseNumber(cells[c]) !== undefined) return false;
    const limit = columns.recommendation ?? codeColumn + 1;
    if (c < limit) return false;
    textCells++;
  }
  return textCells > 0;
}

function dedupeIndicators(list: ReadIndicator[], warn: (row: number, message: string) => void): ReadIndicator[] {
  const seen = new Map<number, ReadIndicator>();
  for (const ind of list) {
    const first = seen.get(ind.number);
    if (!first) seen.set(ind.number, ind);
    else if (first.score !== ind.score) warn(ind.row, th.reader.indicatorDuplicate(ind.number, first.row));
  }
  return [...seen.values()];
}

function dedupeTools(list: ReadToolScore[]): ReadToolScore[] {
  const seen = new Map<ToolCode, ReadToolScore>();
  for (const t of list) if (!seen.has(t.tool)) seen.set(t.tool, t);
  return [...seen.values()];
}
