import type { AgencyTerms } from "../agency";
import { th } from "../strings/th";
import type { DocumentFacts, Signer } from "./settings";
import { textWidthFor } from "./textMetrics";
import { textWidthPoints } from "./textWidth";
import type { Block, PlanCell } from "./types";

const D = th.documents;

/**
 * Who signs the documents and how their blocks print: "ลงชื่อ ……", "(name)", position, centred
 * in their half of the page as Thai official documents set them. A missing name or position
 * prints as a dotted line to write in; positions default by the agency's kind.
 */

/** Full official titles in the agency: "นายกเทศมนตรีตำบลควนเสารัง", "ปลัดองค์การบริหารส่วนตำบลสิงห์". */
export interface OfficialTitles {
  head: string;
  permanentSecretary: string;
  secretaryOfficeHead: string;
  /** The agency's full name, which ends these titles (for a line too narrow for a whole title). */
  place?: string;
}

/** Abbreviations offices write for their kind, and the full words. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/^ทน\.\s*/, "เทศบาลนคร"],
  [/^ทม\.\s*/, "เทศบาลเมือง"],
  [/^ทต\.\s*/, "เทศบาลตำบล"],
  [/^อบต\.?\s*/, "องค์การบริหารส่วนตำบล"],
  [/^อบจ\.?\s*/, "องค์การบริหารส่วนจังหวัด"],
];

/** The agency's name written out ("ทต.ควนเสารัง" → "เทศบาลตำบลควนเสารัง"). */
export function fullAgencyName(agency: string): string {
  const t = agency.replace(/\s+/g, " ").trim();
  for (const [re, full] of ABBREVIATIONS) if (re.test(t)) return t.replace(re, full);
  return t;
}

export function officialTitles(agency: string | null, terms: AgencyTerms): OfficialTitles {
  if (!agency || terms.kind === "unknown") {
    return { head: terms.head, permanentSecretary: terms.permanentSecretary, secretaryOfficeHead: terms.secretaryOfficeHead };
  }
  const full = fullAgencyName(agency);
  const municipal = full.startsWith("เทศบาล");
  return {
    // นายกเทศมนตรี + ตำบลควนเสารัง; นายก + องค์การบริหารส่วนตำบลสิงห์.
    head: municipal ? `${terms.head}${full.replace(/^เทศบาล/, "")}` : `นายก${full}`,
    permanentSecretary: `ปลัด${full}`,
    secretaryOfficeHead: `หัวหน้าสำนักปลัด${full}`,
    place: full,
  };
}

/**
 * The approval chain as given, the head of the agency last; each missing position takes the
 * default of its place counted from the head (ปลัด before the head, หัวหน้าสำนักปลัด before
 * that). Without a chain: หัวหน้าสำนักปลัด → ปลัด → head, names to write in.
 */
export function approvalChain(facts: DocumentFacts | undefined, titles: OfficialTitles): Signer[] {
  const defaults = [titles.secretaryOfficeHead, titles.permanentSecretary, titles.head];
  const given: Signer[] = facts?.chain && facts.chain.length > 0 ? facts.chain : defaults.map(() => ({}));
  return given.map((signer, i) => {
    const fromEnd = given.length - 1 - i;
    const position = clean(signer.position) ?? defaults[defaults.length - 1 - fromEnd];
    const name = clean(signer.name);
    return { ...(name ? { name } : {}), ...(position ? { position } : {}) };
  });
}

/** The head of the agency: the last of the chain. */
export function headOf(chain: readonly Signer[], titles: OfficialTitles): Signer {
  return chain[chain.length - 1] ?? { position: titles.head };
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
}

/** A dotted line about `points` wide at `size`. */
export function dots(points: number, size: number): string {
  const one = textWidthPoints(".", size);
  return ".".repeat(Math.max(8, Math.floor(points / one)));
}

/**
 * A position cut where the agency's name starts ("ปลัดเทศบาล" | "ตำบลควนเสารัง"), so a title too
 * wide for its block goes on a second line whole instead of breaking inside the place name.
 */
export function splitPosition(position: string, place: string | undefined): [string, string] | undefined {
  if (!place) return undefined;
  for (const tail of [place, place.replace(/^เทศบาล/, "")]) {
    if (tail !== "" && position.endsWith(tail) && position.length > tail.length) return [position.slice(0, -tail.length).trim(), tail];
  }
  return undefined;
}

/** A position on one line if it fits, else title and agency on two. */
export function positionLines(position: string, place: string | undefined, units: number, size: number): string {
  const parts = splitPosition(position, place);
  if (!parts || textWidthPoints(position, size) <= textWidthFor(units, "both") * 0.95) return position;
  return parts.join("\n");
}

export interface SignatureSpec {
  signer: Signer;
  /** After the dotted line: "ผู้จัดทำ", "ผู้อนุมัติ". */
  role?: string;
  /** Lines above the signing line (a decision, comment lines). */
  above?: string[];
  /** Width of the cell in column units, and the font size: the dotted lines fit on one line. */
  units: number;
  size: number;
  /** The agency's name, where a long position may go on a second line. */
  place?: string;
}

/** Share of a cell's width its signing line takes: centred, with room either side. */
const SIGN_SHARE = 0.8;

/** The lines of one signature block: lines above, a blank line to sign in, ลงชื่อ, (name), position. */
export function signatureText(spec: SignatureSpec): string {
  const width = Math.min(textWidthFor(spec.units, "both") * SIGN_SHARE, 15 * spec.size);
  const sign = `${D.sign} `;
  const after = spec.role ? ` ${spec.role}` : "";
  const line = `${sign}${dots(width - textWidthPoints(sign + after, spec.size), spec.size)}${after}`;
  const name = spec.signer.name ? `(${spec.signer.name})` : `(${dots(width * 0.75, spec.size)})`;
  const position = spec.signer.position ? positionLines(spec.signer.position, spec.place, spec.units, spec.size) : `${D.position} ${dots(width * 0.7, spec.size)}`;
  return [...(spec.above ?? []), "", line, name, position].join("\n");
}

/** Dotted lines to write a comment on, as wide as a signature block's line. */
export function commentLines(units: number, size: number, count: number): string[] {
  const width = Math.min(textWidthFor(units, "both") * 0.92, 16 * size);
  return Array.from({ length: count }, () => dots(width, size));
}

/** Column spans of the left and right halves of a sheet: the split nearest the middle. */
export function halves(columns: readonly number[]): [number, number] {
  const total = columns.reduce((a, b) => a + b, 0);
  let best = 1;
  let acc = 0;
  let bestGap = Infinity;
  for (let i = 0; i < columns.length - 1; i++) {
    acc += columns[i];
    const gap = Math.abs(acc - total / 2);
    if (gap < bestGap) [best, bestGap] = [i + 1, gap];
  }
  return [best, columns.length - best];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The signature block closing a measure plan or a follow-up report: the preparer on the left,
 * the head's approval on the right, one row so it never splits, kept with the table's last row.
 */
export function documentSignatures(kind: "measures" | "followUp", facts: DocumentFacts | undefined, titles: OfficialTitles, columns: readonly number[], size: number): Block[] {
  const [left, right] = halves(columns);
  const head = headOf(approvalChain(facts, titles), titles);
  const decision = kind === "measures" ? D.approve : D.endorse;
  const leftText = signatureText({ signer: facts?.preparer ?? {}, role: kind === "measures" ? D.preparedBy : D.reportedBy, above: [""], units: sum(columns.slice(0, left)), size, place: titles.place });
  const rightText = signatureText({ signer: head, role: kind === "measures" ? D.approvedBy : D.endorsedBy, above: [decision], units: sum(columns.slice(left)), size, place: titles.place });
  const cells: PlanCell[] = [
    { value: leftText, style: "signature", span: left },
    { value: rightText, style: "signature", span: right },
  ];
  // Where only that fits under the table: the signing lines without the line above them (the
  // role after the dotted line still says what the head signs for).
  const tight = (text: string) => text.split("\n").slice(2).join("\n");
  const fallback: PlanCell[] = [
    { value: tight(leftText), style: "signature", span: left },
    { value: tight(rightText), style: "signature", span: right },
  ];
  return [{ kind: "rows", rows: [cells], keep: "withPrevious", fallback: [fallback] }];
}
