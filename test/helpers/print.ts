import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./fixtures";

export const PRINT_DIR = join(ROOT, "test-output", "print");

export function requireTool(name: string): void {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
  } catch {
    throw new Error(`${name} is not installed: run "bash .ci/run", which installs LibreOffice, poppler and the Thai fonts`);
  }
}

/** Writes the workbook, prints it with LibreOffice, and returns the PDF's path. */
export function printWorkbook(name: string, bytes: Uint8Array): string {
  requireTool("soffice");
  mkdirSync(PRINT_DIR, { recursive: true });
  const xlsx = join(PRINT_DIR, `${name}.xlsx`);
  writeFileSync(xlsx, bytes);
  const profile = join(ROOT, "test-output", `lo-profile-${process.pid}`);
  execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", PRINT_DIR, xlsx], { stdio: "ignore", timeout: 180_000 });
  return join(PRINT_DIR, `${name}.pdf`);
}

export function pdfInfo(pdf: string): { pages: number; pageSize: string } {
  const out = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), pageSize: /Page size:\s+(.*)/.exec(out)![1] };
}

/** Text of each page. */
export function pdfPages(pdf: string): string[] {
  const { pages } = pdfInfo(pdf);
  const out: string[] = [];
  for (let p = 1; p <= pages; p++) out.push(execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" }));
  return out;
}

/** Renders pages to PNG (for people to look at) and returns the files. */
export function pdfToPngs(pdf: string, prefix: string, resolution = 60): string[] {
  execFileSync("pdftoppm", ["-png", "-r", String(resolution), pdf, join(PRINT_DIR, prefix)]);
  return readdirSync(PRINT_DIR).filter((f) => f.startsWith(prefix) && f.endsWith(".png"));
}

/** Thai text compared without spaces and without combining marks, which PDF extraction may reorder. */
export function squashThai(text: string): string {
  return text.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "");
}
