import fc from "fast-check";
import { readScores } from "../../src/core/pipeline";
import { readDelimitedText } from "../../src/core/reader/delimited";
import { decodeText } from "../../src/core/text/decode";
import { sampleText } from "../helpers/fixtures";

const SAMPLE = sampleText("ita-2568-khuansaorang.tsv");
/** TIS-620 / Windows-874 bytes of Thai text: U+0E01–U+0E5B map to 0xA1–0xFB. */
const tis620 = (text: string) => Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) >= 0x0e01 ? ch.charCodeAt(0) - 0x0e01 + 0xa1 : ch.charCodeAt(0))));

describe("encoding by evidence", () => {
  test("a UTF-8 file with a few bad bytes stays UTF-8: the Thai is read, the bad lines are named", () => {
    const bytes = Buffer.from(SAMPLE, "utf8");
    const lines = SAMPLE.split("\n");
    // One stray Windows-874 byte on line 41 and a cut-off sequence on line 60.
    const at = (line: number) => Buffer.byteLength(lines.slice(0, line - 1).join("\n") + "\n", "utf8");
    const broken = Buffer.concat([bytes.subarray(0, at(41)), Buffer.from([0xa1]), bytes.subarray(at(41), at(60)), Buffer.from([0xe0, 0xb8]), bytes.subarray(at(60))]);
    const decoded = decodeText(broken);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0].message).toContain("บรรทัดที่ 41, 60 ของไฟล์มีอักขระที่อ่านไม่ได้");
    const sheet = readScores(readDelimitedText(decoded.text, "\t").grid);
    expect(sheet.questions).toHaveLength(51);
    expect(sheet.assessmentYear).toBe(2568);
  });

  test("Windows-874 only when the bytes say so: a whole TIS-620 file", () => {
    const text = SAMPLE.split("\n").slice(38, 60).join("\n");
    const decoded = decodeText(tis620(text));
    expect(decoded.encoding).toBe("windows-874");
    expect(decoded.text).toBe(text);
    expect(decoded.warnings).toEqual([]);
  });

  test("bytes that are neither: read as UTF-8, the lines named (at most ten, the rest counted)", () => {
    const lines = Array.from({ length: 15 }, (_, i) => `i${i + 1}\t90\t\u00ff\u00fe bad`);
    const bytes = Uint8Array.from(Buffer.from(lines.join("\n"), "latin1"));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.warnings[0].message).toContain("บรรทัดที่ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 และอีก 5 บรรทัด");
  });

  test("property: any bytes decode without throwing, and valid UTF-8 always decodes as itself", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeText(bytes);
        expect(typeof decoded.text).toBe("string");
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("ข", "้", "a", "\t", "\n", "๙", "€") }), (text) => {
        expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8", warnings: [] });
      }),
    );
  });
});
