import { textWidthPoints } from "./textWidth";

/**
 * Step 2 of measuring text: where lines may break and how a text wraps in a given width, the
 * way LibreOffice and Excel wrap a cell: between words (Thai words from the platform's
 * dictionary, Intl.Segmenter, as LibreOffice's ICU break iterator finds them), never before
 * closing punctuation or after opening punctuation, a hyphen or a slash, a space hanging at
 * the end of its line; a
 * word wider than the whole line breaks between letters (never before a combining mark).
 */

interface Segment {
  segment: string;
}
type SegmenterConstructor = new (locale: string, options: { granularity: "word" }) => { segment(text: string): Iterable<Segment> };
const Segmenter = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
let segmenter: InstanceType<SegmenterConstructor> | undefined;

/** No break before these (UAX #14 closing, exclamation, infix, postfix; Thai ๆ and ฯ). */
const NO_BREAK_BEFORE = /^[)\]}.,:;!?%/\u0e2f\u0e46\u0e5a\u0e5b\u201d\u2019\u2026-]/;
/**
 * No break after these: opening punctuation, and (as LibreOffice breaks Thai text) a hyphen or
 * slash joining two words, "E-Service", "แก้ไข/ปรับปรุง".
 */
const NO_BREAK_AFTER = /[([{\u201c\u2018/-]$/;
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
const LATIN_OR_DIGIT_END = /[A-Za-z0-9]$/;
const LATIN_OR_DIGIT_START = /^[A-Za-z0-9]/;

function words(paragraph: string): string[] {
  if (paragraph === "") return [];
  if (!Segmenter) return fallbackWords(paragraph);
  segmenter ??= new Segmenter("th", { granularity: "word" });
  return [...segmenter.segment(paragraph)].map((s) => s.segment);
}

/** Without a dictionary: spaces separate words, and a Thai run may break between any letters. */
function fallbackWords(paragraph: string): string[] {
  return paragraph.match(/ +|[\u0e00-\u0e7f][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*|[^ \u0e00-\u0e7f]+/g) ?? [];
}

/**
 * A paragraph as the pieces no line break falls inside, each with the spaces after it: words
 * joined where a break is not allowed between them.
 */
export function unbreakablePieces(paragraph: string): string[] {
  const pieces: string[] = [];
  for (const word of words(paragraph)) {
    const last = pieces[pieces.length - 1];
    const glue =
      last !== undefined &&
      (/^\s+$/.test(word) ||
        /\s$/.test(last) === false &&
          (NO_BREAK_BEFORE.test(word) || NO_BREAK_AFTER.test(last) || (LATIN_OR_DIGIT_END.test(last) && LATIN_OR_DIGIT_START.test(word)) || COMBINING.test(word[0])));
    if (glue) pieces[pieces.length - 1] = last + word;
    else pieces.push(word);
  }
  return pieces;
}

export interface Line {
  text: string;
  /** The last line of a paragraph (the text goes on after a line feed, or ends). */
  endsParagraph: boolean;
}

interface Piece {
  text: string;
  /** Width with its trailing spaces, and without them (what it takes at the end of a line). */
  width: number;
  trimmed: number;
}

/** Measured pieces per paragraph, kept for texts wrapped again at other widths. */
const measured = new Map<string, Piece[]>();
const MEASURED_LIMIT = 20_000;

function piecesOf(paragraph: string, size: number, bold: boolean): Piece[] {
  const key = `${size}|${bold ? 1 : 0}|${paragraph}`;
  let pieces = measured.get(key);
  if (!pieces) {
    pieces = unbreakablePieces(paragraph).map((text) => ({ text, width: textWidthPoints(text, size, bold), trimmed: textWidthPoints(text.trimEnd(), size, bold) }));
    if (measured.size >= MEASURED_LIMIT) measured.clear();
    measured.set(key, pieces);
  }
  return pieces;
}

/** Wraps a text into lines at most `width` points wide; every paragraph gives at least one line. */
export function wrapText(text: string, width: number, size: number, bold = false): Line[] {
  const out: Line[] = [];
  const measure = (s: string) => textWidthPoints(s, size, bold);
  for (const paragraph of text.split("\n")) {
    const lines: string[] = [];
    let line = "";
    let used = 0;
    for (const piece of piecesOf(paragraph, size, bold)) {
      if (line === "" || used + piece.trimmed <= width) {
        if (line === "" && piece.trimmed > width) {
          // One piece wider than the line: it breaks between letters.
          const parts = splitWide(piece.text, width, measure);
          lines.push(...parts.slice(0, -1));
          line = parts[parts.length - 1];
          used = measure(line);
          continue;
        }
        line += piece.text;
        used += piece.width;
        continue;
      }
      lines.push(line);
      line = "";
      used = 0;
      if (piece.trimmed > width) {
        const parts = splitWide(piece.text, width, measure);
        lines.push(...parts.slice(0, -1));
        line = parts[parts.length - 1];
        used = measure(line);
      } else {
        line = piece.text;
        used = piece.width;
      }
    }
    lines.push(line);
    lines.forEach((l, i) => out.push({ text: l, endsParagraph: i === lines.length - 1 }));
  }
  return out;
}

/** A piece wider than a line, cut between letters (a combining mark stays with its letter). */
function splitWide(piece: string, width: number, measure: (s: string) => number): string[] {
  const parts: string[] = [];
  let part = "";
  for (const ch of piece) {
    if (part !== "" && !COMBINING.test(ch) && ch !== " " && measure(part + ch) > width) {
      parts.push(part);
      part = "";
    }
    part += ch;
  }
  if (part !== "") parts.push(part);
  return parts;
}

/** The widest piece of a text that no line break falls inside, in points. */
export function longestPiecePoints(text: string, size: number, bold = false): number {
  let widest = 0;
  for (const paragraph of text.split("\n")) for (const piece of piecesOf(paragraph, size, bold)) widest = Math.max(widest, piece.trimmed);
  return widest;
}

