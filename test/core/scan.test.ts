/**
 * The lookbehind-free scanners match what the lookbehind regexes they replace found (Node runs
 * lookbehind; the pane's oldest webviews cannot even parse it). Property-based, on strings made
 * of the characters that matter to each pattern.
 */
import fc from "fast-check";
import { LEVEL_IN_TEXT, scoreMentions, yearMentions } from "../../src/core/reader/prose";
import { execNotAfter, splitAfterSpaces } from "../../src/core/text/scan";

const from = (chars: readonly string[], maxLength = 40) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(""));
const RUNS = { numRuns: 3000 };

describe("lookbehind rewritten", () => {
  test("splitAfterSpaces = split(/(?<= )/)", () => {
    for (const t of ["", " ", "a", "a b  c", "abc ", " a", "  ", "ก ข"]) expect(splitAfterSpaces(t)).toEqual(t.split(/(?<= )/));
    fc.assert(fc.property(from(["a", "ก", " ", "\u00a0", "\t"]), (t) => expect(splitAfterSpaces(t)).toEqual(t.split(/(?<= )/))), RUNS);
  });

  test("yearMentions = (prefix\\s*)?(?<!\\d)(\\d{4})(?!\\.?\\d)", () => {
    const reference = /(?:(พ\.?\s?ศ\.?|ปีงบประมาณ|ประจำปี|ITA|ปี)\s*)?(?<!\d)(\d{4})(?!\.?\d)/gi;
    const old = (t: string) => [...t.matchAll(reference)].map((m) => ({ prefix: m[1], digits: m[2] }));
    const now = (t: string) => [...yearMentions(t)];
    for (const t of ["ITA 2568", "ปีงบประมาณ 2569", "1.2568", "25680", "2568.5", "2568.", "พ.ศ.2568 และ 2567", "ปี 123456"]) expect(now(t)).toEqual(old(t));
    fc.assert(fc.property(from(["2", "5", "6", "8", "0", ".", " ", "ปี", "ITA", "พ.ศ.", "x"]), (t) => expect(now(t)).toEqual(old(t))), RUNS);
  });

  test("scoreMentions = (?<![\\d.])(\\d{1,3}(?:\\.\\d{1,4})?)(?![\\d.]*\\d)", () => {
    const reference = /(?<![\d.])(\d{1,3}(?:\.\d{1,4})?)(?![\d.]*\d)/g;
    const old = (t: string) => [...t.matchAll(reference)].map((m) => ({ text: m[1], index: m.index }));
    const now = (t: string) => [...scoreMentions(t)];
    for (const t of ["ได้ 94.90 คะแนน", "1.2.3", "100 คะแนน 99", "1234", ".5 6"]) expect(now(t)).toEqual(old(t));
    fc.assert(fc.property(from(["9", "4", "0", ".", " ", "ก"]), (t) => expect(now(t)).toEqual(old(t))), RUNS);
  });

  test("execNotAfter(LEVEL_IN_TEXT, …, \"รักษา\") = (?<!รักษา)ระดับ…", () => {
    const reference = new RegExp(`(?<!รักษา)${LEVEL_IN_TEXT.source}`);
    const old = (t: string) => {
      const m = reference.exec(t);
      return m ? [m.index, m[0], m[1]] : null;
    };
    const now = (t: string) => {
      const m = execNotAfter(LEVEL_IN_TEXT, t, "รักษา");
      return m ? [m.index, m[0], m[1]] : null;
    };
    for (const t of ["รักษาระดับ ระดับ A", "ผลอยู่ในระดับ AA", "รักษาระดับผ่าน", "ระดับ: ผ่านดีเยี่ยม"]) expect(now(t)).toEqual(old(t));
    fc.assert(fc.property(from(["รักษา", "ระดับ", " ", "A", "ผ่าน", "คือ", ":", "x"], 12), (t) => expect(now(t)).toEqual(old(t))), RUNS);
  });
});
