import { ITA_2568 } from "../../src/core/catalogue/data/ita2568";
import { formulaCells, gridOf } from "../office-double";
import { excelWouldConvert } from "../../src/core/text/excelText";
import { questionPaste, readAndGenerate, setup, sheetOf, userTypes } from "./helpers";

/** Texts Excel would turn into formulas if written to a General cell. */
const HOSTILE = ['=HYPERLINK("http://x","คลิก")', "+1 ดังนั้น ควรแก้ไข", "-ควรเผยแพร่ข้อมูล ดังนั้น -ปรับปรุงเว็บไซต์", "@ทุกส่วนราชการ", "=cmd|' /C calc'!A0"];

describe("text that looks like a formula stays text", () => {
  test("pasted recommendations, agency name and '-' reach every sheet as text", async () => {
    const paste = questionPaste(["i1", "i2", "i3", "i4", "i5"], (i) => (i < 4 ? 80 : 100), (i) => HOSTILE[i]);
    const s = setup({ sheets: [{ name: "S", cells: paste }] });
    const { report } = await readAndGenerate(s, { agency: "=cmd|' /C calc'!A0" });
    expect(report.analysis.questions.filter((q) => q.textSource === "paste")).toHaveLength(4);

    expect(formulaCells(s.double.state)).toEqual([]);
    const all = s.double.state.sheets.flatMap((sheet) => gridOf(sheet).flat());
    expect(all).toEqual(expect.arrayContaining(["=cmd|' /C calc'!A0", "-", "-ปรับปรุงเว็บไซต์"]));
    // The analysis columns hold the pasted texts verbatim (one that says no "ควร…" is a finding, so a weakness).
    const columns = gridOf(sheetOf(s.double, "S"), "D3:E7");
    expect(columns.map((r) => r[1])).toEqual(report.analysis.questions.map((q) => q.action));
    expect(columns[0][0]).toBe(HOSTILE[0]);
  });

  test("no blanket Text format: prose and empty cells keep General, so numbers and formulas typed later work", async () => {
    const s = setup({ sheets: [{ name: "S", cells: questionPaste(["i1", "i2", "i3"], (i) => (i === 0 ? 80 : 100)) }] });
    await readAndGenerate(s);
    for (const name of ["วิเคราะห์ผล ITA", "มาตรการส่งเสริม", "รายงานผลการดำเนินการ"]) {
      const sheet = sheetOf(s.double, name);
      const formats = [...sheet.cells.values()].filter((c) => typeof c.value === "string").map((c) => [c.value, c.format.numberFormat]);
      // Text only for strings Excel would convert; most prose is General.
      for (const [value, format] of formats) expect(format).toBe(excelWouldConvert(value as string) ? "@" : "General");
      expect(formats.filter(([, f]) => f === "General").length).toBeGreaterThan(formats.length / 2);
    }
    // Empty cells inside the follow-up sheet's table take what a user types: a number, a formula.
    const followUp = sheetOf(s.double, "รายงานผลการดำเนินการ");
    const empty = [...followUp.cells.entries()].filter(([, c]) => c.value === null).map(([key]) => key);
    expect(empty.length).toBeGreaterThan(2);
    const at = (key: number) => `${String.fromCharCode(64 + (key % 16385))}${Math.floor(key / 16385)}`;
    const [a, b] = [at(empty[0]), at(empty[1])];
    await userTypes(s.double, "รายงานผลการดำเนินการ", a, "85.5");
    await userTypes(s.double, "รายงานผลการดำเนินการ", b, `=${a}*2`);
    expect([gridOf(followUp, a)[0][0], gridOf(followUp, b)[0][0]]).toEqual([85.5, `=${a}*2`]);
  });

  test("the catalogue sheet keeps '=…' texts as text", async () => {
    const cat = { ...ITA_2568, questions: ITA_2568.questions.map((q, i) => (i === 0 ? { ...q, title: "=SUM(A1:A9)", action: "-ทบทวน" } : q)) };
    const s = setup();
    await s.actions.writeCatalogueSheet(cat);
    expect(formulaCells(s.double.state)).toEqual([]);
    const read = await s.actions.readCatalogueSheet(cat);
    expect(read?.catalogue.questions[0]).toMatchObject({ title: "=SUM(A1:A9)", action: "-ทบทวน" });
  });
});
