import { makeReport, readScores } from "../../src/core/pipeline";
import { sampleGrid } from "../helpers/fixtures";

describe("analysis of 001 (ITA 2568), figure by figure", () => {
  const { analysis: a } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
  const q = (code: string) => a.questions.find((x) => x.code === code)!;

  test("overall: the paste's total and printed level win; the computed level is kept beside them", () => {
    expect(a.assessmentYear).toBe(2568);
    expect(a.planYear).toBe(2569);
    expect(a.overall).toEqual({ score: 94.9, level: "ผ่าน", computed: false, computedLevel: "ผ่านดี" });
    expect(a.layout).toBe("issues");
  });

  test("tool scores are computed from the pasted indicators and marked as computed", () => {
    expect(a.tools.map((t) => [t.tool, t.score, t.computed])).toEqual([
      ["IIT", 99.36, true],
      ["EIT", 90.32, true],
      ["OIT", 95, true],
    ]);
    // IIT 30% + EIT 30% + OIT 40% reproduces the official total.
    const total = a.tools.reduce((s, t) => s + t.score * t.weight, 0);
    expect(total).toBeCloseTo(94.9, 1);
  });

  test("indicator ranking, ties sharing a rank", () => {
    const ranks = Object.fromEntries(a.indicators.map((i) => [i.number, i.rank]));
    expect(ranks).toEqual({ 3: 1, 9: 1, 5: 3, 4: 4, 1: 5, 2: 6, 6: 7, 10: 8, 8: 9, 7: 10 });
    expect(a.summary).toBe(
      "ตัวชี้วัดที่ได้คะแนนสูงสุด คือ ตัวชี้วัดที่ 3 การใช้อำนาจ และตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (100.00 คะแนน) และตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (88.73 คะแนน)",
    );
  });

  test("verdicts against the default target of 100", () => {
    expect(a.questions).toHaveLength(51);
    expect(a.questions.filter((x) => x.verdict === "improve").map((x) => x.code)).toEqual([
      "i1", "i2", "i4", "i5", "i6", "i10", "i13", "i14", "e1", "e2", "e4", "e5", "e6", "e7", "e8", "e9", "o27",
    ]);
    expect(q("i3")).toMatchObject({ verdict: "maintain", weakness: null, action: "รักษาระดับ" });
  });

  test("the paste's own recommendation wins, split into weakness and action at ดังนั้น", () => {
    expect(q("i1").textSource).toBe("paste");
    expect(q("i1").weakness).toMatch(/^เจ้าหน้าที่ ของหน่วยงานปฏิบัติ/);
    expect(q("i1").weakness).not.toContain("ดังนั้น");
    expect(q("i1").action).toMatch(/^หน่วยงานควร/);
    expect(q("e4").weakness).toMatch(/^มีผู้รับบริการ/);
  });

  test("ประเด็น groups follow the paste (o25 under ประเด็นที่ 2, as the agency put it)", () => {
    const g2 = a.groups.find((g) => g.number === 2)!;
    expect(g2.questions).toEqual(["e1", "e2", "e3", "e7", "e8", "e9", "o11", "o12", "o13", "o25"]);
    expect(g2.improve).toEqual(["e1", "e2", "e7", "e8", "e9"]);
    expect(a.groups.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test("a lower target turns fewer questions into weaknesses", () => {
    const { analysis } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), { target: 85 });
    expect(analysis.questions.filter((x) => x.verdict === "improve").map((x) => x.code)).toEqual(["e1", "e2", "e7", "e8", "e9", "o27"]);
  });
});

describe("analysis of 000 (ITA 2565, indicator ranking only)", () => {
  const { analysis: a } = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv")));

  test("level A by the paste, grades rule for 2565, total reproduced from indicators", () => {
    expect(a.overall).toEqual({ score: 94.62, level: "A", computed: false, computedLevel: "A" });
    expect(a.layout).toBe("tools");
    expect(a.tools.map((t) => [t.tool, t.score])).toEqual([["IIT", 90.26], ["EIT", 99.76], ["OIT", 94.03]]);
    const total = a.tools.reduce((s, t) => s + t.score * t.weight, 0);
    expect(total).toBeCloseTo(94.62, 1);
  });

  test("ranking as the document prints it, with the tie at 100.00 sharing rank 1", () => {
    const order = [...a.indicators].sort((x, y) => x.rank - y.rank || x.number - y.number).map((i) => [i.rank, i.number]);
    expect(order).toEqual([[1, 6], [1, 10], [3, 8], [4, 7], [5, 1], [6, 3], [7, 2], [8, 9], [9, 5], [10, 4]]);
    expect(a.summary).toContain("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน และตัวชี้วัดที่ 10 การป้องกันการทุจริต (100.00 คะแนน)");
    expect(a.summary).toContain("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (82.55 คะแนน)");
  });

  test("overriding the year picks that year's level rule", () => {
    const { analysis } = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv")), { year: 2566 });
    // Total and every tool at least 85 (IIT 90.26, EIT 99.76, OIT 94.03).
    expect(analysis.overall.computedLevel).toBe("ผ่านดี");
  });
});

describe("year over year", () => {
  test("changes per indicator and per question, and outcome drafts that quote them", () => {
    const current = readScores([["ITA 2569"], ["i1", 100], ["i2", 95], ["e1", 90], ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 97.5]]);
    const previous = readScores([["ITA 2568"], ["i1", 98.33], ["i2", 99.17], ["e1", 90], ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 99.17]]);
    const { analysis: a } = makeReport(current, {}, previous);
    expect(a.previous?.assessmentYear).toBe(2568);
    const i1 = a.questions.find((x) => x.code === "i1")!;
    expect([i1.previousScore, i1.change]).toEqual([98.33, 1.67]);
    expect(a.indicators.find((i) => i.number === 1)?.change).toBe(-1.67);
    const g1 = a.groups.find((g) => g.number === 1)!;
    expect(g1.changes).toContain("คะแนนข้อ i1 เพิ่มขึ้นจาก 98.33 ในปี 2568 เป็น 100.00 ในปี 2569");
    expect(g1.changes).toContain("คะแนนข้อ i2 ลดลงจาก 99.17 ในปี 2568 เป็น 95.00 ในปี 2569");
  });
});

describe("codes the catalogue does not know", () => {
  test("are analysed with generic text and a warning", () => {
    const { analysis: a } = makeReport(readScores([["ITA 2568"], ["o40", 50], ["i1", 100]]));
    const o40 = a.questions.find((x) => x.code === "o40")!;
    expect(o40.verdict).toBe("improve");
    expect(o40.textSource).toBe("generic");
    expect(o40.weakness).toContain("o40");
    expect(a.warnings.some((w) => w.message.includes("o40"))).toBe(true);
    expect(a.groups.some((g) => g.questions.includes("o40"))).toBe(true);
  });
});

describe("what the paste says wins over the catalogue", () => {
  test("question wording and ประเด็น titles from the paste", () => {
    const grid = [
      ["ITA 2568"],
      ["ประเด็นที่ 1 การปฏิบัติงานตามคู่มือ (ชื่อที่หน่วยงานตั้ง)"],
      ["ข้อ", "ข้อคำถาม", "คะแนน"],
      ["i1", "ข้อความคำถามตามที่ระบบแสดง", 90],
    ];
    const { analysis } = makeReport(readScores(grid));
    expect(analysis.questions[0].title).toBe("ข้อความคำถามตามที่ระบบแสดง");
    expect(analysis.groups[0].title).toBe("การปฏิบัติงานตามคู่มือ (ชื่อที่หน่วยงานตั้ง)");
  });
});
