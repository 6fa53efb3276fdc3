import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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

/** Text of each page, in reading order (each cell's lines together). */
export function pdfPages(pdf: string): string[] {
  const { pages } = pdfInfo(pdf);
  const out: string[] = [];
  for (let p = 1; p <= pages; p++) out.push(execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], { encoding: "utf8" }));
  return out;
}

/** Renders pages to PNG (for people to look at) and returns the files. */
export function pdfToPngs(pdf: string, prefix: string, resolution = 60): string[] {
  for (const f of readdirSync(PRINT_DIR)) if (f.startsWith(`${prefix}-`) && f.endsWith(".png")) rmSync(join(PRINT_DIR, f));
  execFileSync("pdftoppm", ["-png", "-r", String(resolution), pdf, join(PRINT_DIR, prefix)]);
  return readdirSync(PRINT_DIR).filter((f) => f.startsWith(prefix) && f.endsWith(".png"));
}

/**
 * Thai text compared without spaces and combining marks, which PDF extraction may reorder, and
 * with SARA AM folded (extraction may give it decomposed as NIKHAHIT + SARA AA).
 */
export function squashThai(text: string): string {
  return text.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "").replace(/\u0e33/g, "\u0e32").replace(/[–—−]/g, "-");
}

interface Word {
  xMin: number;
  yMin: number;
  xMax: number;
  text: string;
}

interface PageText {
  words: Word[];
  /** Printed lines (one cell's line each in a table): their extent and words. */
  lines: { xMin: number; xMax: number; yMin: number; words: string[] }[];
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };
const decode = (t: string) => t.replace(/&(lt|gt|quot|#39|amp);/g, (m) => ENTITIES[m]);

function pageText(pdf: string, page: number): PageText {
  const html = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const words: Word[] = [];
  const lines: PageText["lines"] = [];
  for (const line of html.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/line>/g)) {
    const own: string[] = [];
    for (const m of line[4].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      const text = decode(m[4]);
      words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text });
      own.push(text);
    }
    lines.push({ xMin: Number(line[1]), yMin: Number(line[2]), xMax: Number(line[3]), words: own });
  }
  return { words, lines };
}

/**
 * The printed text of each table column on a page, read top to bottom. Column edges come from
 * the sheet's column widths, placed on the page by two centred header labels of known columns.
 */
export interface Anchor {
  /** A word of a header label that starts one of its printed lines. */
  label: string;
  /** The whole header label. */
  header: string;
  column: number;
}

export function columnTexts(pdf: string, page: number, widths: number[], anchors: [Anchor, Anchor]): string[] {
  const { words, lines } = pageText(pdf, page);
  const starts: number[] = [];
  widths.reduce((acc, w, i) => ((starts[i] = acc), acc + w), 0);
  const centre = (c: number) => starts[c] + widths[c] / 2;
  const found = anchors.map((a) => {
    // The header is the topmost place the label is printed (body text may hold the same word).
    const topmost = <T extends { yMin: number }>(list: T[]) => list.reduce<T | undefined>((best, x) => (!best || x.yMin < best.yMin ? x : best), undefined);
    const line = topmost(lines.filter((l) => l.words.some((w) => squashThai(w) === squashThai(a.label))));
    if (!line) throw new Error(`header "${a.label}" not found on page ${page}`);
    // Headers are centred in their cell: the centre of the printed line is the cell's centre,
    // unless the line also carries neighbouring headers (then the word's own centre is used).
    const own = squashThai(line.words.join(""));
    if (squashThai(a.header).startsWith(own)) return { x: (line.xMin + line.xMax) / 2, column: a.column };
    const w = topmost(words.filter((x) => squashThai(x.text) === squashThai(a.label)))!;
    return { x: (w.xMin + w.xMax) / 2, column: a.column };
  });
  const unit = (found[1].x - found[0].x) / (centre(found[1].column) - centre(found[0].column));
  const left = found[0].x - centre(found[0].column) * unit;
  const columns: Word[][] = widths.map(() => []);
  for (const w of words) {
    const u = (w.xMin - left) / unit;
    const c = starts.findIndex((s, i) => u >= s - 0.2 && u < s + widths[i] - 0.2);
    if (c >= 0) columns[c].push(w);
  }
  return columns.map((list) =>
    list
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
      .map((w) => w.text)
      .join(" "),
  );
}

/** True when every label is printed as a word of the page. */
export function pageHasWords(pdf: string, page: number, labels: string[]): boolean {
  const words = new Set(pageText(pdf, page).words.map((w) => squashThai(w.text)));
  return labels.every((l) => words.has(squashThai(l)));
}

/** Debian's Python: the only one here that imports uno (python3-uno). */
const UNO_PYTHON = "/usr/bin/python3";
const LO_CALC = join(ROOT, "test", "helpers", "lo_calc.py");

/** A wrapped text cell as LibreOffice measured it (lo_calc.py lines). */
export interface MeasuredCell {
  sheet: string;
  /** 0-based, as LibreOffice counts. */
  row: number;
  col: number;
  to: number;
  text: string;
  widthMm100: number;
  size: number;
  bold: boolean;
  /** LibreOffice's own line count: its optimal height for the text alone. */
  loLines: number;
  optimalHeightPt: number;
  storedHeightPt: number;
}

/** LibreOffice's line count of every wrapped text cell of a workbook (through python3-uno). */
export function measureLines(xlsx: string): MeasuredCell[] {
  requireTool("soffice");
  const out = execFileSync(UNO_PYTHON, [LO_CALC, "lines", xlsx], { encoding: "utf8", timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as MeasuredCell[];
}

/** Appends `text` to a cell as a user would, lets LibreOffice refit the row, prints to `pdf`. */
export function editAndPrint(xlsx: string, sheet: string, row: number, col: number, text: string, pdf: string): { optimal: boolean; beforePt: number; afterPt: number; text: string } {
  requireTool("soffice");
  const out = execFileSync(UNO_PYTHON, [LO_CALC, "edit", xlsx, sheet, String(row), String(col), text, pdf], { encoding: "utf8", timeout: 300_000 });
  return JSON.parse(out) as { optimal: boolean; beforePt: number; afterPt: number; text: string };
}
