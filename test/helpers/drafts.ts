import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import type { ReportPlan } from "../../src/core/plan/types";
import { sampleGrid, type SampleName } from "./fixtures";

export const SAMPLES: SampleName[] = ["ita-2568-khuansaorang.tsv", "ita-2565-tharnkasem.tsv", "ita-2569-huaysaingam.tsv"];

/**
 * What a software note reads like: a word for the paste or the program, an instruction to the
 * user, a word for a draft, a claim that something was done. None of it may be printed.
 * ("โปรดพิจารณา" is the memo's own phrase to the head of the agency, and allowed.)
 */
export const SOFTWARE_NOTE = /ข้อมูลที่วาง|โปรแกรม|โปรด(?!พิจารณา)|ร่าง|แก้ไขให้ตรง|ไม่มีในรายการข้อคำถาม|ชีต|Alt\+Enter/;
/** An output drafted as done ("…บนเว็บไซต์แล้ว"). */
export const CLAIMED_DONE = /แล้ว\s*$/;

export function reportOf(sample: SampleName, previous?: SampleName) {
  const prev = previous ? readScores(sampleGrid(previous)) : undefined;
  return makeReport(readScores(sampleGrid(sample)), {}, prev);
}

/** Every printed text of a plan, as laid out (what the renderers write into cells). */
export function printedCells(plan: ReportPlan): { sheet: string; text: string; draft: boolean }[] {
  const out: { sheet: string; text: string; draft: boolean }[] = [];
  for (const sheet of plan.sheets) {
    for (const row of layoutSheet(sheet, plan).rows) {
      for (const cell of row.cells) if (typeof cell.value === "string" && cell.value !== "") out.push({ sheet: sheet.name, text: cell.value, draft: cell.draft === true });
    }
  }
  return out;
}

