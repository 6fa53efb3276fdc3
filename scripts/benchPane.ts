/**
 * The task pane's figures for the benchmark: context.sync() round trips of one generation (the
 * Office double), the gzip size of the scripts the pane loads before its first render (a
 * production build), and how long the built pane takes to become usable in Chromium when served
 * from a local server (skipped, as null, where Debian's chromium is not installed).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { measureTaskpaneInitialJs } from "./bundleSize";
import { measureSyncsPerGeneration } from "../test/office-double/bench";
import { ensureDist, ensureOfficeBundle, ROOT } from "../test/e2e/helpers/build";
import { serveStatic } from "../test/e2e/helpers/server";
import { launchChromium } from "../test/e2e/helpers/browser";
import { parseDelimitedText } from "../src/core/reader/delimited";

export interface PaneFigures {
  syncsPerGeneration: number;
  taskpaneInitialJsGzipBytes: number;
  /** Median, from navigation to the enabled "read" button; null without Chromium. */
  taskpaneInteractiveMs: number | null;
}

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/;
const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function measureInteractive(dist: string, runs: number): Promise<number> {
  const officeBundle = readFileSync(await ensureOfficeBundle(), "utf8");
  const seed = { sheets: [{ name: "ITA 2568", cells: parseDelimitedText(readFileSync(join(ROOT, "samples", "ita-2568-khuansaorang.tsv"), "utf8"), "\t") }] };
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: nothing cached from the previous run.
      const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
      await context.route(OFFICE_JS, (route) =>
        route.fulfill({ contentType: "text/javascript; charset=utf-8", body: `window.__officeSeed = ${JSON.stringify(seed)};\n${officeBundle}` }),
      );
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole("button", { name: "อ่านจากชีตที่เปิดอยู่" }).and(page.locator(":not([disabled])")).waitFor();
      times.push(performance.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

export async function measurePane(): Promise<PaneFigures> {
  const syncsPerGeneration = await measureSyncsPerGeneration();
  const dist = await ensureDist();
  const taskpaneInitialJsGzipBytes = await measureTaskpaneInitialJs(dist);
  const taskpaneInteractiveMs = existsSync(chromiumPath()) ? await measureInteractive(dist, 5) : null;
  return { syncsPerGeneration, taskpaneInitialJsGzipBytes, taskpaneInteractiveMs };
}
