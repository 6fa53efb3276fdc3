/**
 * Benchmark: analysis + plan on the largest catalogue, the .xlsx build, a batch of 200 inputs
 * through the command line's own path, and the task pane's figures (scripts/benchPane.ts: sync
 * round trips, first-load script size, time to usable), hostile inputs (scripts/benchHostile.ts:
 * time to refusal and peak memory of zip bombs and a 30 MB one-line file) and the pages LibreOffice
 * prints the two bundled samples on (scripts/benchPrint.ts). Prints figures; `--json` prints them as
 * JSON; `--engine-only` leaves out the pane (it needs a webpack build).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BUILT_IN_CATALOGUES } from "../src/core/catalogue";
import { makeReport, readScores } from "../src/core/pipeline";
import { writeWorkbook } from "../src/xlsx/writeWorkbook";
import { runBatch } from "../src/node/batch";
import type { PaneFigures } from "./benchPane";
import { measureHostile } from "./benchHostile";
import { measurePrintedPages } from "./benchPrint";

/** A full paste for the catalogue with the most questions, every third question below 100. */
function largestPaste(): unknown[][] {
  const cat = [...BUILT_IN_CATALOGUES].sort((a, b) => b.questions.length - a.questions.length)[0];
  const rows: unknown[][] = [[`ผลการประเมิน ITA ${cat.fromYear} เทศบาลตำบลทดสอบ`], ["ข้อ", "คะแนน", "ข้อเสนอแนะ"]];
  cat.questions.forEach((q, i) => rows.push([q.code, i % 3 === 0 ? 80 + (i % 17) : 100, ""]));
  return rows;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const grid = largestPaste();
  const engine: number[] = [];
  const build: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const { plan } = makeReport(readScores(grid));
    const t1 = performance.now();
    await writeWorkbook(plan);
    const t2 = performance.now();
    engine.push(t1 - t0);
    build.push(t2 - t1);
  }

  const dir = await mkdtemp(join(tmpdir(), "itas-bench-"));
  const inputs: string[] = [];
  for (let i = 0; i < 200; i++) {
    const path = join(dir, `agency-${i}.tsv`);
    const rows = grid.map((r) => r.map((c) => (typeof c === "number" ? Math.max(0, c - (i % 7)) : c)).join("\t"));
    await writeFile(path, rows.join("\n"));
    inputs.push(path);
  }
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const result = await runBatch(inputs, join(dir, "out"), {});
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  await rm(dir, { recursive: true, force: true });

  const printed = await measurePrintedPages(join(__dirname, "..", "..", ".."));
  const figures = {
    printedPages: printed?.printedPages ?? null,
    documentPages: printed?.documentPages ?? null,
    engineMs: Number(median(engine).toFixed(2)),
    buildMs: Number(median(build).toFixed(2)),
    batchWorkbooksPerSecond: Number((result.written / seconds).toFixed(1)),
    batchPeakRssMB: Math.round(peakRss / 1024 / 1024),
    questions: grid.length - 2,
  };
  const hostile = await measureHostile();
  const pane: PaneFigures | undefined = process.argv.includes("--engine-only")
    ? undefined
    : // Loaded only now: webpack and Playwright would otherwise weigh on the batch's memory figure.
      await (await import("./benchPane")).measurePane();
  if (json) process.stdout.write(`${JSON.stringify({ ...figures, ...hostile, ...pane })}\n`);
  else {
    process.stdout.write(
      `analysis + plan (${figures.questions} questions): ${figures.engineMs} ms median\n` +
        `.xlsx build: ${figures.buildMs} ms median\n` +
        `batch of 200 (one process): ${figures.batchWorkbooksPerSecond} workbooks/s, peak RSS ${figures.batchPeakRssMB} MB\n` +
        `zip bomb (1.25 GiB sheet): refused in ${hostile.zipBombRefuseMs} ms, peak RSS ${hostile.zipBombPeakRssMB} MB; ` +
        `the same lying about its size: ${hostile.lyingZipBombRefuseMs} ms, ${hostile.lyingZipBombPeakRssMB} MB; ` +
        `30 MB one-line file: ${hostile.oneLine30MBRefuseMs} ms, ${hostile.oneLine30MBPeakRssMB} MB\n` +
        `printed pages (LibreOffice): ${printed ? Object.entries(printed.printedPages).map(([k, v]) => `${k} ${v} (documents without covers ${printed.documentPages[k]})`).join(", ") : "not measured (no LibreOffice)"}\n`,
    );
    if (pane) {
      const interactive = pane.taskpaneInteractiveMs === null ? "not measured (no Chromium)" : `${pane.taskpaneInteractiveMs} ms median`;
      process.stdout.write(
        `task pane: ${pane.syncsPerGeneration} context.sync() per generation, ` +
          `${(pane.taskpaneInitialJsGzipBytes / 1024).toFixed(1)} KB gzip before first render, usable after ${interactive}\n`,
      );
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
