import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../core/errors";
import { th } from "../core/strings/th";

/** Files being written right now, removed by removePartialOutputs() if the process is interrupted. */
const partial = new Set<string>();

/**
 * Writes an output file, making its folder. The bytes go to a temporary name in the same folder
 * first and are renamed into place, so an interrupted run never leaves a half-written workbook
 * (and an existing file is replaced only by a complete one). A place the user cannot write to
 * (no permission, the file open in Excel, a file in the way, a full disk) is said in Thai.
 */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  await makeFolder(dirname(path));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.part`);
  partial.add(temporary);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new InputError(th.files.cannotWrite(path, code));
  } finally {
    partial.delete(temporary);
  }
}

/** For a signal handler: removes the temporary files of writes under way (synchronously). */
export function removePartialOutputs(): void {
  for (const path of partial) rmSync(path, { force: true });
  partial.clear();
}

/**
 * Makes a folder and its missing parents one at a time. mkdir's own recursive mode spins forever
 * where the system says "no such file" for a parent it will never create (/proc/x).
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(folder); ; at = dirname(at)) {
    try {
      if ((await stat(at)).isDirectory()) break;
      throw new InputError(th.files.cannotMakeFolder(folder, "ENOTDIR"));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (e instanceof InputError || code !== "ENOENT" || dirname(at) === at) throw e instanceof InputError ? e : new InputError(th.files.cannotMakeFolder(folder, code));
      missing.push(at);
    }
  }
  for (const at of missing.reverse()) {
    try {
      await mkdir(at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && (await stat(at).catch(() => undefined))?.isDirectory()) continue;
      throw new InputError(th.files.cannotMakeFolder(folder, code));
    }
  }
}
