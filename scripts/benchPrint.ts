/**
 * Printed pages of the bundled samples, printed by LibreOffice (headless) and counted with
 * pdfinfo: `printedPages`, the whole workbook (covers and approval memos included), and
 * `documentPages`, the analysis, measure plan and follow-up report without their covers (issue
 * 9's figure). Null where LibreOffice or poppler is not installed.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { makeReport, readScores } from "../src/core/pipeline";
import { parseDelimitedText } from "../src/core/reader/delimited";
import type { ReportPlan, SheetRole } from "../src/core/plan/types";
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

export interface PrintedPages {
  printedPages: Record<string, number>;
  documentPages: Record<string, number>;
}

const DOCUMENTS: readonly SheetRole[] = ["analysis", "measures", "followUp"];

export async function measurePrintedPages(root: string): Promise<PrintedPages | null> {
  if (!installed("soffice") || !installed("pdfinfo")) return null;
  const dir = await mkdtemp(join(tmpdir(), "itas-print-"));
  const print = async (name: string, plan: ReportPlan): Promise<number> => {
    const xlsx = join(dir, `${name}.xlsx`);
    await writeFile(xlsx, await writeWorkbook(plan));
    execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "ignore", timeout: 180_000 });
    const info = execFileSync("pdfinfo", [join(dir, `${name}.pdf`)], { encoding: "utf8" });
    return Number(/Pages:\s+(\d+)/.exec(info)![1]);
  };
  try {
    const out: PrintedPages = { printedPages: {}, documentPages: {} };
    for (const name of SAMPLES) {
      const grid = parseDelimitedText(await readFile(join(root, "samples", `${name}.tsv`), "utf8"), "\t");
      const { plan } = makeReport(readScores(grid));
      out.printedPages[name] = await print(name, plan);
      const documents = plan.sheets.filter((s) => DOCUMENTS.includes(s.role));
      // Each document opens with a one-page cover.
      out.documentPages[name] = (await print(`${name}-documents`, { ...plan, sheets: documents })) - documents.length;
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
