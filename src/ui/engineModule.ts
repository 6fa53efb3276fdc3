import { BUILT_IN_CATALOGUES, catalogueForYear } from "../core/catalogue";
import { catalogueFromTable } from "../core/catalogue/table";
import { makeReport, readScores } from "../core/pipeline";
import { readDelimitedText } from "../core/reader/delimited";
import { reportOptionsFrom } from "../core/userSettings";
import type { Engine } from "./engine";

/** The lazy engine chunk: everything here is imported only through loadEngine(). */
export const engine: Engine = {
  readDelimitedText,
  readScores,
  makeReport,
  catalogueForYear,
  builtInCatalogues: BUILT_IN_CATALOGUES,
  reportOptionsFrom,
  catalogueFromTable: (grid, options) => catalogueFromTable(grid, BUILT_IN_CATALOGUES, options),
  officeToDo: async (report, facts) => {
    const { officeToDo } = await import(/* webpackChunkName: "todo" */ "../core/plan/officeToDo");
    return officeToDo(report.plan, report.analysis, facts);
  },
};
