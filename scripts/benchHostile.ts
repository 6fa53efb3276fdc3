/**
 * Hostile inputs for `npm run bench`: each is generated into a temporary folder at bench time and
 * read through the command line's own path (readInputFile) in a fresh Node process, so that the
 * peak memory (maxRSS, Node itself included) is that input's alone. Figures: the time to refusal
 * and the peak memory, for a zip bomb that declares its size, one that lies about it, and a 30 MB
 * file of one line.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Zip, ZipDeflate } from "fflate";

export interface HostileFigures {
  zipBombRefuseMs: number;
  zipBombPeakRssMB: number;
  lyingZipBombRefuseMs: number;
  lyingZipBombPeakRssMB: number;
  oneLine30MBRefuseMs: number;
  oneLine30MBPeakRssMB: number;
}

/** A workbook-shaped zip whose one sheet inflates to `megabytes` MB of spaces (a few hundred KB). */
function zipBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(sheet);
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) sheet.push(block, i === megabytes - 1);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The same bomb with its central directory saying the sheet is 1 KB. */
function lying(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 < copy.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1024, true);
  return copy;
}

/** Reads one file in a fresh process: how long until it answered, and its peak memory. */
function measure(file: string): { ms: number; peakRssMB: number; outcome: string } {
  const readInput = join(__dirname, "..", "src", "node", "readInput.js");
  const script = `
    const { readInputFile } = require(${JSON.stringify(readInput)});
    const t0 = performance.now();
    readInputFile(${JSON.stringify(file)}).then(() => "read", (e) => e.name).then((outcome) =>
      console.log(JSON.stringify({ outcome, ms: performance.now() - t0, peakRssMB: process.resourceUsage().maxRSS / 1024 })));`;
  const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 120_000 });
  const r = JSON.parse(out) as { outcome: string; ms: number; peakRssMB: number };
  return { outcome: r.outcome, ms: Math.round(r.ms), peakRssMB: Math.round(r.peakRssMB) };
}

export async function measureHostile(): Promise<HostileFigures> {
  const dir = await mkdtemp(join(tmpdir(), "itas-bench-hostile-"));
  try {
    const bomb = zipBomb(1280);
    await writeFile(join(dir, "bomb.xlsx"), bomb);
    await writeFile(join(dir, "lying.xlsx"), lying(bomb));
    await writeFile(join(dir, "one-line.tsv"), Buffer.alloc(30 * 1024 * 1024, "i1\t95\t"));
    const [honest, liar, line] = ["bomb.xlsx", "lying.xlsx", "one-line.tsv"].map((f) => measure(join(dir, f)));
    for (const [name, r] of [["bomb.xlsx", honest], ["lying.xlsx", liar], ["one-line.tsv", line]] as const) {
      if (r.outcome !== "InputError") throw new Error(`${name} was not refused (${r.outcome})`);
    }
    return {
      zipBombRefuseMs: honest.ms,
      zipBombPeakRssMB: honest.peakRssMB,
      lyingZipBombRefuseMs: liar.ms,
      lyingZipBombPeakRssMB: liar.peakRssMB,
      oneLine30MBRefuseMs: line.ms,
      oneLine30MBPeakRssMB: line.peakRssMB,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
