import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Finds LibreOffice on PATH; undefined when it is not installed. */
export async function findLibreOffice(): Promise<string | undefined> {
  for (const name of ["soffice", "libreoffice"]) {
    const ok = await new Promise<boolean>((resolve) => execFile("sh", ["-c", `command -v ${name}`], (err) => resolve(!err)));
    if (ok) return name;
  }
  return undefined;
}

/**
 * Prints workbooks to PDF with LibreOffice (one process for the whole batch, with a private
 * profile so a running LibreOffice does not interfere). PDFs land next to each workbook.
 */
export async function convertToPdf(binary: string, files: string[], outDir: string): Promise<void> {
  if (files.length === 0) return;
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
