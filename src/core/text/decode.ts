import type { Warning } from "../model";
import { th } from "../strings/th";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-874";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Lines with bytes that are not UTF-8, read as U+FFFD. */
  warnings: Warning[];
}

/** Lines named one by one in the warning; the rest are counted. */
const LINES_NAMED = 10;

/**
 * Bytes of a score file → text, the same for the command line and the browser page: UTF-8 (with
 * or without BOM), UTF-16 from Excel's "Unicode Text", or Windows-874 (Thai) CSV. Windows-874 only
 * when the bytes say so: UTF-8 fails on most of them and nearly all are Thai letters in TIS-620.
 * A UTF-8 file with a few bad bytes stays UTF-8, the bad lines named. TextDecoder is there in
 * Node.js and in every browser the page supports.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return clean(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return clean(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  try {
    return clean(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
  } catch {
    // Not all UTF-8: weigh the evidence below.
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  const { bad, good } = utf8Evidence(text);
  if (bad > good && thaiSingleByteShare(bytes) >= 0.95) return clean(new TextDecoder("windows-874").decode(bytes), "windows-874");
  const lines = badLines(text);
  const named = lines.slice(0, LINES_NAMED);
  return {
    text,
    encoding: "utf-8",
    warnings: [{ message: th.text.badBytes(named, lines.length - named.length) }],
  };
}

function clean(text: string, encoding: TextEncoding): DecodedText {
  return { text, encoding, warnings: [] };
}

/** Characters UTF-8 could not read (U+FFFD) against the non-ASCII ones it could. */
function utf8Evidence(text: string): { bad: number; good: number } {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  return { bad, good };
}

/** Of the bytes above 0x7F, the share that are Thai letters, digits and marks in TIS-620 / Windows-874. */
function thaiSingleByteShare(bytes: Uint8Array): number {
  let high = 0;
  let thai = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb) || b === 0xa0 || b === 0x85 || (b >= 0x91 && b <= 0x97)) thai++;
  }
  return high === 0 ? 0 : thai / high;
}

/** 1-based line numbers holding U+FFFD (a line ends at LF, CRLF or CR). */
function badLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    else if (c === 0xfffd && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/** An .xlsx file is a zip archive: "PK" at the start. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
