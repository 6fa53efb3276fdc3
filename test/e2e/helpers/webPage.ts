import type { Browser, Page } from "playwright-core";
import type { StaticServer } from "./server";

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for, to check none left 127.0.0.1 and what loaded when. */
  requests: string[];
  /** Script errors the page throws, from its loading on. */
  errors: string[];
}

/**
 * The browser page (index.html) of `server` in a new Thai-locale context, once its paste box is
 * there; fails on any script error while it loads.
 */
export async function openWebPage(browser: Browser, server: StaticServer, width = 1000): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: "th-TH" });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}index.html`);
  await page.getByLabel("วางตารางคะแนนที่นี่").waitFor();
  if (errors.length > 0) throw new Error(`the page threw while loading: ${errors.join("; ")}`);
  return { page, requests, errors };
}

/** Dispatches a real ClipboardEvent carrying the given flavours (e.g. text/plain) on the paste box. */
export async function paste(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(data)) dt.setData(type, value);
    const box = document.querySelector("[data-paste-target]") as HTMLElement;
    box.focus();
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, flavours);
}
