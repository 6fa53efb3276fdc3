import { textSafeFormat } from "../../src/core/text/excelText";
import { cellAt, formulaCells, gridOf } from "../office-double";
import { questionPaste, readAndGenerate, reportFor, SAMPLE_SHEET, sampleWorkbook, setup, sheetOf, userTypes } from "./helpers";

const HEADERS = ["ข้อบกพร่อง", "ข้อแก้ไข/ปรับปรุง หรือรักษาระดับ"];

describe("analysis columns next to the pasted table", () => {
  test("written right of the table under their own header, one line per question row", async () => {
    const s = setup(sampleWorkbook());
    const { report, outcome } = await readAndGenerate(s);
    const sheet = sheetOf(s.double, SAMPLE_SHEET);
    const rows = report.analysis.questions.map((q) => q.row);
    const first = Math.min(...rows);
    // The paste spans A:F, so the columns are G:H, with the header on the row above the first question.
    expect(gridOf(sheet, `G${first - 1}:H${first - 1}`)).toEqual([HEADERS]);
    for (const q of report.analysis.questions) {
      const [weakness, action] = gridOf(sheet, `G${q.row}:H${q.row}`)[0];
      expect(action).toBe(q.action);
      expect(weakness).toBe(q.verdict === "improve" ? q.weakness : "-");
      // Text only where the string needs it ("-" would become a formula); prose keeps General.
      expect(cellAt(sheet, `G${q.row}`)?.format).toMatchObject({ numberFormat: textSafeFormat(weakness), wrapText: true });
      expect(cellAt(sheet, `H${q.row}`)?.format.numberFormat).toBe(textSafeFormat(action));
    }
    expect(cellAt(sheet, `G${first - 1}`)?.format.font.bold).toBe(true);
    expect(outcome.sheets.find((g) => g.role === "analysisColumns")).toEqual({
      name: SAMPLE_SHEET,
      role: "analysisColumns",
      status: "created",
      message: `เขียนข้อบกพร่องและข้อแก้ไข/ปรับปรุงไว้ที่คอลัมน์ G:H ของชีต "${SAMPLE_SHEET}" ข้างตารางคะแนน`,
    });
    expect(formulaCells(s.double.state)).toEqual([]);
  });

  test("a table pasted at C5: real rows and columns, warnings naming real cells", async () => {
    const paste = questionPaste(["i1", "i2", "i3"], (i) => [95, "9x.5", 100][i]);
    const s = setup({ sheets: [{ name: "คะแนน", cells: paste, at: "C5" }] });
    const range = await s.actions.readScoreTable("usedRange");
    expect(range).toMatchObject({ sheetName: "คะแนน", address: "C5:E9", rowOffset: 4, columnOffset: 2 });
    const report = reportFor(range);
    expect(report.sheet.warnings).toEqual([expect.objectContaining({ row: 8, cell: "D8" })]);
    await s.actions.generate(range, report);
    const sheet = sheetOf(s.double, "คะแนน");
    // The paste spans C:E (code, score, note): the columns are F:G.
    expect(gridOf(sheet, "F6:G6")).toEqual([HEADERS]);
    expect(gridOf(sheet, "F7:G7")[0][1]).toBe(report.analysis.questions[0].action);
    expect(gridOf(sheet, "F8:G8")).toEqual([["", ""]]);
  });

  test("re-generation: unchanged columns are replaced; after an edit they are kept and the new ones go to the next free columns", async () => {
    const s = setup(sampleWorkbook());
    const first = await readAndGenerate(s);
    const q = first.report.analysis.questions.find((x) => x.verdict === "improve")!;

    const again = await readAndGenerate(s);
    expect(again.range.address).toBe(first.range.address); // our columns are not read back as the paste's
    expect(again.report.analysis.questions).toEqual(first.report.analysis.questions);
    expect(again.outcome.sheets.find((g) => g.role === "analysisColumns")).toMatchObject({ status: "replaced", message: expect.stringContaining("G:H") });

    await userTypes(s.double, SAMPLE_SHEET, `H${q.row}`, "ข้อแก้ไขของเราเอง");
    const third = await readAndGenerate(s);
    expect(third.report.analysis.questions).toEqual(first.report.analysis.questions);
    const columns = third.outcome.sheets.find((g) => g.role === "analysisColumns")!;
    expect(columns.status).toBe("copied");
    expect(columns.message).toBe(`คอลัมน์ G:H ของชีต "${SAMPLE_SHEET}" มีการแก้ไขด้วยมือ จึงเก็บไว้ตามเดิม และเขียนผลใหม่ที่คอลัมน์ I:J`);
    const sheet = sheetOf(s.double, SAMPLE_SHEET);
    expect(cellAt(sheet, `H${q.row}`)?.value).toBe("ข้อแก้ไขของเราเอง");
    expect(gridOf(sheet, `I${q.row}:J${q.row}`)).toEqual([[q.weakness, q.action]]);

    const fourth = await readAndGenerate(s);
    expect(fourth.outcome.sheets.find((g) => g.role === "analysisColumns")).toMatchObject({ status: "replaced", message: expect.stringContaining("I:J") });
    expect(cellAt(sheet, `H${q.row}`)?.value).toBe("ข้อแก้ไขของเราเอง");
    expect(gridOf(sheet, `K1:L200`).flat().every((v) => v === "")).toBe(true);
  });

  test("a column the user filled next to the table is skipped, and the outcome says where the texts went", async () => {
    const s = setup({ sheets: [{ name: "S", cells: questionPaste(["i1", "i2"]) }] });
    const range = await s.actions.readScoreTable("usedRange");
    // After reading the table A:C, the user writes a note right of it, in D4.
    await userTypes(s.double, "S", "D4", "หมายเหตุของผู้ใช้");
    const outcome = await s.actions.generate(range, reportFor(range));
    expect(outcome.sheets.find((g) => g.role === "analysisColumns")?.message).toBe(
      'คอลัมน์ถัดจากตารางคะแนนในชีต "S" มีข้อมูลอยู่ จึงเขียนข้อบกพร่องและข้อแก้ไข/ปรับปรุงไว้ที่คอลัมน์ E:F แทน',
    );
    expect(gridOf(sheetOf(s.double, "S"), "D2:F2")).toEqual([["", ...HEADERS]]);
    expect(cellAt(sheetOf(s.double, "S"), "D4")?.value).toBe("หมายเหตุของผู้ใช้");
  });

  test("no question rows: no columns, and a note says why", async () => {
    const s = setup({ sheets: [{ name: "S", cells: [["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 90], ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", 95]] }] });
    const { outcome } = await readAndGenerate(s);
    expect(outcome.sheets.some((g) => g.role === "analysisColumns")).toBe(false);
    expect(outcome.notes).toEqual([expect.stringContaining("ไม่มีคะแนนรายข้อ")]);
    expect(gridOf(sheetOf(s.double, "S"))[0]).toHaveLength(2);
  });
});
