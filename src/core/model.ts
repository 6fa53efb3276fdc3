/**
 * Shared vocabulary of the engine: what the reader finds in a pasted grid and
 * what the analysis derives from it. Plain data, serialisable as JSON.
 */

export type ToolCode = "IIT" | "EIT" | "OIT";
export const TOOL_CODES: readonly ToolCode[] = ["IIT", "EIT", "OIT"];

/** Letter used in normalised question codes (`i1`, `e9`, `o25`). */
export const TOOL_LETTER: Record<ToolCode, string> = { IIT: "i", EIT: "e", OIT: "o" };

/** A cell value as Excel, a CSV file or a clipboard gives it. Anything else is tolerated too. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = ReadonlyArray<ReadonlyArray<unknown>>;

/** A problem found in the input, located in the user's own sheet coordinates (1-based). */
export interface Warning {
  row?: number;
  column?: number;
  /** A1-style address, e.g. "C12", when known. */
  cell?: string;
  message: string;
}

export interface ReadQuestion {
  code: string;
  tool: ToolCode;
  number: number;
  score: number;
  row: number;
  column: number;
  /** ประเด็น the paste put this question under, if any. */
  issue?: number;
  /** ตัวชี้วัด the paste put this question under, if any. */
  indicator?: number;
  /** Question wording found in the paste, if any. */
  label?: string;
  /** Recommendation / analysis text the paste carries for this question. */
  recommendation?: string;
}

export interface ReadIndicator {
  number: number;
  name?: string;
  tool?: ToolCode;
  score: number;
  row: number;
}

export interface ReadToolScore {
  tool: ToolCode;
  score: number;
  row: number;
}

export interface ReadIssue {
  number: number;
  title?: string;
  row: number;
}

/** Everything the reader understood from one grid. */
export interface ScoreSheet {
  assessmentYear?: number;
  agency?: string;
  totalScore?: number;
  level?: string;
  questions: ReadQuestion[];
  indicators: ReadIndicator[];
  tools: ReadToolScore[];
  issues: ReadIssue[];
  warnings: Warning[];
  /** Source label used in messages, e.g. a sheet name. */
  source?: string;
}

export type Verdict = "improve" | "maintain";
export type LayoutKind = "issues" | "tools";
export type DigitStyle = "thai" | "arabic";
