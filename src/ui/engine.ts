import type { Catalogue } from "../core/catalogue/types";
import type { Grid, ScoreSheet, Warning } from "../core/model";
import type { ReadScoresOptions, ReportOptions, ReportResult } from "../core/pipeline";
import type { UserSettings } from "../core/userSettings";
import type { DelimitedText } from "../core/reader/delimited";
import type { OfficeToDo } from "../core/plan/officeToDo";
import type { DocumentFacts } from "../core/plan/settings";

/**
 * The engine as the screens see it. It is loaded as a separate chunk after the first render:
 * the ITA catalogue is a lot of Thai text and the pane must paint before it arrives.
 */
export interface Engine {
  readDelimitedText(text: string, delimiter?: string): DelimitedText;
  readScores(grid: Grid, options?: ReadScoresOptions): ScoreSheet;
  makeReport(sheet: ScoreSheet, options?: ReportOptions, previous?: ScoreSheet): ReportResult;
  catalogueForYear(year: number, catalogues?: readonly Catalogue[]): Catalogue;
  builtInCatalogues: readonly Catalogue[];
  reportOptionsFrom(settings: UserSettings): ReportOptions;
  /** A catalogue file the user edited, read onto the built-in catalogue it names (throws InputError if it is none). */
  catalogueFromTable(grid: Grid, options: { sheetName: string; fileName: string }): { catalogue: Catalogue; warnings: Warning[] };
  /**
   * What the office still does with a generated report (drafts, missing facts, where to publish).
   * Loaded when first asked: it lays every sheet out, which the engine chunk otherwise never does.
   */
  officeToDo(report: ReportResult, facts: DocumentFacts | undefined): Promise<OfficeToDo>;
}

let pending: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  pending ??= import(/* webpackChunkName: "engine" */ "./engineModule").then(
    (m) => m.engine,
    (e: unknown) => {
      pending = undefined; // let a retry fetch the chunk again
      throw e;
    },
  );
  return pending;
}
