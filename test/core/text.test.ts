import { thaiProse } from "../../src/core/plan/format";
import { cellText } from "../../src/core/text/cellText";
import { toArabicDigits, toThaiDigits } from "../../src/core/text/digits";
import { formatScore, parseNumber, round2 } from "../../src/core/text/numbers";
import { fiscalPeriodText, fiscalYearSpan, toBuddhistYear } from "../../src/core/text/years";
import { similarity } from "../../src/core/text/similarity";

test("digits both ways", () => {
  expect(toArabicDigits("๙๘.๓๓ ปี ๒๕๖๘")).toBe("98.33 ปี 2568");
  expect(toThaiDigits("94.90 (2568)")).toBe("๙๔.๙๐ (๒๕๖๘)");
});

test.each([
  [98.33, 98.33],
  ["98.33", 98.33],
  ["98.33 ", 98.33],
  [" ๙๘.๓๓", 98.33],
  ["79.05%", 79.05],
  ["100", 100],
  ["๑๐๐.๐๐", 100],
  ["-", undefined],
  ["N/A", undefined],
  ["1,000", undefined],
  ["98.33.1", undefined],
  [Number.NaN, undefined],
  [Number.POSITIVE_INFINITY, undefined],
  [null, undefined],
  [{ result: 12.5 }, 12.5],
])("parseNumber(%p) = %p", (input, expected) => {
  expect(parseNumber(input)).toBe(expected);
});

test("scores print with two decimals without binary surprises", () => {
  expect(round2(94.905)).toBe(94.91);
  expect(formatScore(100)).toBe("100.00");
});

test("cellText cleans converted documents and rich values", () => {
  expect(cellText("<p>- ตลอดปีงบประมาณ</p>")).toBe("- ตลอดปีงบประมาณ");
  expect(cellText("a\u00a0\u00a0b\u200b")).toBe("a b");
  expect(cellText({ richText: [{ text: "ข้อ " }, { text: "i๑" }] })).toBe("ข้อ i๑");
  expect(cellText({ formula: "A1", result: 5 })).toBe("5");
  expect(cellText(undefined)).toBe("");
  expect(cellText(Number.NaN)).toBe("");
});

test("years and fiscal periods", () => {
  expect(toBuddhistYear(2025)).toBe(2568);
  expect(toBuddhistYear(2568)).toBe(2568);
  expect(toBuddhistYear(1999)).toBeUndefined();
  expect(fiscalYearSpan(2569)).toBe("1 ตุลาคม 2568 ถึง 30 กันยายน 2569");
  expect(fiscalPeriodText(2569, 1, 12)).toBe("ตลอดปีงบประมาณ พ.ศ. 2569");
  expect(fiscalPeriodText(2569, 1, 3)).toBe("ตุลาคม – ธันวาคม 2568");
  expect(fiscalPeriodText(2569, 2, 6)).toBe("พฤศจิกายน 2568 – มีนาคม 2569");
  expect(fiscalPeriodText(2569, 4, 4)).toBe("มกราคม 2569");
});

test("similarity tolerates typos in indicator names", () => {
  expect(similarity("การแก้ปัญหาคการทุจริต", "การแก้ไขปัญหาการทุจริต")).toBeGreaterThan(0.75);
  expect(similarity("การใช้งบประมาณ", "การใช้อำนาจ")).toBeLessThan(0.6);
});

test("Thai digits in prose leave question codes alone", () => {
  expect(thaiProse("ข้อ i1 (98.33) และ o25 ในปี 2568, IIT 15 ข้อ")).toBe("ข้อ i1 (๙๘.๓๓) และ o25 ในปี ๒๕๖๘, IIT ๑๕ ข้อ");
});
