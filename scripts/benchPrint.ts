/**
 * Printed pages of the bundled samples: each sample's three documents written to .xlsx and
 * printed by LibreOffice (headless), pages counted with pdfinfo. Null where LibreOffice or
 * poppler is not installed.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { makeReport, readScores } from "../src/core/pipeline";
import { parseDelimitedText } from "../src/core/reader/delimited";
import { writeWorkbook } from "../src/xlsx/writeWorkbook";

const SAMPLES = ["ita-2568-khuansaorang", "ita-2565-tharnkasem"] as const;

function installed(tool: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function measurePrintedPages(root: string): Promise<Record<string, number> | null> {
  if (!installed("soffice") || !installed("pdfinfo")) return null;
  const dir = await mkdtemp(join(tmpdir(), "itas-print-"));
  try {
    const out: Record<string, number> = {};
    for (const name of SAMPLES) {
      const grid = parseDelimitedText(await readFile(join(root, "samples", `${name}.tsv`), "utf8"), "\t");
      const xlsx = join(dir, `${name}.xlsx`);
      await writeFile(xlsx, await writeWorkbook(makeReport(readScores(grid)).plan));
      execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "ignore", timeout: 180_000 });
      const info = execFileSync("pdfinfo", [join(dir, `${name}.pdf`)], { encoding: "utf8" });
      out[name] = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
