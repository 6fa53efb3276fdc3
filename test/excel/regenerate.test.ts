import { layoutSheet } from "../../src/core/plan/layout";
import { gridOf } from "../office-double";
import { readAndGenerate, sampleWorkbook, setup, sheetOf, userTypes } from "./helpers";

const [ANALYSIS, MEASURES, FOLLOW_UP] = ["วิเคราะห์ผล ITA", "มาตรการส่งเสริม", "รายงานผลการดำเนินการ"];
const [MEASURES_MEMO, FOLLOW_UP_MEMO] = ["บันทึกเสนอมาตรการ", "บันทึกเสนอรายงานผล"];

function reportSheets(outcome: { sheets: { name: string; role: string; status: string }[] }) {
  return outcome.sheets.filter((s) => s.role !== "analysisColumns").map((s) => [s.name, s.status]);
}

describe("re-generation never loses what the user typed", () => {
  test("unchanged sheets are replaced in place", async () => {
    const s = setup(sampleWorkbook());
    await readAndGenerate(s);
    const names = s.double.state.sheets.map((x) => x.name);
    const { outcome, syncs } = await readAndGenerate(s);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(reportSheets(outcome)).toEqual([[ANALYSIS, "replaced"], [MEASURES_MEMO, "replaced"], [MEASURES, "replaced"], [FOLLOW_UP_MEMO, "replaced"], [FOLLOW_UP, "replaced"]]);
    expect(outcome.sheets.every((g) => g.message.length > 0)).toBe(true);
    expect(s.double.state.sheets.map((x) => x.name)).toEqual(names);
  });

  test("an edited sheet is kept and the new one written beside it; the next run replaces the copy", async () => {
    const s = setup(sampleWorkbook());
    const first = await readAndGenerate(s);
    await userTypes(s.double, ANALYSIS, "F30", "ข้อบกพร่องที่ผู้ใช้เขียนเอง");
    const kept = gridOf(sheetOf(s.double, ANALYSIS));

    const second = await readAndGenerate(s);
    expect(second.syncs).toBeLessThanOrEqual(4);
    expect(reportSheets(second.outcome)).toEqual([[`${ANALYSIS} (2)`, "copied"], [MEASURES_MEMO, "replaced"], [MEASURES, "replaced"], [FOLLOW_UP_MEMO, "replaced"], [FOLLOW_UP, "replaced"]]);
    expect(second.outcome.sheets[0].message).toContain(`ชีต "${ANALYSIS}" มีการแก้ไขด้วยมือ`);
    expect(second.outcome.sheets[0].message).toContain(`"${ANALYSIS} (2)"`);
    // The edited sheet is exactly as the user left it; the copy is the fresh document.
    expect(gridOf(sheetOf(s.double, ANALYSIS))).toEqual(kept);
    const laid = layoutSheet(first.report.plan.sheets[0], first.report.plan);
    expect(gridOf(sheetOf(s.double, `${ANALYSIS} (2)`))[0][0]).toBe(laid.rows.find((r) => r.cells[0].value !== null)!.cells[0].value);
    expect(sheetOf(s.double, `${ANALYSIS} (2)`).pageLayout.paperSize).toBe("A4");

    const third = await readAndGenerate(s);
    expect(reportSheets(third.outcome)[0]).toEqual([`${ANALYSIS} (2)`, "replaced"]);
    expect(gridOf(sheetOf(s.double, ANALYSIS))).toEqual(kept);
    expect(s.double.state.sheets).toHaveLength(8);
  });

  test("a user's own sheet with our name is never touched", async () => {
    const initial = sampleWorkbook();
    initial.sheets!.push({ name: MEASURES, cells: [["แผนของกองคลัง"], ["งานที่ 1"]] });
    const s = setup(initial);
    const { outcome } = await readAndGenerate(s);
    expect(reportSheets(outcome)).toEqual([[ANALYSIS, "created"], [MEASURES_MEMO, "created"], [`${MEASURES} (2)`, "created"], [FOLLOW_UP_MEMO, "created"], [FOLLOW_UP, "created"]]);
    expect(outcome.sheets[2].message).toMatch(/มีชีตชื่อ "มาตรการส่งเสริม" อยู่แล้ว.*"มาตรการส่งเสริม \(2\)"/);
    expect(gridOf(sheetOf(s.double, MEASURES))).toEqual([["แผนของกองคลัง"], ["งานที่ 1"]]);
  });

  test("a sheet of ours the user replaced with their own content counts as theirs; an emptied one is reused", async () => {
    const s = setup(sampleWorkbook());
    await readAndGenerate(s);
    await s.double.Excel.run(async (context) => {
      const followUp = context.workbook.worksheets.getItem(FOLLOW_UP);
      followUp.getRange().clear("All");
      followUp.getRange("A1").values = [["รายงานที่เขียนเอง"]];
      context.workbook.worksheets.getItem(MEASURES).getRange().clear("All");
      await context.sync();
    });
    const { outcome } = await readAndGenerate(s);
    expect(reportSheets(outcome)).toEqual([[ANALYSIS, "replaced"], [MEASURES_MEMO, "replaced"], [MEASURES, "replaced"], [FOLLOW_UP_MEMO, "replaced"], [`${FOLLOW_UP} (2)`, "copied"]]);
    expect(gridOf(sheetOf(s.double, FOLLOW_UP))).toEqual([["รายงานที่เขียนเอง"]]);
    expect(sheetOf(s.double, MEASURES).cells.size).toBeGreaterThan(50);
  });

  test("a replaced sheet is written from clean: no stale merges, breaks or rows from the last run", async () => {
    const s = setup(sampleWorkbook());
    await readAndGenerate(s);
    // A shorter report this time: the follow-up sheet must not keep rows of the first one.
    await s.double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("ITA 2568").getRange("A60:H127").clear("All");
      await context.sync();
    });
    const { report } = await readAndGenerate(s);
    for (const plan of report.plan.sheets) {
      const laid = layoutSheet(plan, report.plan);
      const sheet = sheetOf(s.double, plan.name);
      // The used range starts at the first row with text (a cover opens below its top margin rows).
      const firstUsed = laid.rows.find((r) => r.cells.some((c) => c.value !== null && c.value !== ""))!.row;
      expect(gridOf(sheet).length).toBe(laid.rows.length - firstUsed + 1);
      expect(sheet.merges.every((m) => m.bottom <= laid.rows.length)).toBe(true);
      expect(sheet.pageBreaks).toEqual(laid.rows.filter((r) => r.pageBreakBefore && r.row > 1).map((r) => r.row));
      expect([...sheet.rowHeights.keys()].every((r) => r <= laid.rows.length)).toBe(true);
    }
  });

  test("when the fingerprints cannot be saved the user is told; the next generation saves them", async () => {
    const s = setup(sampleWorkbook());
    s.double.state.failNextSettingsWrite = "ไฟล์เป็นแบบอ่านอย่างเดียว";
    const first = await readAndGenerate(s);
    expect(first.outcome.notes.join(" ")).toMatch(/บันทึกข้อมูลสำหรับตรวจการแก้ไข.*ไม่สำเร็จ \(ไฟล์เป็นแบบอ่านอย่างเดียว\)/);
    expect(s.double.state.workbookSettings["itasReport.generated"]).toBeUndefined();
    // The record is kept in the session's document settings: the next run replaces, and saves it.
    const second = await readAndGenerate(s);
    expect(reportSheets(second.outcome).map(([, status]) => status)).toEqual(["replaced", "replaced", "replaced", "replaced", "replaced"]);
    expect(second.outcome.notes).toEqual([]);
    expect(JSON.parse(s.double.state.workbookSettings["itasReport.generated"] as string)).toMatchObject({ version: 1, sheets: expect.any(Array) });
    expect(s.double.settings.get("itasReport.generated")).toBeNull();
  });

  test("the record lives in workbook.settings; a workbook an earlier version generated (record in the document settings) is migrated", async () => {
    const s = setup(sampleWorkbook());
    await readAndGenerate(s);
    const stored = s.double.state.workbookSettings["itasReport.generated"];
    expect(typeof stored).toBe("string");
    expect(s.double.state.savedSettings["itasReport.generated"]).toBeUndefined();
    // The same workbook as an earlier version left it: the record in the document settings only.
    const old = setup({ ...sampleWorkbook(), settings: { "itasReport.generated": JSON.parse(stored as string) } });
    old.double.state.sheets = s.double.state.sheets;
    const { outcome } = await readAndGenerate(old);
    expect(reportSheets(outcome).map(([, status]) => status)).toEqual(["replaced", "replaced", "replaced", "replaced", "replaced"]);
    expect(typeof old.double.state.workbookSettings["itasReport.generated"]).toBe("string");
    expect(old.double.settings.get("itasReport.generated")).toBeNull();
  });
});
