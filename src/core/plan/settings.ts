import type { DigitStyle } from "../model";

/** What the user sets for the printed documents (the pane keeps these in the workbook). */
export interface ReportSettings {
  digits: DigitStyle;
  font: { name: string; size: number };
  /**
   * Responsible units per group: ประเด็น number (issue layout) or indicator number (tool layout).
   * Missing entries use the catalogue's defaults.
   */
  units?: Record<number, string[]>;
  /** Facts for the cover, the approval memo and the signature blocks (issue 10). */
  document?: DocumentFacts;
}

/** A person in a document's chain. Either part may be missing: a dotted line prints there. */
export interface Signer {
  name?: string;
  position?: string;
}

/**
 * What the printed documents need and the paste does not say. Every field is optional: a
 * document prints a dotted line (……………) where a fact is missing, so the clerk can write it in.
 */
export interface DocumentFacts {
  district?: string;
  province?: string;
  /** The preparing unit (ส่วนราชการ of the memo), e.g. "สำนักปลัด เทศบาลตำบลหนองบัว". */
  office?: string;
  /** The memo's number (ที่ …), e.g. "นม ๗๑๒๐๑/๑๒๓". */
  number?: string;
  /** The documents' date, ISO "yyyy-mm-dd" (Gregorian); printed as a Thai date in พ.ศ. */
  date?: string;
  /** The follow-up report's round: รอบ ๖ เดือน or รอบ ๑๒ เดือน. */
  round?: 6 | 12;
  /** Who prepared the documents (signs on the left). */
  preparer?: Signer;
  /**
   * The approval chain in the order the memo goes up, the head of the agency last
   * (e.g. หัวหน้าสำนักปลัด → ปลัด → นายก). Missing positions default by agency kind.
   */
  chain?: Signer[];
  /** The office's own image of the Garuda emblem for the memo (PNG or JPEG, base64 without a data: prefix). */
  emblem?: { base64: string; extension: "png" | "jpeg" };
}

/** Longest text kept for one document fact; longer input is cut, never rejected. */
export const DOCUMENT_TEXT_LIMIT = 200;
/** Most people in an approval chain (seed 003 has three). */
export const CHAIN_LIMIT = 6;
/** Largest emblem image kept, in base64 characters (about 300 KB of image). */
export const EMBLEM_LIMIT = 400_000;

export const DEFAULT_FONT = { name: "TH SarabunPSK", size: 16 } as const;

/**
 * Font sizes a report can be laid out in. Thai official documents use 14–18; past 22 a table
 * header alone fills much of an A4 page and scores no longer fit their column.
 */
export const FONT_SIZE_RANGE = { min: 10, max: 22 } as const;

export function isFontSizeAllowed(size: number): boolean {
  return Number.isFinite(size) && size >= FONT_SIZE_RANGE.min && size <= FONT_SIZE_RANGE.max;
}

export const DEFAULT_SETTINGS: ReportSettings = { digits: "thai", font: { ...DEFAULT_FONT } };
