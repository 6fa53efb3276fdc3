import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { InputError } from "../core/errors";
import { th } from "../core/strings/th";

/**
 * Writes an output file, making its folder. A place the user cannot write to (no permission, the
 * file open in Excel, a file in the way, a full disk) is their problem to fix, said in Thai.
 */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new InputError(th.files.cannotWrite(path, code));
  }
}
