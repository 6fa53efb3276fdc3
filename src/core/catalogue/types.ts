import type { LayoutKind, ToolCode } from "../model";

/**
 * The ITA catalogue of one range of assessment years, as plain data.
 * Users can export it to a sheet, edit it and feed it back (see catalogue/table.ts),
 * so every field is a string, number or list of strings.
 */

export interface CatalogueTool {
  code: ToolCode;
  /** Full Thai name, e.g. "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน". */
  name: string;
}

export interface CatalogueIndicator {
  number: number;
  tool: ToolCode;
  name: string;
  /** Other spellings seen in real documents, used when reading a paste. */
  aliases?: string[];
}

export interface CatalogueSubIndicator {
  /** e.g. "9.1" */
  id: string;
  indicator: number;
  name: string;
}

export interface CatalogueQuestion {
  /** Normalised code: `i1`, `e9`, `o25`. */
  code: string;
  indicator: number;
  subIndicator?: string;
  /** ประเด็น number (1–7) in the issue layout; absent in the tool layout. */
  issue?: number;
  /** Short title of what the question asks or the item requires (Thai). */
  title: string;
  /** Default weakness (ข้อบกพร่อง) when the score is below target (Thai). */
  weakness: string;
  /** Default corrective action (ข้อแก้ไข/ปรับปรุง) when the score is below target (Thai). */
  action: string;
  /** The item one of our own documents answers, when it is one (the plan names it by role, never by number). */
  role?: DocumentRole;
  /** True when the title is our best guess: the year's official item list was not available to check it. */
  unconfirmed?: boolean;
}

/**
 * OIT items our documents are published for: the measure document (มาตรการส่งเสริมคุณธรรมฯ)
 * and the follow-up report (รายงานผลการดำเนินการฯ). Their numbers change from year to year.
 */
export type DocumentRole = "measures" | "followUp";
export const DOCUMENT_ROLES: readonly DocumentRole[] = ["measures", "followUp"];

/** Months of a Thai fiscal year, 1 = ตุลาคม … 12 = กันยายน. */
export interface FiscalPeriod {
  from: number;
  to: number;
}

/** A default measure (มาตรการ) with its steps, for one ประเด็น or one indicator. */
export interface MeasureTemplate {
  /** The measure, project or activity (มาตรการ โครงการ หรือกิจกรรม). */
  measure: string;
  /** Steps or methods (ขั้นตอนหรือวิธีการดำเนินการ), in order. */
  steps: string[];
  /** Responsible units (ผู้รับผิดชอบ), e.g. "สำนักปลัด", "กองคลัง". */
  units: string[];
  period: FiscalPeriod;
  /** How progress is followed up (การติดตามผล), used by the tool layout. */
  followUp: string;
  /** Draft of the output (ผลการดำเนินการ) for the follow-up report. */
  output: string;
}

export interface CatalogueIssue {
  number: number;
  title: string;
  measure: MeasureTemplate;
}

export interface Catalogue {
  /** Stable id, e.g. "ita-2568". */
  id: string;
  /**
   * The assessment years (พ.ศ., inclusive) the question list was checked for. A paste from a later
   * year is still analysed with the newest catalogue, but the user is told to check it.
   */
  fromYear: number;
  toYear: number;
  layout: LayoutKind;
  /** Weight of each tool in the total score (sum 1). */
  weights: Record<ToolCode, number>;
  tools: CatalogueTool[];
  indicators: CatalogueIndicator[];
  subIndicators: CatalogueSubIndicator[];
  questions: CatalogueQuestion[];
  /** The seven ประเด็น of the issue layout; empty for the tool layout. */
  issues: CatalogueIssue[];
  /** One default measure per indicator (1–10); the tool layout plans by these. */
  indicatorMeasures: Record<number, MeasureTemplate>;
}
