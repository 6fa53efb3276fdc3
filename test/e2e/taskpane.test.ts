/// <reference types="office-js" />
/**
 * The built pane page (dist/taskpane.html) in real Chromium, with the Office.js double as its
 * Office host: the request for office.js is answered with the double's bundle and a workbook
 * holding the sample paste. Drives paste → review → generate → an edit in a generated sheet →
 * generate again (the edit is kept, a copy written), with screenshots at pane widths.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as acorn from "acorn";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { measureTaskpaneInitialJs, pageScripts, taskpaneInitialScriptFiles } from "../../scripts/bundleSize";
import { checkManifest } from "../../scripts/manifestCheck";
import type { DoubleInitial } from "../office-double";
import type { OfficeTestView } from "./officeHost";
import { parseDelimitedText } from "../../src/core/reader/delimited";
import { sampleGrid, sampleText } from "../helpers/fixtures";
import { launchChromium, screenshotSection, screenshotWidths } from "./helpers/browser";
import { E2E_ADDIN_URL, ensureDist, ensureOfficeBundle } from "./helpers/build";
import { serveStatic, type StaticServer } from "./helpers/server";
import { join } from "node:path";

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/;
const SHEETS = ["วิเคราะห์ผล ITA", "บันทึกเสนอมาตรการ", "มาตรการส่งเสริม", "บันทึกเสนอรายงานผล", "รายงานผลการดำเนินการ"];

let dist: string;
let officeBundle: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [dist, officeBundle] = await Promise.all([ensureDist(), ensureOfficeBundle()]);
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Pane {
  context: BrowserContext;
  page: Page;
  /** Requests that went anywhere but the local server (office.js is answered by the test). */
  away: string[];
  errors: string[];
}

async function openPane(seed: DoubleInitial, width = 380): Promise<Pane> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "th-TH" });
  const away: string[] = [];
  const errors: string[] = [];
  const bundle = readFileSync(officeBundle, "utf8");
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript; charset=utf-8", body: `window.__officeSeed = ${JSON.stringify(seed)};\n${bundle}` }),
  );
  context.on("request", (r) => {
    if (!r.url().startsWith(server.url) && !OFFICE_JS.test(r.url())) away.push(r.url());
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html`);
  return { context, page, away, errors };
}

/** The workbook as the double holds it (read-only views from test/e2e/officeHost.ts). */
const workbook = {
  sheetNames: (page: Page) => page.evaluate(() => (window.__officeTest as OfficeTestView).sheetNames()),
  activeSheet: (page: Page) => page.evaluate(() => (window.__officeTest as OfficeTestView).activeSheet()),
  selection: (page: Page) => page.evaluate(() => (window.__officeTest as OfficeTestView).selection()),
  grid: (page: Page, name: string) => page.evaluate((n) => (window.__officeTest as OfficeTestView).grid(n), name),
  pageLayout: (page: Page, name: string) => page.evaluate((n) => (window.__officeTest as OfficeTestView).pageLayout(n), name),
};

/** Polls until `read` gives `expected` (the pane's calls to Excel are asynchronous). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toEqual(expected);
}

test("paste → review → generate → edit a generated cell → generate again: the edit is kept and a copy written", async () => {
  // This year's paste (the sample re-titled 2569) and last year's (the sample as is, 2568, with e1
  // at 80.00): both years use the 2568 catalogue, so every question gets its change.
  const sample = sampleText("ita-2568-khuansaorang.tsv");
  expect(sample).toContain("ข้อ e๑\t๘๒.๘๖");
  const thisYear = parseDelimitedText(sample.replace(/๒๕๖๘/g, "๒๕๖๙"), "\t");
  const lastYear = parseDelimitedText(sample.replace("ข้อ e๑\t๘๒.๘๖", "ข้อ e๑\t๘๐.๐๐"), "\t");
  const pane = await openPane({
    sheets: [
      { name: "ITA 2569", cells: thisYear },
      { name: "ITA 2568", cells: lastYear },
    ],
  });
  const { page } = pane;
  const read = page.getByRole("button", { name: "อ่านจากชีตที่เปิดอยู่" });
  await read.waitFor();
  await page.waitForFunction(() => !document.querySelector("button[disabled]"));
  await screenshotWidths(page, "pane-start");

  // Review: what was read, with warnings that jump to their row.
  await read.click();
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  await expect(page.getByText(/^ชีต "ITA 2569" ช่วง A1:/).count()).resolves.toBe(1);
  await expect(page.getByTestId("review-year").textContent()).resolves.toBe("2569 (จากข้อมูลที่วาง)");
  await expect(page.getByTestId("review-counts").textContent()).resolves.toContain("IIT 15 ข้อ · EIT 9 ข้อ · OIT 27 ข้อ");
  await page.getByRole("button", { name: "ไปที่แถว 59" }).click();
  await eventually(() => workbook.selection(page), "ITA 2569!A59");
  await page.getByLabel("ชีตคะแนนปีก่อน").selectOption("ITA 2568");
  await page.getByText('อ่านคะแนนปีก่อนจากชีต "ITA 2568" แล้ว: ปี 2568, 51 ข้อ').waitFor();
  const reviewOverflow = await screenshotWidths(page, "pane-review");
  expect(reviewOverflow).toEqual({ 320: 0, 380: 0, 450: 0 });
  const questions = page.locator("summary", { hasText: "คะแนนรายข้อ (51 ข้อ)" });
  await questions.click();
  await expect(page.getByRole("row", { name: /^e1 / }).textContent()).resolves.toContain("+2.86");
  expect(await screenshotSection(page, questions, "pane-questions")).toEqual({ 320: 0, 380: 0, 450: 0 });
  await questions.click();

  // Settings kept in the workbook, then one button generates.
  await page.getByLabel("ชื่อหน่วยงาน").fill("เทศบาลตำบลควนเสารัง อำเภอตะโหมด");
  const units = page.locator("summary", { hasText: "ผู้รับผิดชอบรายประเด็น" });
  await units.click();
  await page.getByLabel(/^ประเด็นที่ 1 /).fill("กองสาธารณสุขและสิ่งแวดล้อม, สำนักปลัด");
  expect(await screenshotSection(page, units, "pane-units")).toEqual({ 320: 0, 380: 0, 450: 0 });
  await page.getByRole("button", { name: "สร้างรายงาน" }).click();
  await page.getByText("สร้างรายงานเสร็จแล้ว", { exact: false }).waitFor({ timeout: 60_000 });
  const names = await workbook.sheetNames(page);
  for (const name of SHEETS) expect(names).toContain(name);
  expect(await workbook.pageLayout(page, "มาตรการส่งเสริม")).toMatchObject({ paperSize: "A4" });
  expect(JSON.stringify(await workbook.grid(page, "วิเคราะห์ผล ITA"))).toContain("เทียบกับปี ๒๕๖๘");
  const measures = await workbook.grid(page, "มาตรการส่งเสริม");
  expect(JSON.stringify(measures)).toContain("เทศบาลตำบลควนเสารัง อำเภอตะโหมด");
  expect(JSON.stringify(measures)).toContain("กองสาธารณสุขและสิ่งแวดล้อม\\nสำนักปลัด");
  const results = page.getByRole("heading", { name: "3. สร้างรายงาน" });
  expect(await screenshotWidths(page, "pane-generated")).toEqual({ 320: 0, 380: 0, 450: 0 });
  expect(await screenshotSection(page, results, "pane-results")).toEqual({ 320: 0, 380: 0, 450: 0 });
  // What next, under the results: the drafts by cell, print, memo, publish.
  const next = page.getByRole("heading", { name: "สิ่งที่ต้องทำต่อ" });
  expect(await next.locator("xpath=..").textContent()).toMatch(/ตรวจและแก้ไขข้อความร่าง \d+ ช่อง.*ชีต “รายงานผลการดำเนินการ” ช่อง F/);
  expect(await screenshotSection(page, next, "pane-what-next")).toEqual({ 320: 0, 380: 0, 450: 0 });

  // Links jump to each generated sheet.
  await page.getByRole("button", { name: "ไปที่ชีต รายงานผลการดำเนินการ" }).click();
  await eventually(() => workbook.activeSheet(page), "รายงานผลการดำเนินการ");

  // The user edits a generated cell (through the double, as Excel would apply a typed value).
  const edit = "แก้ไขโดยเจ้าหน้าที่: จัดอบรมเพิ่มเติมเดือนมกราคม";
  const original = await page.evaluate(async (text) => {
    // A long text cell of the table: a measure's wording (not the cover's dotted lines).
    let found = "";
    await Excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("มาตรการส่งเสริม").getUsedRange().load("values");
      await ctx.sync();
      const r = used.values.findIndex((row, i) => i > 12 && row.some((v) => typeof v === "string" && v.length > 60 && !v.includes("....")));
      const c = used.values[r].findIndex((v) => typeof v === "string" && v.length > 60 && !v.includes("...."));
      found = String(used.values[r][c]);
      used.getCell(r, c).values = [[text]];
      await ctx.sync();
    });
    return found;
  }, edit);
  expect(original.length).toBeGreaterThan(60);

  await page.getByRole("button", { name: "สร้างรายงานอีกครั้ง" }).click();
  await page.getByText("เก็บของเดิมที่แก้ไว้").waitFor({ timeout: 60_000 });
  const after = await workbook.sheetNames(page);
  const copies = after.filter((n) => n.startsWith("มาตรการส่งเสริม") && n !== "มาตรการส่งเสริม");
  expect(copies).toHaveLength(1);
  // The edited sheet still holds the edit; the new copy holds the generated text.
  const kept = await workbook.grid(page, "มาตรการส่งเสริม");
  expect(kept.flat()).toContain(edit);
  const copy = await workbook.grid(page, copies[0]);
  expect(JSON.stringify(copy)).not.toContain(edit);
  expect(copy.flat()).toContain(original);
  // The outcome message names the copy, and its link opens it.
  await page.getByRole("button", { name: `ไปที่ชีต ${copies[0]}` }).click();
  await eventually(() => workbook.activeSheet(page), copies[0]);
  expect(await screenshotSection(page, results, "pane-regenerated")).toEqual({ 320: 0, 380: 0, 450: 0 });

  expect(pane.errors).toEqual([]);
  expect(pane.away).toEqual([]);
  await pane.context.close();
}, 180_000);

test("an Excel without ExcelApi 1.9 says in Thai what is missing; generation still works without print setup", async () => {
  const pane = await openPane({ sheets: [{ name: "ITA", cells: sampleGrid("ita-2568-khuansaorang.tsv") }], excelApi: "1.7" });
  const { page } = pane;
  await page.getByText("Excel รุ่นนี้ทำได้บางส่วน").waitFor();
  await screenshotWidths(page, "pane-old-excel");
  await page.waitForFunction(() => !document.querySelector("button[disabled]"));
  await page.getByRole("button", { name: "อ่านจากชีตที่เปิดอยู่" }).click();
  await page.getByRole("button", { name: "สร้างรายงาน" }).click();
  await page.getByText("สร้างรายงานเสร็จแล้ว", { exact: false }).waitFor({ timeout: 60_000 });
  expect(await workbook.pageLayout(page, "วิเคราะห์ผล ITA")).toMatchObject({ paperSize: "Letter" });
  expect(pane.errors).toEqual([]);
  await pane.context.close();
}, 120_000);

test("in Internet Explorer (Office 2016/2019) the pane shows a Thai page pointing to the browser page", async () => {
  const context = await browser.newContext({ userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko" });
  const page = await context.newPage();
  // IE never fetches type="module" scripts; office.js is not needed for the notice either.
  await context.route(/\.js($|\?)/, (route) => route.abort());
  await page.goto(`${server.url}taskpane.html`);
  await expect(page.locator("#legacy").isVisible()).resolves.toBe(true);
  await expect(page.locator("#legacy h1").textContent()).resolves.toBe("Excel รุ่นนี้เปิดส่วนเสริมนี้ไม่ได้");
  await expect(page.locator("#legacy-link").getAttribute("href")).resolves.toBe(`${server.url}index.html`);
  await expect(page.locator("#legacy [data-why]").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-why")))).resolves.toEqual(["ie"]);
  await screenshotWidths(page, "pane-ie11");
  await context.close();

  // Every script of ours is a module script, so IE never downloads the bundle.
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  for (const tag of html.match(/<script\b[^>]*\bsrc=[^>]*>/g) ?? []) {
    if (!/appsforoffice/.test(tag)) expect(tag).toMatch(/type=["']?module/);
  }
});

/** Opens the built pane in a browser context, expecting the page's plain-HTML notice. */
async function openNotice(options: { userAgent?: string; init?: () => void; bundle?: string }): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, ...(options.userAgent ? { userAgent: options.userAgent } : {}) });
  const bundle = readFileSync(officeBundle, "utf8");
  await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: `window.__officeSeed = {};\n${bundle}` }));
  if (options.bundle !== undefined) {
    const body = options.bundle;
    await context.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body }));
  }
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.locator("#legacy").waitFor({ state: "visible", timeout: 10_000 });
  await expect(page.locator("#legacy h1").textContent()).resolves.toBe("Excel รุ่นนี้เปิดส่วนเสริมนี้ไม่ได้");
  await expect(page.locator("#legacy-link").getAttribute("href")).resolves.toBe(`${server.url}index.html`);
  return { page, close: () => context.close() };
}

const LEGACY_EDGE_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const MAC_WEBVIEW_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";

test("legacy Edge (EdgeHTML webview): the Thai notice before the bundle runs; the pane does not start", async () => {
  const { page, close } = await openNotice({ userAgent: LEGACY_EDGE_UA });
  await expect(page.locator("#legacy [data-why]").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-why")))).resolves.toEqual(["edge"]);
  await expect(page.locator("#legacy").textContent()).resolves.toContain("WebView2");
  await page.waitForTimeout(500);
  await expect(page.locator("#container").innerHTML()).resolves.toBe("");
  await screenshotWidths(page, "pane-legacy-edge");
  await close();
});

test("WebKit without regex lookbehind (before Safari 16.4): the same notice", async () => {
  const { page, close } = await openNotice({
    userAgent: MAC_WEBVIEW_UA,
    // Chromium has lookbehind; take it away the way old WebKit lacks it.
    init: () => {
      const Native = RegExp;
      const Old = function (this: unknown, pattern: string | RegExp, flags?: string) {
        if (String(pattern).includes("(?<")) throw new SyntaxError("Invalid regular expression: invalid group specifier name");
        return new Native(pattern, flags);
      } as unknown as RegExpConstructor;
      (window as unknown as { RegExp: RegExpConstructor }).RegExp = Old;
    },
  });
  await expect(page.locator("#legacy").textContent()).resolves.toContain("16.4");
  await screenshotWidths(page, "pane-old-webkit");
  await close();
});

test("a bundle that does not parse, or throws as it starts, shows the notice instead of a blank pane", async () => {
  const parse = await openNotice({ bundle: "const broken = {;" });
  await expect(parse.page.locator("#legacy [data-why]").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-why")))).resolves.toEqual(["start"]);
  await screenshotWidths(parse.page, "pane-bundle-syntax-error");
  await parse.close();
  const thrown = await openNotice({ bundle: 'throw new Error("start failed in this webview");' });
  await expect(thrown.page.locator("#legacy-detail").textContent()).resolves.toContain("start failed in this webview");
  await screenshotWidths(thrown.page, "pane-bundle-throws");
  await thrown.close();
});

test("opened outside Office (office.js loads but there is no host): a pointer to the browser page", async () => {
  const context = await browser.newContext();
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); } };" }),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.getByText("หน้านี้เป็นส่วนเสริม (Add-in) ที่ทำงานภายใน Excel").waitFor();
  await expect(page.getByRole("link", { name: "เปิดหน้าสำหรับเบราว์เซอร์" }).getAttribute("href")).resolves.toBe("index.html");
  await context.close();
});

test("bundle: the pane's initial scripts are small and hold no ExcelJS; the built manifest uses ADDIN_URL", async () => {
  const bytes = await measureTaskpaneInitialJs(dist);
  process.stdout.write(`taskpaneInitialJsGzipBytes=${bytes}\n`);
  expect(bytes).toBeLessThanOrEqual(150 * 1024);
  const files = await taskpaneInitialScriptFiles(dist);
  expect(files).toHaveLength(1);
  for (const file of files) {
    expect(file).not.toMatch(/exceljs|engine|excel\.|preview/);
    const code = readFileSync(join(dist, file), "utf8");
    // ExcelJS and the catalogue would bring these strings along.
    expect(code).not.toContain("xl/sharedStrings.xml");
    expect(code).not.toContain("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน");
  }
  expect(pageScripts(readFileSync(join(dist, "taskpane.html"), "utf8")).some((s) => s.src && OFFICE_JS.test(s.src))).toBe(true);

  // Every script the pane may load parses as ES2017 (no ?., ??, object spread, regex lookbehind
  // or /s): what the EdgeHTML webview and WebKit of Safari 12 can parse. ExcelJS (the browser
  // page's own chunk, never the pane's) ships its own build and is left as it is.
  for (const file of readdirSync(dist).filter((f) => f.endsWith(".js") && !f.startsWith("exceljs."))) {
    const code = readFileSync(join(dist, file), "utf8");
    expect(() => acorn.parse(code, { ecmaVersion: 2017, sourceType: "module" })).not.toThrow();
  }
  expect(() => acorn.parse("const a = { ...b };", { ecmaVersion: 2017 })).toThrow();
  expect(() => acorn.parse("const a = /(?<=x)y/;", { ecmaVersion: 2017 })).toThrow();

  const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("localhost");
  const result = checkManifest(manifest, { siteDir: dist, baseUrl: E2E_ADDIN_URL });
  expect(result.problems).toEqual([]);
  expect(result.icons.size).toBe(4);
});
