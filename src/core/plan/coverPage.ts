import type { Analysis } from "../analysis/types";
import { th } from "../strings/th";
import type { Formatter } from "./format";
import { pageBodyPoints } from "./page";
import type { DocumentFacts } from "./settings";
import { dots, fullAgencyName } from "./signatures";
import { rowHeightFor } from "./textMetrics";
import type { Block, ReportPlan, SheetPlan } from "./types";

const D = th.documents;

export type CoverKind = "analysis" | "measures" | "followUp";

/** "ตะโหมด" from "อำเภอตะโหมด", "อ.ตะโหมด" or "ตะโหมด": the prefix is ours to write. */
function placeName(text: string | undefined, prefix: RegExp): string | undefined {
  const t = text?.replace(/\s+/g, " ").trim().replace(prefix, "").trim();
  return t ? t : undefined;
}

/** "อำเภอตะโหมด จังหวัดพัทลุง", with a dotted line for what is not given. */
export function placeLine(facts: DocumentFacts | undefined, f: Formatter, size: number): string {
  const blank = dots(6 * size, size);
  const district = placeName(facts?.district, /^(?:อำเภอ|อ\.)\s*/) ?? ` ${blank}`;
  const province = placeName(facts?.province, /^(?:จังหวัด|จ\.)\s*/) ?? ` ${blank}`;
  return f.text(D.coverPlace(district, province));
}

/**
 * A cover opening a document, as seed 001 opens: the title, the year, the agency, its district
 * and province, centred on a page of their own. The document after it starts the next page
 * (the one manual break a cover needs).
 */
export function withCover(sheet: SheetPlan, kind: CoverKind, a: Analysis, f: Formatter, facts: DocumentFacts | undefined, plan: Pick<ReportPlan, "font" | "styles">): SheetPlan {
  const size = plan.font.size;
  const year = kind === "analysis" ? a.assessmentYear : a.planYear;
  const lines: { text: string; style: "coverTitle" | "coverLine" }[] = [
    ...D.coverTitles[kind].map((text) => ({ text, style: "coverTitle" as const })),
    { text: f.text(D.coverYear(String(year))), style: "coverLine" },
  ];
  if (kind === "measures") lines.push({ text: f.text(D.coverAssessed(String(a.assessmentYear))), style: "coverLine" });
  if (kind === "followUp" && facts?.round) lines.push({ text: f.text(D.coverRound(String(facts.round))), style: "coverLine" });
  const place: { text: string; style: "coverLine" }[] = [
    { text: a.agency ? fullAgencyName(a.agency) : dots(14 * size, size), style: "coverLine" },
    { text: placeLine(facts, f, size), style: "coverLine" },
  ];
  const height = (style: "coverTitle" | "coverLine") => rowHeightFor(1, size + (plan.styles[style].sizeDelta ?? 0));
  const gap = rowHeightFor(1, size) * 2;
  const content = [...lines, ...place].reduce((s, l) => s + height(l.style), 0) + gap;
  const top = Math.max(0, Math.floor((pageBodyPoints(sheet.print, sheet.columns) - content) / 2 / rowHeightFor(1, size) - 0.5));
  const [first, ...rest] = sheet.blocks;
  const opened: Block = first.kind === "title" || first.kind === "paragraph" || first.kind === "table" ? { ...first, pageBreakBefore: true } : first;
  return {
    ...sheet,
    blocks: [
      ...(top > 0 ? [{ kind: "spacer", lines: top } as const] : []),
      { kind: "title", lines },
      { kind: "spacer", lines: 2 },
      { kind: "title", lines: place },
      opened,
      ...rest,
    ],
    // The cover is not numbered; the document's pages go on from 2 (LibreOffice starts every
    // sheet at 1 and takes no first page number below it).
    print: { ...sheet.print, firstFooter: "" },
  };
}

/** Appends blocks (signatures) to a sheet. */
export function withClosing(sheet: SheetPlan, blocks: Block[]): SheetPlan {
  return { ...sheet, blocks: [...sheet.blocks, ...blocks] };
}

