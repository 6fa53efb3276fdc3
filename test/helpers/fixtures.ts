import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDelimitedText } from "../../src/core/reader/delimited";

export const ROOT = join(__dirname, "..", "..");

/** Bundled sample pastes (taken from real documents in shared/seeds). */
export function sampleText(name: "ita-2568-khuansaorang.tsv" | "ita-2565-tharnkasem.tsv"): string {
  return readFileSync(join(ROOT, "samples", name), "utf8");
}

export function sampleGrid(name: "ita-2568-khuansaorang.tsv" | "ita-2565-tharnkasem.tsv"): string[][] {
  return parseDelimitedText(sampleText(name), "\t");
}
