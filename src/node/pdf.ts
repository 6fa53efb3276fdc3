import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { freeName, withExtension } from "./outputPaths";
import { writeOutput } from "./writeOutput";

/** Finds LibreOffice on PATH; undefined when it is not installed. */
export async function findLibreOffice(): Promise<string | undefined> {
  for (const name of ["soffice", "libreoffice"]) {
    const ok = await new Promise<boolean>((resolve) => execFile("sh", ["-c", `command -v ${name}`], (err) => resolve(!err)));
    if (ok) return name;
  }
  return undefined;
}

export interface PrintedPdf {
  workbook: string;
  /** Where the PDF went; undefined when LibreOffice made none for this workbook. */
  pdf?: string;
  /** The PDF got another name because a file of its own name was there (no --overwrite). */
  renamed: boolean;
}

/**
 * Prints workbooks to PDF with LibreOffice (one process for the batch, with a private profile so
 * a running LibreOffice does not interfere). LibreOffice writes "<name>.pdf" into its output
 * folder and replaces whatever is there, so it prints into a private temporary folder; each PDF
 * is then moved next to its workbook under the same rule as the workbooks: an existing file is
 * the user's and is kept (the PDF becomes "name (2).pdf") unless `overwrite`.
 */
export async function convertToPdf(binary: string, workbooks: readonly string[], overwrite: boolean): Promise<PrintedPdf[]> {
  const out: PrintedPdf[] = [];
  // Workbooks of one name from different folders would print to one name: a batch per name.
  const rounds: string[][] = [];
  for (const w of workbooks) {
    const round = rounds.find((r) => r.every((x) => basename(x) !== basename(w)));
    if (round) round.push(w);
    else rounds.push([w]);
  }
  const taken = new Set<string>();
  for (const round of rounds) {
    const folder = await mkdtemp(join(tmpdir(), "itas-pdf-"));
    try {
      await runLibreOffice(binary, round, folder);
      for (const workbook of round) {
        const printed = join(folder, `${basename(workbook, extname(workbook))}.pdf`);
        const bytes = await readFile(printed).catch(() => undefined);
        if (!bytes) {
          out.push({ workbook, renamed: false });
          continue;
        }
        const wanted = withExtension(workbook, ".pdf");
        const path = freeName(wanted, taken, overwrite);
        taken.add(path);
        await writeOutput(path, bytes);
        out.push({ workbook, pdf: path, renamed: path !== wanted });
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  return out;
}

async function runLibreOffice(binary: string, files: readonly string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), "itas-lo-"));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        binary,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...files],
        { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
        (err, _stdout, stderr) => (err ? reject(new Error(`LibreOffice: ${stderr || err.message}`)) : resolve()),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

