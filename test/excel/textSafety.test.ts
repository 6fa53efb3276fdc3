import { ITA_2568 } from "../../src/core/catalogue/data/ita2568";
import { formulaCells, gridOf } from "../office-double";
import { questionPaste, readAndGenerate, setup, sheetOf } from "./helpers";

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

  test("the catalogue sheet keeps '=…' texts as text", async () => {
    const cat = { ...ITA_2568, questions: ITA_2568.questions.map((q, i) => (i === 0 ? { ...q, title: "=SUM(A1:A9)", action: "-ทบทวน" } : q)) };
    const s = setup();
    await s.actions.writeCatalogueSheet(cat);
    expect(formulaCells(s.double.state)).toEqual([]);
    const read = await s.actions.readCatalogueSheet(cat);
    expect(read?.catalogue.questions[0]).toMatchObject({ title: "=SUM(A1:A9)", action: "-ทบทวน" });
  });
});
