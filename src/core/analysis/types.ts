import type { AgencyTerms } from "../agency";
import type { DocumentRole, MeasureTemplate } from "../catalogue/types";
import type { LayoutKind, ToolCode, Verdict, Warning } from "../model";

export type TextSource = "paste" | "catalogue" | "generic";

export interface AnalysedQuestion {
  code: string;
  tool: ToolCode;
  number: number;
  indicator: number | null;
  subIndicator: string | null;
  issue: number | null;
  title: string;
  score: number;
  verdict: Verdict;
  /** null when the verdict is "maintain". */
  weakness: string | null;
  /** "รักษาระดับ" when the verdict is "maintain". */
  action: string;
  textSource: TextSource;
  /** Sheet row the score came from. */
  row: number;
  previousScore?: number;
  change?: number;
}

export interface AnalysedIndicator {
  number: number;
  name: string;
  tool: ToolCode;
  score: number;
  /** True when computed from question scores, not read from the paste. */
  computed: boolean;
  rank: number;
  /** What the indicator's questions measure (catalogue titles, or sub-indicators for long lists). */
  aspects: string[];
  previousScore?: number;
  change?: number;
}

export interface AnalysedTool {
  tool: ToolCode;
  name: string;
  score: number;
  /** Weight in the total score. */
  weight: number;
  computed: boolean;
  previousScore?: number;
  change?: number;
}

/** A group of the report: a ประเด็น (issue layout) or an indicator (tool layout). */
export interface AnalysedGroup {
  key: string;
  /** ประเด็น number, or indicator number in the tool layout. */
  number: number;
  title: string;
  tool?: ToolCode;
  questions: string[];
  improve: string[];
  /** Indicators of the group's questions (or the group's own indicator) scoring below the target. */
  indicatorsBelow: number[];
  measure: MeasureTemplate;
  /** Score changes since last year worth quoting in the follow-up report. */
  changes: string[];
}

export interface Analysis {
  assessmentYear: number;
  /** Fiscal year of the measure plan (assessment year + 1). */
  planYear: number;
  agency: string | null;
  /** The words of the agency's kind (เทศบาล/อบต./อบจ.), from its name. */
  agencyTerms: AgencyTerms;
  catalogueId: string;
  /** The assessment years the catalogue used was checked for. */
  catalogueYears: { from: number; to: number };
  /** The catalogue's items our documents answer, by role. */
  documentItems: Partial<Record<DocumentRole, { code: string; title: string }>>;
  layout: LayoutKind;
  target: number;
  overall: {
    score: number | null;
    level: string | null;
    computed: boolean;
    /** The level by the year's rules, whatever the paste printed. */
    computedLevel: string | null;
  };
  tools: AnalysedTool[];
  indicators: AnalysedIndicator[];
  questions: AnalysedQuestion[];
  groups: AnalysedGroup[];
  /** The highest/lowest indicator sentence. */
  summary: string | null;
  previous: { assessmentYear: number; overall: { score: number | null; level: string | null } } | null;
  warnings: Warning[];
}
