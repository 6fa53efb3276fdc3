import type { Analysis } from "../analysis/types";
import { DOCUMENT_ROLES, type DocumentRole } from "../catalogue/types";
import { columnLetters } from "../reader/address";
import { th } from "../strings/th";
import { layoutSheet } from "./layout";
import type { DocumentFacts } from "./settings";
import type { ReportPlan, SheetRole } from "./types";

/**
 * What the office still has to do with the generated documents before they are signed and
 * published: the drafts it confirms or replaces, the facts the software cannot know, and where
 * the documents go on the website. Pure: the pane, the page and the command line say it in words.
 */
export interface OfficeToDo {
  /** Sheets holding drafts, in plan order, with the cells as ranges ("F7:F13"). */
  drafts: { sheet: string; role: SheetRole; count: number; ranges: string[] }[];
  draftCount: number;
  /** Every software note by its cell: hosts that cannot write cell notes list them instead. */
  notes: { sheet: string; cell: string; text: string }[];
  /** Document facts not given yet, in the order a memo asks for them. */
  missingFacts: MissingFact[];
  /** The OIT items the documents are published under, by their role in the year's catalogue. */
  publish: { role: DocumentRole; code: string; title: string; year: number }[];
}

export type MissingFact = "office" | "number" | "date" | "district" | "province" | "round" | "preparer" | "chain";

/** Where the documents' cells are is the layout's business: it is computed once per sheet here too. */
export function officeToDo(plan: ReportPlan, a: Pick<Analysis, "documentItems" | "assessmentYear">, facts: DocumentFacts | undefined): OfficeToDo {
  const drafts: OfficeToDo["drafts"] = [];
  const notes: OfficeToDo["notes"] = [];
  for (const sheet of plan.sheets) {
    const laid = layoutSheet(sheet, plan);
    const cells: [number, number][] = [];
    let count = 0;
    for (const row of laid.rows) {
      row.cells.forEach((cell, c) => {
        const address = `${columnLetters(c + 1)}${row.row}`;
        if (cell.note) notes.push({ sheet: sheet.name, cell: address, text: cell.note });
        if (!cell.draft || typeof cell.value !== "string" || cell.value === "") return;
        cells.push([c + 1, row.row]);
        // A draft cut into parts (a text taller than a page) is one draft.
        if (!cell.value.startsWith(th.report.continued)) count++;
      });
    }
    if (cells.length > 0) drafts.push({ sheet: sheet.name, role: sheet.role, count, ranges: columnRuns(cells) });
  }
  const publish: OfficeToDo["publish"] = [];
  for (const role of DOCUMENT_ROLES) {
    const item = a.documentItems[role];
    if (item) publish.push({ role, code: item.code, title: item.title, year: a.assessmentYear });
  }
  return { drafts, draftCount: drafts.reduce((n, d) => n + d.count, 0), notes, missingFacts: missingFacts(facts), publish };
}

/** Cells as one range per run of consecutive rows in a column, column by column. */
function columnRuns(cells: [number, number][]): string[] {
  const out: string[] = [];
  const columns = [...new Set(cells.map(([c]) => c))].sort((x, y) => x - y);
  for (const c of columns) {
    const rows = cells.filter(([cc]) => cc === c).map(([, r]) => r).sort((x, y) => x - y);
    let start = rows[0];
    for (let k = 1; k <= rows.length; k++) {
      if (k < rows.length && rows[k] === rows[k - 1] + 1) continue;
      const end = rows[k - 1];
      const letters = columnLetters(c);
      out.push(start === end ? `${letters}${start}` : `${letters}${start}:${letters}${end}`);
      start = rows[k];
    }
  }
  return out;
}

const given = (s: string | undefined) => s !== undefined && s.trim() !== "";

export function missingFacts(facts: DocumentFacts | undefined): MissingFact[] {
  const f = facts ?? {};
  const out: MissingFact[] = [];
  if (!given(f.office)) out.push("office");
  if (!given(f.number)) out.push("number");
  if (!given(f.date)) out.push("date");
  if (!given(f.district)) out.push("district");
  if (!given(f.province)) out.push("province");
  if (f.round === undefined) out.push("round");
  if (!given(f.preparer?.name) || !given(f.preparer?.position)) out.push("preparer");
  // Positions default by agency kind; the names are the office's to give.
  if (!f.chain || f.chain.length === 0 || f.chain.some((s) => !given(s.name))) out.push("chain");
  return out;
}
