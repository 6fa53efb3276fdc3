import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { OUT } from "./build";

export const SCREENS = join(OUT, "screens");
export const WIDTHS = [320, 380, 450] as const;

/** Debian's Chromium; nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Screenshots the page at each pane width (full length) and returns, per width, how far the
 * content overflows sideways (0 = nothing cut off or scrolled horizontally).
 */
export async function screenshotWidths(page: Page, name: string): Promise<Record<number, number>> {
  mkdirSync(SCREENS, { recursive: true });
  const overflow: Record<number, number> = {};
  const height = page.viewportSize()?.height ?? 800;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(50); // one layout pass after the resize
    overflow[width] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: join(SCREENS, `${name}-${width}.png`), fullPage: true });
  }
  return overflow;
}

/** Viewport screenshots at each pane width with `target` scrolled to the top (a part of a long page). */
export async function screenshotSection(page: Page, target: Locator, name: string): Promise<Record<number, number>> {
  mkdirSync(SCREENS, { recursive: true });
  const overflow: Record<number, number> = {};
  const height = page.viewportSize()?.height ?? 800;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height });
    await target.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(50);
    overflow[width] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: join(SCREENS, `${name}-${width}.png`) });
  }
  return overflow;
}
