import Papa from "papaparse";
import type { Warning } from "../model";
import { th } from "../strings/th";

export interface DelimitedText {
  grid: string[][];
  /** Quotes read as plain text, each with the row it is on. */
  warnings: Warning[];
}

/** Stray quotes fixed one by one before giving up on quotes for the whole text. */
const MAX_QUOTE_REPAIRS = 20;

/**
 * Text as pasted from a web page or document (tab-separated) or a CSV file → grid, with nothing
 * dropped. Quoted cells may hold tabs, commas and line breaks. A quote that opens a cell and is
 * never closed (a recommendation starting with ") would swallow the rest of the file: it is read
 * as a plain character instead, with a warning naming its row. CRLF, LF and CR may be mixed (text
 * copied between Windows and web pages). Rows may have different lengths. `delimiter` undefined = detect.
 */
export function readDelimitedText(text: string, delimiter?: string): DelimitedText {
  // Papaparse takes one line ending for the whole text, guessed from the first line.
  let clean = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  if (clean.trim() === "") return { grid: [], warnings: [] };
  const mark = unusedCharacter(clean);
  const options = { delimiter: delimiter ?? "", delimitersToGuess: ["\t", ",", ";", "|"], newline: "\n" as const, skipEmptyLines: false };
  let result = Papa.parse<string[]>(clean, options);
  let repaired = false;
  for (let round = 0, error = quoteError(result); error && round < MAX_QUOTE_REPAIRS; round++, error = quoteError(result)) {
    // Papaparse's index is just past the quote that opened the faulty cell: make that one plain text.
    const at = error.index - 1;
    if (clean[at] !== '"') break;
    clean = `${clean.slice(0, at)}${mark}${clean.slice(at + 1)}`;
    repaired = true;
    result = Papa.parse<string[]>(clean, { ...options, delimiter: result.meta.delimiter });
  }
  const warnings: Warning[] = [];
  const unmended = quoteError(result);
  if (unmended) {
    // Too many to mend one by one: every quote is a plain character, every line a row.
    const row = unmended.row + 1;
    result = Papa.parse<string[]>(clean, { ...options, delimiter: result.meta.delimiter, quoteChar: unusedCharacter(clean) });
    warnings.push({ row, message: `${th.where(row)}: ${th.text.quotesIgnored}` });
  }
  const grid = repaired || warnings.length > 0 ? restore(result.data, mark, warnings) : result.data;
  return { grid, warnings };
}

/** The grid alone (tests and fixtures); the edges use readDelimitedText to keep its warnings. */
export function parseDelimitedText(text: string, delimiter?: string): string[][] {
  return readDelimitedText(text, delimiter).grid;
}

function quoteError(result: Papa.ParseResult<string[]>): { index: number; row: number } | undefined {
  const error = result.errors.find((e) => e.type === "Quotes" && typeof e.index === "number");
  return error ? { index: error.index ?? 0, row: error.row ?? 0 } : undefined;
}

/** Puts the mended quotes back as text, one warning per row that had one. */
function restore(grid: string[][], mark: string, warnings: Warning[]): string[][] {
  return grid.map((cells, r) => {
    if (!cells.some((c) => c.includes(mark))) return cells;
    warnings.push({ row: r + 1, message: `${th.where(r + 1)}: ${th.text.strayQuote}` });
    return cells.map((c) => c.split(mark).join('"'));
  });
}

/** A private-use character the text does not contain, to stand in for a quote. */
function unusedCharacter(text: string): string {
  for (let code = 0xe000; code < 0xf8ff; code++) {
    const ch = String.fromCharCode(code);
    if (!text.includes(ch)) return ch;
  }
  return "\u0000";
}
