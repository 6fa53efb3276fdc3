import { dirname } from "node:path";
import type { Catalogue } from "../core/catalogue/types";
import { InputError } from "../core/errors";
import type { ScoreSheet, Warning } from "../core/model";
import { makeReport, readScores, type ReportOptions } from "../core/pipeline";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { outputPaths } from "./outputPaths";
import { readInputFile } from "./readInput";
import { makeFolder, writeOutput } from "./writeOutput";

export interface BatchOptions {
  /** Catalogues to read and analyse with (an edited one from --catalogue); default the built-in ones. */
  catalogues?: readonly Catalogue[];
  report?: ReportOptions;
  previous?: ScoreSheet;
  sheet?: string;
  overwrite?: boolean;
  /** Other files the run reads (--previous, --catalogue): never written over. */
  alsoRead?: readonly string[];
  /** Kinds written next to each workbook later under its name (".pdf"): its name is chosen free for them too. */
  companions?: readonly string[];
  onWritten?: (index: number, input: string, output: string, renamed: boolean, warnings: Warning[], catalogueId: string) => void;
  onSkipped?: (index: number, input: string, error: InputError) => void;
}

export interface BatchResult {
  written: number;
  outputs: string[];
  failed: number;
}

/** Reads a score file (first sheet or `sheet`) into scores. */
export async function loadScores(path: string, sheet?: string, catalogues?: readonly Catalogue[]): Promise<ScoreSheet> {
  const { grid, source, warnings } = await readInputFile(path, sheet);
  return readScores(grid, { warnings, ...(source !== undefined ? { source } : {}), ...(catalogues ? { catalogues } : {}) });
}

/** Builds one workbook per input. An unusable input is reported and skipped; others go on. */
export async function runBatch(inputs: string[], out: string, options: BatchOptions): Promise<BatchResult> {
  const targets = outputPaths(inputs, out, options.overwrite ?? false, options.alsoRead, options.companions);
  // A folder that cannot be made fails the run now, before any input is read.
  for (const folder of new Set(targets.map((t) => dirname(t.path)))) await makeFolder(folder);
  const outputs: string[] = [];
  let failed = 0;
  for (let i = 0; i < inputs.length; i++) {
    try {
      const sheet = await loadScores(inputs[i], options.sheet, options.catalogues);
      const report = options.catalogues ? { ...options.report, catalogues: options.catalogues } : options.report ?? {};
      const { analysis, plan } = makeReport(sheet, report, options.previous);
      await writeOutput(targets[i].path, await writeWorkbook(plan));
      outputs.push(targets[i].path);
      options.onWritten?.(i, inputs[i], targets[i].path, targets[i].renamed, analysis.warnings, analysis.catalogueId);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
      options.onSkipped?.(i, inputs[i], e);
    }
  }
  return { written: outputs.length, outputs, failed };
}
