import { readScores } from "../../src/core/pipeline";
import { sampleGrid } from "../helpers/fixtures";

describe("reader on the 2568 document (001, seven ประเด็น, Thai digits)", () => {
  const sheet = readScores(sampleGrid("ita-2568-khuansaorang.tsv"), { source: "001" });
  const byCode = new Map(sheet.questions.map((q) => [q.code, q]));

  test("title facts", () => {
    expect(sheet.assessmentYear).toBe(2568);
    expect(sheet.agency).toBe("เทศบาลตำบลควนเสารัง");
    expect(sheet.totalScore).toBe(94.9);
    expect(sheet.level).toBe("ผ่าน");
  });

  test("all ten indicator rows, with the tool label that appears only on the first row of its group", () => {
    expect(sheet.indicators.map((i) => [i.number, i.tool, i.score])).toEqual([
      [1, "IIT", 99.17], [2, "IIT", 98.75], [3, "IIT", 100], [4, "IIT", 99.31], [5, "IIT", 99.58],
      [6, "EIT", 93.36], [7, "EIT", 88.73], [8, "EIT", 88.86], [9, "OIT", 100], [10, "OIT", 90],
    ]);
  });

  test("every question row, including OIT codes typed with a digit zero (ข้อ 0๑๑)", () => {
    const codes = [...byCode.keys()].sort();
    const expected = [
      ...Array.from({ length: 15 }, (_, i) => `i${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `e${i + 1}`),
      ...Array.from({ length: 25 }, (_, i) => `o${i + 1}`),
      "o27", "o28",
    ].sort();
    expect(codes).toEqual(expected);
    expect(byCode.get("o11")?.score).toBe(100);
    expect(byCode.get("o27")?.score).toBe(50);
    expect(byCode.get("i1")?.score).toBe(98.33);
    expect(byCode.get("e9")?.score).toBe(79.05);
  });

  test("the second e3 is read as the missing e7, with a warning naming its row", () => {
    expect(byCode.get("e3")?.score).toBe(100);
    expect(byCode.get("e7")?.score).toBe(83.81);
    const w = sheet.warnings.find((x) => x.message.includes("ถือว่าแถวนี้คือข้อ e7"));
    expect(w?.row).toBe(byCode.get("e7")?.row);
    expect(w?.message).toContain('ชีต "001"');
  });

  test("o15 typed twice keeps the first row and says so", () => {
    expect(sheet.warnings.some((w) => w.message.includes("ข้อ o15 ซ้ำกับแถว"))).toBe(true);
  });

  test("ประเด็น headings and group labels carry down to the rows below them", () => {
    expect(byCode.get("o7")?.issue).toBe(1);
    expect(byCode.get("o25")?.issue).toBe(2);
    expect(byCode.get("e4")?.issue).toBe(3);
    expect(byCode.get("i10")?.issue).toBe(4);
    expect(byCode.get("o14")?.issue).toBe(5);
    expect(byCode.get("o21")?.issue).toBe(6);
    expect(byCode.get("o28")?.issue).toBe(7);
  });

  test("recommendation text, including its continuation after a repeated header row", () => {
    expect(byCode.get("i1")?.recommendation).toMatch(/^เจ้าหน้าที่ ของหน่วยงาน/);
    expect(byCode.get("e2")?.recommendation).toContain("ปฏิบัติงานหรือคู่มือการให้บริการ โดยละเอียด");
    expect(byCode.get("i3")?.recommendation).toBe("รักษาระดับ");
  });
});

describe("reader on the 2565 ranking table (000, indicators only)", () => {
  const sheet = readScores(sampleGrid("ita-2565-tharnkasem.tsv"));

  test("year is the assessment year, not the plan year in the title", () => {
    expect(sheet.assessmentYear).toBe(2565);
    expect(sheet.agency).toBe("เทศบาลตำบลธารเกษม");
    expect(sheet.totalScore).toBe(94.62);
    expect(sheet.level).toBe("A");
  });

  test("indicator numbers come from ตัวชี้วัดที่ N, not from the rank column", () => {
    const scores = Object.fromEntries(sheet.indicators.map((i) => [i.number, i.score]));
    expect(scores).toEqual({ 6: 100, 10: 100, 8: 99.71, 7: 99.56, 1: 95.62, 3: 95.07, 2: 91.19, 9: 88.06, 5: 86.88, 4: 82.55 });
    expect(sheet.indicators.find((i) => i.number === 6)?.tool).toBe("EIT");
    expect(sheet.questions).toHaveLength(0);
  });
});
