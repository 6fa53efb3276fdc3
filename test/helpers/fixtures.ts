import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDelimitedText } from "../../src/core/reader/delimited";

export const ROOT = join(__dirname, "..", "..");

/** Bundled sample pastes (2565/2568 taken from real documents in shared/seeds; 2569 made up, codes and scores only). */
export type SampleName = "ita-2568-khuansaorang.tsv" | "ita-2565-tharnkasem.tsv" | "ita-2569-huaysaingam.tsv";

export function sampleText(name: SampleName): string {
  return readFileSync(join(ROOT, "samples", name), "utf8");
}

export function sampleGrid(name: SampleName): string[][] {
  return parseDelimitedText(sampleText(name), "\t");
}
