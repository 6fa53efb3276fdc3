/**
 * The preview on the browser page in real Chromium: after a paste, "ดูตัวอย่างเอกสาร" fetches its
 * own chunk and shows every document as its printed pages: as many as the layout counts (and as
 * LibreOffice prints the same plan), the analysis' own text on them, no script in the frame.
 * Screenshots of the pages and PNGs of LibreOffice's PDF go to test-output/ to be looked at side by side.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { th } from "../../src/core/strings/th";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid, sampleText } from "../helpers/fixtures";
import { pdfPages, pdfToPngs, printWorkbook, squashThai } from "../helpers/print";
import { launchChromium, SCREENS } from "./helpers/browser";
import { ensureDist } from "./helpers/build";
import { serveStatic, type StaticServer } from "./helpers/server";
import { openWebPage, paste } from "./helpers/webPage";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(await ensureDist());
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SAMPLE = "ita-2568-khuansaorang.tsv";
const SHEET_TITLES = [th.report.documentTitle.split("\n")[0], th.report.measuresTitle, th.report.followUpTitle];

test("after a paste the preview opens, lazily, with each document's printed pages and the analysis' text", async () => {
  const plan = makeReport(readScores(sampleGrid(SAMPLE)), {}).plan;
  const expected = plan.sheets.map((sheet) => ({ name: sheet.name, pages: layoutSheet(sheet, plan).pages }));

  // LibreOffice prints the same plan on the same pages, sheet by sheet.
  const pdf = printWorkbook("preview-khuansaorang", await writeWorkbook(plan));
  const printed = pdfPages(pdf);
  // Sheet by sheet where the layout says each starts: a document's title on the page after its cover.
  expect(printed.length).toBe(expected.reduce((sum, e) => sum + e.pages, 0));
  let at = 0;
  const documents = plan.sheets.filter((s) => s.role === "analysis" || s.role === "measures" || s.role === "followUp");
  plan.sheets.forEach((sheet, i) => {
    const k = documents.indexOf(sheet);
    if (k >= 0) expect({ sheet: sheet.name, title: squashThai(printed[at + 1]).includes(squashThai(SHEET_TITLES[k])) }).toEqual({ sheet: sheet.name, title: true });
    at += expected[i].pages;
  });
  pdfToPngs(pdf, "preview-khuansaorang");

  const { page, requests, errors } = await openWebPage(browser, server, 1280);
  await paste(page, { "text/plain": sampleText(SAMPLE) });
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  // The preview's chunk is not fetched until the button is pressed.
  expect(requests.some((u) => /preview/.test(u))).toBe(false);

  await page.getByRole("button", { name: "ดูตัวอย่างเอกสาร" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  expect(requests.some((u) => /preview\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  const tabs = dialog.getByRole("tab");
  await expect(tabs.count()).resolves.toBe(expected.length);
  for (const e of expected) await expect(dialog.getByRole("tab", { name: `${e.name} (${e.pages} หน้า)`, exact: true }).count()).resolves.toBe(1);

  mkdirSync(SCREENS, { recursive: true });
  for (const [i, e] of expected.entries()) {
    await dialog.getByRole("tab", { name: `${e.name} (${e.pages} หน้า)`, exact: true }).click();
    const frame = page.frameLocator(`iframe[title="ตัวอย่างเอกสาร ${e.name}"]`);
    await frame.locator("section.page").first().waitFor();
    await expect(frame.locator("section.page").count()).resolves.toBe(e.pages);
    await expect(frame.locator("section.page").last().locator(".footer").textContent()).resolves.toBe(`หน้า ${e.pages}`);
    // The frame runs no script: the pages are plain HTML, whatever the paste held.
    await expect(frame.locator("script").count()).resolves.toBe(0);
    await expect(page.locator(`iframe[title="ตัวอย่างเอกสาร ${e.name}"]`).getAttribute("sandbox")).resolves.toBe("");
    const text = squashThai((await frame.locator("main").textContent()) ?? "");
    // A document's title, or a memo's heading.
    const k = documents.indexOf(plan.sheets[i]);
    expect(text).toContain(squashThai(k >= 0 ? SHEET_TITLES[k] : th.documents.memoHeading));
    expect(text).toContain(squashThai("เทศบาลตำบลควนเสารัง"));
    if (i === 0) {
      // The analysis: the overall score and indicator 1's score, as the paste gave them.
      expect(text).toContain("๙๔.๙๐");
      expect(text).toContain("๙๙.๑๗");
    }
    await page.screenshot({ path: join(SCREENS, `preview-dialog-${i + 1}.png`) });
    for (const p of [0, Math.min(1, e.pages - 1)]) {
      // The frame shot with that page scrolled to its top (an element shot cannot reach into a sandboxed frame).
      await frame.locator("section.page").nth(p).evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.locator(`iframe[title="ตัวอย่างเอกสาร ${e.name}"]`).screenshot({ path: join(SCREENS, `preview-sheet${i + 1}-page${p + 1}.png`) });
    }
    // Every page keeps its text inside the paper: nothing spills over the bottom margin.
    const spill = await frame.locator("section.page").evaluateAll((pages) =>
      pages.map((p) => {
        const body = p.querySelector(".body") as HTMLElement;
        const footer = p.querySelector(".footer") as HTMLElement | null;
        return Math.round(body.getBoundingClientRect().bottom - (footer ? footer.getBoundingClientRect().top : p.getBoundingClientRect().bottom));
      }),
    );
    expect(spill.filter((d) => d > 0)).toEqual([]);
  }

  // In a narrow pane the pages shrink to its width rather than scroll sideways.
  await page.setViewportSize({ width: 380, height: 800 });
  await page.waitForTimeout(100);
  // The tab last opened above: the follow-up report.
  const frame = page.frameLocator(`iframe[title="ตัวอย่างเอกสาร ${expected[expected.length - 1].name}"]`);
  const overflow = await frame.locator("html").evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: join(SCREENS, "preview-dialog-narrow.png") });

  await dialog.getByRole("button", { name: "ปิด" }).click();
  await expect(page.getByRole("dialog").count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:") && !u.startsWith("about:"))).toEqual([]);
  await page.context().close();
});
