/**
 * For the benchmark (scripts/bench.ts): a whole generation of the 001 sample against the Office
 * double, measured in context.sync() round trips. Node only (it reads the sample file); the
 * double itself (index.ts and what it imports) stays free of Node APIs.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { makeReport, readScores } from "../../src/core/pipeline";
import { parseDelimitedText } from "../../src/core/reader/delimited";
import { createExcelActions } from "../../src/excel/excelActions";
import { createOfficeDouble } from "./index";

const SAMPLE = join("samples", "ita-2568-khuansaorang.tsv");

/** The sample, found above this file (it also runs compiled, from build/) or the working directory. */
function sampleText(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(join(dir, SAMPLE))) return readFileSync(join(dir, SAMPLE), "utf8");
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`${SAMPLE} not found above ${__dirname} or ${process.cwd()}`);
}

/** Pasted into Excel, numbers become numbers. */
function pasted(grid: string[][]): (string | number | null)[][] {
  return grid.map((row) => row.map((c) => (c === "" ? null : /^-?\d+(\.\d+)?$/.test(c.trim()) ? Number(c) : c)));
}

export interface SyncMeasure {
  /** Round trips of the generation alone (not reading the table). */
  syncs: number;
  /** Largest request of the generation, in bytes. */
  largestRequestBytes: number;
}

export async function measureGeneration(): Promise<SyncMeasure> {
  const double = createOfficeDouble({ sheets: [{ name: "ITA 2568", cells: pasted(parseDelimitedText(sampleText(), "\t")) }] });
  const actions = createExcelActions({ host: { Office: double.Office, Excel: double.Excel } });
  const range = await actions.readScoreTable("usedRange");
  const report = makeReport(readScores(range.grid, { source: range.sheetName, rowOffset: range.rowOffset, columnOffset: range.columnOffset }));
  const before = double.syncCount();
  const firstRequest = double.requests.length;
  await actions.generate(range, report);
  return { syncs: double.syncCount() - before, largestRequestBytes: Math.max(...double.requests.slice(firstRequest).map((r) => r.requestBytes)) };
}

export async function measureSyncsPerGeneration(): Promise<number> {
  return (await measureGeneration()).syncs;
}
