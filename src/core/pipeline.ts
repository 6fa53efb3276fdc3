import { analyse, type AnalyseOptions } from "./analysis/analyse";
import type { Analysis } from "./analysis/types";
import { BUILT_IN_CATALOGUES } from "./catalogue";
import { isCatalogueTable } from "./catalogue/table";
import { InputError } from "./errors";
import { th } from "./strings/th";
import type { Catalogue } from "./catalogue/types";
import type { Grid, ScoreSheet } from "./model";
import { buildReportPlan } from "./plan/buildPlan";
import { DEFAULT_SETTINGS, type ReportSettings } from "./plan/settings";
import type { ReportPlan } from "./plan/types";
import { readGrid, type ReadOptions } from "./reader/readGrid";
import { vocabularyFrom, type ReaderVocabulary } from "./reader/vocabulary";

/** The one way through the engine: grid → scores → analysis → plan. Renderers take it from there. */

const vocabularyCache = new WeakMap<readonly Catalogue[], ReaderVocabulary>();

function vocabularyOf(catalogues: readonly Catalogue[]): ReaderVocabulary {
  let v = vocabularyCache.get(catalogues);
  if (!v) {
    v = vocabularyFrom(catalogues);
    vocabularyCache.set(catalogues, v);
  }
  return v;
}

export type ReadScoresOptions = Omit<ReadOptions, "vocabulary"> & { catalogues?: readonly Catalogue[] };

export function readScores(grid: Grid, options: ReadScoresOptions = {}): ScoreSheet {
  const { catalogues = BUILT_IN_CATALOGUES, ...rest } = options;
  // Its code column and indicator numbers would otherwise read as a score table.
  if (isCatalogueTable(grid)) throw new InputError(th.reader.catalogueNotScores(rest.source));
  return readGrid(grid, { ...rest, vocabulary: vocabularyOf(catalogues) });
}

export interface ReportOptions extends Omit<AnalyseOptions, "previous"> {
  settings?: Partial<ReportSettings>;
}

export interface ReportResult {
  sheet: ScoreSheet;
  analysis: Analysis;
  plan: ReportPlan;
}

/** Scores (and last year's, if any) → analysis and report plan. */
export function makeReport(sheet: ScoreSheet, options: ReportOptions = {}, previous?: ScoreSheet): ReportResult {
  const { settings, ...analyseOptions } = options;
  const analysis = analyse(sheet, { ...analyseOptions, ...(previous ? { previous } : {}) });
  const plan = buildReportPlan(analysis, { ...DEFAULT_SETTINGS, ...settings, font: { ...DEFAULT_SETTINGS.font, ...settings?.font } });
  return { sheet, analysis, plan };
}
