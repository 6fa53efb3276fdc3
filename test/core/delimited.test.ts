import fc from "fast-check";
import Papa from "papaparse";
import { readScores } from "../../src/core/pipeline";
import { readDelimitedText } from "../../src/core/reader/delimited";
import { decodeText } from "../../src/core/text/decode";
import { sampleText } from "../helpers/fixtures";

const SAMPLE = sampleText("ita-2568-khuansaorang.tsv");
const questionsOf = (text: string, delimiter?: string) => {
  const { grid, warnings } = readDelimitedText(text, delimiter);
  return readScores(grid, { warnings });
};
const QUESTIONS = questionsOf(SAMPLE, "\t").questions.length;

describe("the delimited-text reader never drops data silently", () => {
  test("the sample has all its questions (the baseline for the cases below)", () => {
    expect(QUESTIONS).toBe(51);
  });

  test("a stray quote opening a recommendation cell is text, the row is named, nothing else is lost", () => {
    const text = SAMPLE.replace("\tรักษาระดับ", '\t"รักษาระดับ');
    const row = text.slice(0, text.indexOf('"รักษาระดับ')).split("\n").length;
    const sheet = questionsOf(text, "\t");
    expect(sheet.questions).toHaveLength(QUESTIONS);
    expect(sheet.questions.some((q) => q.recommendation === '"รักษาระดับ')).toBe(true);
    expect(sheet.warnings[0]).toMatchObject({ row, message: expect.stringContaining(`แถว ${row}: มีเครื่องหมาย " ที่เปิดแล้วไม่ได้ปิด`) });
  });

  test('a quoted cell closed too early ("abc"def) and a stray quote before a real multi-line cell', () => {
    const { grid, warnings } = readDelimitedText('i1\t90\t"abc"def\ni2\t80\t"x\ni3\t70\t"two\nlines"\ni4\t60\tok', "\t");
    expect(grid).toEqual([
      ["i1", "90", '"abc"def'],
      ["i2", "80", '"x'],
      ["i3", "70", "two\nlines"],
      ["i4", "60", "ok"],
    ]);
    expect(warnings.map((w) => w.row)).toEqual([1, 2]);
  });

  test("more stray quotes than can be mended one by one: quotes off for the whole text, said once", () => {
    const lines = Array.from({ length: 40 }, (_, i) => `i${i + 1}\t90\t"note ${i}`);
    const { grid, warnings } = readDelimitedText(lines.join("\n"), "\t");
    expect(grid).toHaveLength(40);
    expect(grid[39]).toEqual(["i40", "90", '"note 39']);
    expect(warnings.some((w) => w.message.includes("ทุกตัวเป็นตัวอักษรธรรมดา"))).toBe(true);
  });

  test.each([
    ["CRLF first line, LF after", (lines: string[]) => `${lines[0]}\r\n${lines.slice(1).join("\n")}`],
    ["CRLF with every tenth line LF", (lines: string[]) => lines.map((l, i) => l + (i % 10 === 9 ? "\n" : "\r\n")).join("")],
    ["CR only (old Mac)", (lines: string[]) => lines.join("\r")],
    ["CR, LF and CRLF mixed", (lines: string[]) => lines.map((l, i) => l + ["\r", "\n", "\r\n"][i % 3]).join("")],
  ])("line endings: %s", (_name, join) => {
    const lines = SAMPLE.replace(/\r\n?/g, "\n").split("\n");
    const sheet = questionsOf(join(lines), "\t");
    expect(sheet.questions).toHaveLength(QUESTIONS);
    // A CSV file whose separator is detected: the first line ending does not decide the others either.
    const csv = ["ข้อ,คะแนน", ...Array.from({ length: 30 }, (_, i) => `i${i + 1},${60 + i}`)];
    expect(readDelimitedText(join(csv)).grid.slice(0, 31)).toEqual(csv.map((l) => l.split(",")));
  });

  test("ragged rows keep every cell", () => {
    const { grid, warnings } = readDelimitedText("a,b,c\nd\ne,f,g,h,i\n", ",");
    expect(grid.slice(0, 3)).toEqual([["a", "b", "c"], ["d"], ["e", "f", "g", "h", "i"]]);
    expect(warnings).toEqual([]);
  });
});

/**
 * Cells as typed: any text with quotes anywhere but at the start or the end (spaces after a closing
 * quote are allowed by the parser), and no tab or line break (TSV has no escape for them). A cell
 * opening with a quote and a later one closing with one is what a quoted multi-line cell looks
 * like, and is read as one.
 */
const tsvCell = fc
  .string({ unit: fc.constantFrom("a", "ข", "้", '"', ",", ";", " ", "1", ".", "|", "\u00a0", "'"), maxLength: 8 })
  .filter((c) => !c.startsWith('"') && !/"\s*$/.test(c));
const tsvGrid = fc.array(fc.array(tsvCell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 20 });
const lineEnding = fc.constantFrom("\n", "\r\n", "\r");
const asTsv = (grid: string[][], endings: string[]) => grid.map((row, i) => row.join("\t") + endings[i % endings.length]).join("");

describe("property: nothing lost", () => {
  test("any grid written as TSV, with any mix of line endings, reads back cell for cell", () => {
    fc.assert(
      fc.property(tsvGrid, fc.array(lineEnding, { minLength: 1, maxLength: 20 }), (grid, endings) => {
        // A text of spaces and separators only holds no data: it reads as an empty grid.
        fc.pre(grid.flat().some((c) => c.trim() !== ""));
        const { grid: read, warnings } = readDelimitedText(asTsv(grid, endings), "\t");
        expect(read.slice(0, grid.length)).toEqual(grid);
        expect(read.slice(grid.length).every((row) => row.join("") === "")).toBe(true);
        expect(warnings).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test("the same with a stray quote opening any one cell: still cell for cell, and that row is named", () => {
    fc.assert(
      fc.property(tsvGrid, fc.nat(), fc.nat(), fc.array(lineEnding, { minLength: 1, maxLength: 20 }), (grid, r0, c0, endings) => {
        const r = r0 % grid.length;
        const c = c0 % grid[r].length;
        const typed = grid.map((row, i) => row.map((cell, j) => (i === r && j === c ? `"${cell}` : cell)));
        const { grid: read, warnings } = readDelimitedText(asTsv(typed, endings), "\t");
        expect(read.slice(0, typed.length)).toEqual(typed);
        expect(warnings.map((w) => w.row)).toEqual([r + 1]);
      }),
      { numRuns: 400 },
    );
  });

  test("any grid written as CSV by a proper writer (quotes, commas, line breaks in cells) reads back", () => {
    const csvCell = fc.string({ unit: fc.constantFrom("a", "ข", '"', ",", "\n", "\r\n", " ", "1"), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(csvCell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 15 }), (grid) => {
        const text = Papa.unparse(grid, { newline: "\r\n", quotes: true });
        // Line breaks inside cells come back as LF (one line-ending convention for the whole text).
        const expected = grid.map((row) => row.map((c) => c.replace(/\r\n?/g, "\n")));
        expect(readDelimitedText(text, ",").grid).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test("any bytes: decoding and parsing never throw, and every character that is not a separator or a space ends up in a cell", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(undefined, "\t", ","), (bytes, delimiter) => {
        const { text } = decodeText(bytes);
        const { grid } = readDelimitedText(text, delimiter);
        const kept = (s: string) => s.replace(/^\ufeff/, "").replace(/[\s,;|"]/g, "");
        expect(grid.map((row) => row.map(kept).join("")).join("")).toBe(kept(text));
      }),
      { numRuns: 500 },
    );
  });
});
