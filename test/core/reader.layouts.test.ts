import { InputError } from "../../src/core/errors";
import { readScores } from "../../src/core/pipeline";
import { parseDelimitedText } from "../../src/core/reader/delimited";

const codesOf = (grid: unknown[][]) => readScores(grid).questions.map((q) => `${q.code}=${q.score}`);

describe("paste layouts", () => {
  test("a plain two-column export with a header", () => {
    const grid = [["ข้อ", "คะแนน"], ["i1", 98.33], ["i2", "99.17 "], ["e9", "79.05%"], ["O01", "๑๐๐.๐๐"]];
    expect(codesOf(grid)).toEqual(["i1=98.33", "i2=99.17", "e9=79.05", "o1=100"]);
  });

  test("codes written as 'IIT 1' with the question wording and a recommendation column", () => {
    const grid = [
      ["รหัส", "ข้อคำถาม", "คะแนน", "ข้อเสนอแนะ"],
      ["IIT 1", "บุคลากรปฏิบัติงานตามขั้นตอน", "97.5", "ควรจัดทำคู่มือ"],
      ["EIT-3", "ผู้รับบริการได้รับความเป็นธรรม", "100", ""],
    ];
    const sheet = readScores(grid);
    expect(sheet.questions.map((q) => [q.code, q.score, q.label, q.recommendation])).toEqual([
      ["i1", 97.5, "บุคลากรปฏิบัติงานตามขั้นตอน", "ควรจัดทำคู่มือ"],
      ["e3", 100, "ผู้รับบริการได้รับความเป็นธรรม", undefined],
    ]);
  });

  test("the score column named by the header wins even left of the code", () => {
    const grid = [["คะแนน", "ข้อ"], [88.5, "i4"], [90, "i5"]];
    expect(codesOf(grid)).toEqual(["i4=88.5", "i5=90"]);
  });

  test("digit-only codes under OIT and tool labels that only appear on the first row", () => {
    const text = "แบบ\tข้อ\tคะแนน\nIIT\tข้อ ๑\t๙๘.๐๐\n\tข้อ ๒\t๙๙.๐๐\nOIT\tข้อ ๐๑๑\t๑๐๐\n\t0๑๒\t๕๐.๐๐\n";
    expect(codesOf(parseDelimitedText(text, "\t"))).toEqual(["i1=98", "i2=99", "o11=100", "o12=50"]);
  });

  test("a grid that starts far from A1 reports the user's own cell addresses", () => {
    const grid = [["ข้อ", "คะแนน"], ["i1", "สูงมาก"], ["i2", 150], ["i3", 99], ["i4"]];
    const sheet = readScores(grid, { rowOffset: 9, columnOffset: 2, source: "คะแนน" });
    expect(sheet.questions.map((q) => [q.code, q.row, q.column])).toEqual([["i3", 13, 3]]);
    expect(sheet.warnings.map((w) => [w.cell, w.row])).toEqual([["D11", 11], ["D12", 12], ["C14", 14]]);
    expect(sheet.warnings[0].message).toBe('ชีต "คะแนน" แถว 11: คะแนนของข้อ i1 คือ "สูงมาก" ซึ่งไม่ใช่ตัวเลข จึงข้ามข้อนี้');
    expect(sheet.warnings[1].message).toContain("อยู่นอกช่วง 0–100");
    expect(sheet.warnings[2].message).toContain("ไม่พบคะแนน");
  });

  test("a table of tool scores and a total with a label cell", () => {
    const grid = [
      ["ผลการประเมิน ITA ประจำปี 2567 องค์การบริหารส่วนตำบลสิงห์"],
      ["คะแนนรวม", "88.41"],
      ["ระดับ", "ผ่าน"],
      ["IIT", 90.1],
      ["EIT", 85],
      ["OIT", 89.2],
      ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 91.2],
    ];
    const sheet = readScores(grid);
    expect(sheet.assessmentYear).toBe(2567);
    expect(sheet.agency).toBe("องค์การบริหารส่วนตำบลสิงห์");
    expect(sheet.totalScore).toBe(88.41);
    expect(sheet.level).toBe("ผ่าน");
    expect(sheet.tools.map((t) => [t.tool, t.score])).toEqual([["IIT", 90.1], ["EIT", 85], ["OIT", 89.2]]);
    expect(sheet.indicators.map((i) => [i.number, i.score])).toEqual([[1, 91.2]]);
  });

  test.each([
    ["ITA 2568", 2568],
    ["ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๗", 2567],
    ["ITA 2025", 2568],
  ])("year in a title: %s", (title, year) => {
    expect(readScores([[title], ["i1", 100]]).assessmentYear).toBe(year);
  });

  test("a code with no tool to belong to is reported, not guessed", () => {
    const sheet = readScores([["ข้อ 5", 90], ["i1", 100]]);
    expect(sheet.questions.map((q) => q.code)).toEqual(["i1"]);
    expect(sheet.warnings[0].message).toContain("ไม่ระบุว่าเป็นข้อของแบบวัดใด");
  });
});

describe("unusable input", () => {
  test("empty", () => {
    expect(() => readScores([])).toThrow(InputError);
    expect(() => readScores([[], ["", null]])).toThrow("ไม่มีข้อมูลให้อ่าน");
  });

  test("text with no scores says what the reader looked for", () => {
    expect(() => readScores([["สวัสดี", "ตาราง"], ["ไม่มี", "คะแนน"]], { source: "Sheet1" })).toThrow(
      /ชีต "Sheet1".*รหัสข้อคำถาม \(เช่น i1, e9, o25/,
    );
  });
});
