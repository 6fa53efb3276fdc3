import { parseQuestionCode } from "../codes";
import { InputError } from "../errors";
import type { Warning } from "../model";
import { columnLetters } from "../reader/address";
import { cellText } from "../text/cellText";
import { toArabicDigits } from "../text/digits";
import { THAI_MONTHS, THAI_MONTHS_SHORT } from "../text/years";
import { th } from "../strings/th";
import { DOCUMENT_ROLES, type Catalogue, type CatalogueIssue, type CatalogueQuestion, type DocumentRole, type FiscalPeriod, type MeasureTemplate } from "./types";

/**
 * The catalogue as a readable Thai table users can edit in a sheet, and back. This is how a new
 * ITA year needs no new release: change the questions' texts, add a question, rename a ประเด็น,
 * and the next analysis uses them. Only what users should edit is in the table; structure
 * (tools, weights, sub-indicators, aliases) comes from the built-in catalogue it is read onto.
 *
 * Reading never fails: a bad value keeps the built-in one and warns, naming sheet and row.
 */

/** The table's Thai (its headers double as the keys the reader looks for). */
const T = th.catalogueTable;

export type CatalogueRowKind = "title" | "meta" | "note" | "blank" | "section" | "header" | "question" | "measure";

/** Column widths of the table, in Excel character units. */
export const CATALOGUE_COLUMN_WIDTHS = [14, 11, 11, 18, 30, 40, 45, 30, 30];
const WIDTH = CATALOGUE_COLUMN_WIDTHS.length;

/** Fiscal month (1 = ตุลาคม) ↔ calendar month (1 = มกราคม). */
const fiscalToCalendar = (m: number) => ((m + 8) % 12) + 1;
const calendarToFiscal = (m: number) => ((m + 2) % 12) + 1;

function pad(cells: string[]): string[] {
  return [...cells, ...Array<string>(Math.max(0, WIDTH - cells.length)).fill("")];
}

function measureRow(key: number, name: string, m: MeasureTemplate): string[] {
  return [
    String(key),
    THAI_MONTHS[fiscalToCalendar(m.period.from) - 1],
    THAI_MONTHS[fiscalToCalendar(m.period.to) - 1],
    m.units.join("\n"),
    name,
    m.measure,
    m.steps.join("\n"),
    m.followUp,
    m.output,
  ];
}

/** The table with the kind of each row (for formatting the sheet). */
export function catalogueTable(cat: Catalogue): { rows: string[][]; kinds: CatalogueRowKind[] } {
  const rows: string[][] = [];
  const kinds: CatalogueRowKind[] = [];
  const add = (kind: CatalogueRowKind, cells: string[]) => {
    rows.push(pad(cells));
    kinds.push(kind);
  };
  add("title", [T.title]);
  add("meta", [T.idLabel, cat.id]);
  add("meta", [T.yearsLabel, T.years(cat.fromYear, cat.toYear)]);
  add("note", [`${T.note} ${T.yearsNote}`]);
  add("blank", []);
  add("section", [T.questionsSection]);
  add("header", [...T.questionHeader]);
  for (const q of cat.questions) {
    add("question", [
      q.code, String(q.indicator), q.subIndicator ?? "", q.issue !== undefined ? String(q.issue) : "", q.title, q.weakness, q.action,
      q.role ? T.roles[q.role] : "", q.unconfirmed ? T.unconfirmed : "",
    ]);
  }
  if (cat.issues.length > 0) {
    add("blank", []);
    add("section", [T.issuesSection]);
    add("header", T.measureHeader("ประเด็น"));
    for (const issue of cat.issues) add("measure", measureRow(issue.number, issue.title, issue.measure));
  }
  add("blank", []);
  add("section", [T.indicatorsSection]);
  add("header", T.measureHeader("ตัวชี้วัด"));
  for (const [n, m] of Object.entries(cat.indicatorMeasures).sort(([a], [b]) => Number(a) - Number(b))) {
    const name = cat.indicators.find((i) => i.number === Number(n))?.name ?? "";
    add("measure", measureRow(Number(n), name, m));
  }
  return { rows, kinds };
}

export function catalogueToRows(cat: Catalogue): string[][] {
  return catalogueTable(cat).rows;
}

// ── Reading ──

/**
 * An edited table (a sheet or file the user changed) read onto the catalogue it names, among
 * `catalogues`. Throws InputError, saying so in Thai, when the table names no catalogue or an
 * unknown one; bad rows only warn.
 */
export function catalogueFromTable(
  rows: readonly (readonly unknown[])[],
  catalogues: readonly Catalogue[],
  options: CatalogueFromRowsOptions & { fileName: string },
): { catalogue: Catalogue; warnings: Warning[] } {
  const id = catalogueIdIn(rows);
  if (id === undefined) throw new InputError(th.files.notACatalogue(options.fileName));
  const base = catalogues.find((c) => c.id === id);
  if (!base) throw new InputError(th.files.unknownCatalogue(options.fileName, id, catalogues.map((c) => c.id)));
  return catalogueFromRows(rows, base, options);
}

/** True for a catalogue table (its id row and its question header), so it is never read as scores. */
export function isCatalogueTable(rows: readonly (readonly unknown[])[]): boolean {
  if (catalogueIdIn(rows) === undefined) return false;
  return rows.some((r) => {
    const cells = Array.isArray(r) ? r.map(text) : [];
    return cells.includes(T.questionHeader[0]) && cells.includes(T.questionHeader[5]);
  });
}

/** The catalogue id a table names in its "ชุดข้อมูล" row, if it has one. */
export function catalogueIdIn(rows: readonly (readonly unknown[])[]): string | undefined {
  // Called on anything a user pasted: rows that are not lists are skipped, not trusted.
  if (!Array.isArray(rows)) return undefined;
  for (const r of rows) {
    if (!Array.isArray(r)) continue;
    const cells = r.map(text);
    const at = cells.findIndex((c) => c === T.idLabel);
    if (at >= 0 && (cells[at + 1] ?? "") !== "") return cells[at + 1];
  }
  return undefined;
}

export interface CatalogueFromRowsOptions {
  sheetName: string;
  /** Sheet row of rows[0] (default 1) and column of rows[i][0] (default 1), for messages. */
  firstRow?: number;
  firstColumn?: number;
}

type SectionKind = "questions" | "issues" | "indicators";

interface Section {
  kind: SectionKind;
  headerIndex: number;
  columns: Map<string, number>;
  rows: number[];
}

/** A cell as text: rich text from an edited workbook, numbers and odd values included. */
function text(value: unknown): string {
  return cellText(value);
}

function integer(value: string): number | undefined {
  const t = toArabicDigits(value).trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : undefined;
}

function lines(value: string, separators: RegExp): string[] {
  return value
    .split(separators)
    .map((l) => l.trim().replace(/^(?:[0-9๐-๙]{1,2}[.)]|[-•*])\s*/, "").trim())
    .filter((l) => l !== "");
}

/** "ตุลาคม", "ต.ค.", "ต.ค", "ตุลาคม 2568" → fiscal month. */
function month(value: string): number | undefined {
  const t = value.replace(/[0-9๐-๙]/g, "").replace(/[\s.]/g, "");
  const full = THAI_MONTHS.findIndex((m) => m === t);
  const short = THAI_MONTHS_SHORT.findIndex((m) => m.replace(/\./g, "") === t);
  const calendar = full >= 0 ? full + 1 : short >= 0 ? short + 1 : undefined;
  return calendar === undefined ? undefined : calendarToFiscal(calendar);
}

/** Field name → the header label that names it (matched by prefix, most specific first). */
const QUESTION_FIELDS: [string, string][] = [
  ["code", "รหัส"], ["subIndicator", "ตัวชี้วัดย่อย"], ["indicator", "ตัวชี้วัด"], ["issue", "ประเด็น"], ["title", "หัวข้อ"], ["weakness", "ข้อบกพร่อง"], ["action", "ข้อแก้ไข"],
  ["role", T.questionHeader[7]], ["status", T.questionHeader[8]],
];
const MEASURE_FIELDS: [string, string][] = [
  ["from", "เดือนเริ่ม"], ["to", "เดือนสิ้นสุด"], ["units", "ผู้รับผิดชอบ"], ["name", "ชื่อ"], ["measure", "มาตรการ"], ["steps", "ขั้นตอน"], ["followUp", "การติดตามผล"], ["output", "ผลการดำเนินการ"],
];

function mapColumns(header: readonly string[], fields: [string, string][], keyField?: [string, string]): Map<string, number> {
  const map = new Map<string, number>();
  const all = keyField ? [keyField, ...fields] : fields;
  header.forEach((label, c) => {
    const hit = all.find(([field, prefix]) => !map.has(field) && label.replace(/\s+/g, "").startsWith(prefix.replace(/\s+/g, "")));
    if (hit) map.set(hit[0], c);
  });
  return map;
}

/**
 * Reads an edited table back onto `base`. Returns `base` itself (with a warning) when the sheet
 * belongs to another catalogue.
 */
export function catalogueFromRows(
  rows: readonly (readonly unknown[])[],
  base: Catalogue,
  options: CatalogueFromRowsOptions,
): { catalogue: Catalogue; warnings: Warning[] } {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 1;
  const grid = rows.map((r) => r.map(text));
  const warnings: Warning[] = [];
  const sheetRow = (i: number) => firstRow + i;
  const warn = (i: number, message: string, column?: number) =>
    warnings.push({
      row: sheetRow(i),
      ...(column !== undefined ? { column: firstColumn + column, cell: `${columnLetters(firstColumn + column)}${sheetRow(i)}` } : {}),
      message: `${T.where(options.sheetName, sheetRow(i))}: ${message}`,
    });

  // Sections: a header row starts one; data rows follow until the next header.
  const sections: Section[] = [];
  let idRow: number | undefined;
  const sectionTitles: readonly string[] = [T.questionsSection, T.issuesSection, T.indicatorsSection, T.title];
  grid.forEach((cells, i) => {
    const first = cells[0] ?? "";
    if (first === T.idLabel && sections.length === 0) idRow = i;
    // Header rows are recognised by their labels wherever the columns were moved.
    const hasMeasure = cells.some((c) => c.startsWith("มาตรการ"));
    const kind: SectionKind | undefined =
      cells.includes("รหัส") && cells.some((c) => c.startsWith("หัวข้อ"))
        ? "questions"
        : hasMeasure && cells.includes("ประเด็น")
          ? "issues"
          : hasMeasure && cells.includes("ตัวชี้วัด")
            ? "indicators"
            : undefined;
    if (kind) {
      const key = kind === "issues" ? "ประเด็น" : "ตัวชี้วัด";
      const columns = kind === "questions" ? mapColumns(cells, QUESTION_FIELDS) : mapColumns(cells, MEASURE_FIELDS, ["key", key]);
      sections.push({ kind, headerIndex: i, columns, rows: [] });
      return;
    }
    const filled = cells.filter((c) => c !== "").length;
    if (filled === 0 || (filled === 1 && cells.some((c) => sectionTitles.includes(c)))) return;
    sections[sections.length - 1]?.rows.push(i);
  });

  const sheetId = idRow !== undefined ? grid[idRow][1] ?? "" : "";
  if (sheetId !== "" && sheetId !== base.id) {
    warn(idRow!, T.otherCatalogue(sheetId, base.id));
    return { catalogue: base, warnings };
  }
  const years = readYears(grid, base, warn);

  const indicators = base.indicators.map((i) => ({ ...i, ...(i.aliases ? { aliases: [...i.aliases] } : {}) }));
  const issues: CatalogueIssue[] = base.issues.map((i) => ({ ...i }));
  const indicatorMeasures: Record<number, MeasureTemplate> = { ...base.indicatorMeasures };

  for (const section of sections.filter((s) => s.kind !== "questions")) {
    readMeasures(section, grid, base, { issues, indicators, indicatorMeasures }, warn);
  }
  const questionSection = sections.find((s) => s.kind === "questions");
  let questions = base.questions;
  if (!questionSection) warnings.push({ message: `ชีต "${options.sheetName}": ${T.noQuestionSection}` });
  else questions = readQuestions(questionSection, grid, base, issues, warn);

  return {
    catalogue: { ...base, ...years, indicators, issues: issues.sort((a, b) => a.number - b.number), indicatorMeasures, questions },
    warnings,
  };
}

/** The checked years the user wrote ("2569", "2569–2570", "๒๕๖๙ - ๒๕๗๐"), else the built-in ones. */
function readYears(grid: string[][], base: Catalogue, warn: Warn): { fromYear: number; toYear: number } {
  const labels: readonly string[] = [T.yearsLabel, ...T.oldYearsLabels];
  const at = grid.findIndex((cells) => labels.includes(cells[0] ?? ""));
  const keep = { fromYear: base.fromYear, toYear: base.toYear };
  if (at < 0) return keep;
  const text = grid[at][1] ?? "";
  const m = /^\s*(\d{4})\s*(?:[-–—]|ถึง)?\s*(\d{4})?\s*(?:เป็นต้นไป)?\s*$/.exec(toArabicDigits(text));
  const from = m ? Number(m[1]) : NaN;
  const to = m?.[2] !== undefined ? Number(m[2]) : from;
  const plausible = (y: number) => y >= 2557 && y <= 2650;
  if (!m || !plausible(from) || !plausible(to) || to < from) {
    if (text !== "") warn(at, `${T.badYears(text)} ${T.keepBuiltIn}`, 1);
    return keep;
  }
  // An older file's "2568 เป็นต้นไป" named no last year: the built-in one is what was checked.
  if (m[2] === undefined && /เป็นต้นไป/.test(text)) return { fromYear: from, toYear: Math.max(from, base.toYear) };
  return { fromYear: from, toYear: to };
}

function roleOf(text: string): DocumentRole | undefined {
  return DOCUMENT_ROLES.find((r) => T.roles[r] === text.trim() || T.roles[r].replace(/ฯ$/, "") === text.trim().replace(/ฯ$/, ""));
}

type Warn = (index: number, message: string, column?: number) => void;

function missingColumns(section: Section, required: readonly string[], labels: Record<string, string>, warn: Warn): boolean {
  const missing = required.filter((f) => !section.columns.has(f));
  for (const f of missing) warn(section.headerIndex, T.missingColumn(labels[f] ?? f));
  return missing.length > 0;
}

function readQuestions(section: Section, grid: string[][], base: Catalogue, issues: readonly CatalogueIssue[], warn: Warn): CatalogueQuestion[] {
  const labels = Object.fromEntries(QUESTION_FIELDS);
  if (missingColumns(section, ["code", "indicator", "title", "weakness", "action"], labels, warn)) return base.questions;
  const col = (f: string) => section.columns.get(f);
  const byCode = new Map(base.questions.map((q) => [q.code, q]));
  const seen = new Map<string, number>();
  const roleHolder = new Map<DocumentRole, string>();
  const out: CatalogueQuestion[] = [];
  for (const i of section.rows) {
    const cells = grid[i];
    const get = (f: string) => {
      const c = col(f);
      return c === undefined ? "" : cells[c] ?? "";
    };
    const codeText = get("code");
    const parsed = parseQuestionCode(codeText);
    if (!parsed || parsed.rest !== "") {
      warn(i, T.badCode(codeText), col("code"));
      continue;
    }
    const code = parsed.code;
    if (seen.has(code)) {
      warn(i, T.duplicateCode(code, seen.get(code)!), col("code"));
      continue;
    }
    seen.set(code, i);
    const known = byCode.get(code);
    const key = T.questionKey(code);

    const indicatorText = get("indicator");
    const indicatorNumber = integer(indicatorText);
    const indicatorOk = indicatorNumber !== undefined && base.indicators.some((d) => d.number === indicatorNumber && d.tool === parsed.tool);
    const title = get("title");
    const weakness = get("weakness");
    const action = get("action");

    if (!known) {
      if (!indicatorOk || title === "" || weakness === "" || action === "") {
        warn(i, T.newQuestionIncomplete(code), col(indicatorOk ? "title" : "indicator"));
        continue;
      }
    } else {
      if (!indicatorOk) warn(i, `${T.badIndicator(code, indicatorText)} ${T.keepBuiltIn}`, col("indicator"));
      for (const [f, v] of [["title", title], ["weakness", weakness], ["action", action]] as const) {
        if (v === "") warn(i, `${T.emptyText(T.fields[f], key)} ${T.keepBuiltIn}`, col(f));
      }
    }
    const indicator = indicatorOk ? indicatorNumber! : known!.indicator;

    let subIndicator = known?.subIndicator;
    const subText = get("subIndicator");
    if (subText !== "") {
      const sub = base.subIndicators.find((s) => s.id === toArabicDigits(subText) && s.indicator === indicator);
      if (sub) subIndicator = sub.id;
      else warn(i, `${T.badSubIndicator(code, subText)} ${known?.subIndicator ? T.keepBuiltIn : ""}`.trim(), col("subIndicator"));
    }
    if (subIndicator !== undefined && !base.subIndicators.some((s) => s.id === subIndicator && s.indicator === indicator)) subIndicator = undefined;

    let issue = known?.issue;
    const issueText = get("issue");
    if (issueText !== "") {
      const n = integer(issueText);
      if (n !== undefined && issues.some((x) => x.number === n)) issue = n;
      else warn(i, `${T.badIssue(code, issueText)} ${known?.issue !== undefined ? T.keepBuiltIn : ""}`.trim(), col("issue"));
    }

    // Role and status: columns a file from before they existed does not have keep the built-in values.
    let role = known?.role;
    if (col("role") !== undefined) {
      const roleText = get("role");
      role = roleText === "" ? undefined : roleOf(roleText);
      if (roleText !== "" && role === undefined) {
        warn(i, `${T.badRole(code, roleText)} ${known?.role ? T.keepBuiltIn : ""}`.trim(), col("role"));
        role = known?.role;
      }
      const first = role ? roleHolder.get(role) : undefined;
      if (role && first !== undefined) {
        warn(i, T.duplicateRole(T.roles[role], code, first), col("role"));
        role = undefined;
      }
      if (role) roleHolder.set(role, code);
    }
    const unconfirmed = col("status") !== undefined ? get("status").includes(T.unconfirmed) : known?.unconfirmed === true;

    out.push({
      code,
      indicator,
      ...(subIndicator !== undefined ? { subIndicator } : {}),
      ...(issue !== undefined ? { issue } : {}),
      title: title || known!.title,
      weakness: weakness || known!.weakness,
      action: action || known!.action,
      ...(role ? { role } : {}),
      ...(unconfirmed ? { unconfirmed } : {}),
    });
  }
  // Questions missing from the sheet stay: they only matter when a paste has them.
  for (const q of base.questions) {
    if (seen.has(q.code)) continue;
    if (q.role && roleHolder.has(q.role) && roleHolder.get(q.role) !== q.code) {
      const { role: _moved, ...rest } = q;
      out.push(rest);
    } else out.push(q);
  }
  return out;
}

function readMeasures(
  section: Section,
  grid: string[][],
  base: Catalogue,
  target: { issues: CatalogueIssue[]; indicators: Catalogue["indicators"]; indicatorMeasures: Record<number, MeasureTemplate> },
  warn: Warn,
): void {
  const isIssue = section.kind === "issues";
  const label = isIssue ? "ประเด็น" : "ตัวชี้วัด";
  const labels = Object.fromEntries(MEASURE_FIELDS);
  if (missingColumns(section, ["key", "from", "to", "units", "name", "measure", "steps", "followUp", "output"], { ...labels, key: label }, warn)) return;
  const col = (f: string) => section.columns.get(f)!;
  const seen = new Map<number, number>();
  for (const i of section.rows) {
    const cells = grid[i];
    const get = (f: string) => cells[col(f)] ?? "";
    const n = integer(get("key"));
    const existing = n === undefined ? undefined : isIssue ? target.issues.find((x) => x.number === n) : undefined;
    const indicator = n === undefined || isIssue ? undefined : target.indicators.find((d) => d.number === n);
    const known = isIssue ? existing?.measure : n !== undefined ? base.indicatorMeasures[n] : undefined;
    // New ประเด็น may be added to an issue-layout catalogue; indicators are fixed by the tools.
    const valid = n !== undefined && (isIssue ? existing !== undefined || base.issues.length > 0 : indicator !== undefined);
    if (!valid) {
      warn(i, T.badNumber(label, get("key")), col("key"));
      continue;
    }
    if (seen.has(n)) {
      warn(i, T.duplicateNumber(label, n, seen.get(n)!), col("key"));
      continue;
    }
    seen.set(n, i);
    const key = isIssue ? T.issueKey(n) : T.indicatorKey(n);
    const name = get("name");
    const fields = {
      measure: get("measure"),
      followUp: get("followUp"),
      output: get("output"),
      steps: lines(get("steps"), /\n/),
      units: lines(get("units"), /[\n,]/),
    };
    const from = month(get("from"));
    const to = month(get("to"));
    const periodOk = from !== undefined && to !== undefined && from <= to;
    const currentName = isIssue ? existing?.title : indicator?.name;

    if (!known || currentName === undefined) {
      const complete = periodOk && name !== "" && fields.measure !== "" && fields.followUp !== "" && fields.output !== "" && fields.steps.length > 0 && fields.units.length > 0;
      if (!complete) {
        warn(i, T.newMeasureIncomplete(key), col("key"));
        continue;
      }
    } else {
      if (!periodOk) warn(i, `${T.badMonth(key, get("from"), get("to"))} ${T.keepBuiltIn}`, col("from"));
      if (name === "") warn(i, `${T.emptyText(T.fields.name, key)} ${T.keepBuiltIn}`, col("name"));
      for (const f of ["measure", "followUp", "output", "steps", "units"] as const) {
        const empty = typeof fields[f] === "string" ? fields[f] === "" : (fields[f] as string[]).length === 0;
        if (empty) warn(i, `${T.emptyText(T.fields[f], key)} ${T.keepBuiltIn}`, col(f));
      }
    }
    const period: FiscalPeriod = periodOk ? { from: from!, to: to! } : known!.period;
    const measure: MeasureTemplate = {
      measure: fields.measure || known!.measure,
      steps: fields.steps.length > 0 ? fields.steps : known!.steps,
      units: fields.units.length > 0 ? fields.units : known!.units,
      period,
      followUp: fields.followUp || known!.followUp,
      output: fields.output || known!.output,
    };
    const newName = name || currentName!;
    if (isIssue) {
      const entry = { number: n, title: newName, measure };
      const at = target.issues.findIndex((x) => x.number === n);
      if (at >= 0) target.issues[at] = entry;
      else target.issues.push(entry);
    } else {
      target.indicatorMeasures[n] = measure;
      const at = target.indicators.findIndex((d) => d.number === n);
      target.indicators[at] = { ...target.indicators[at], name: newName };
    }
  }
}
