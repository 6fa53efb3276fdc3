import { ITA_2565 } from "../../src/core/catalogue/data/ita2565";
import { ITA_2568 } from "../../src/core/catalogue/data/ita2568";
import { catalogueFromRows, catalogueTable, catalogueToRows } from "../../src/core/catalogue/table";

const SHEET = "รายการข้อคำถาม ITA";

function rowIndex(rows: string[][], first: string, after = 0): number {
  const i = rows.findIndex((r, k) => k >= after && r[0] === first);
  if (i < 0) throw new Error(`no row ${first}`);
  return i;
}

describe("catalogue table", () => {
  test.each([ITA_2568, ITA_2565])("round trip gives back the catalogue ($id)", (cat) => {
    const { catalogue, warnings } = catalogueFromRows(catalogueToRows(cat), cat, { sheetName: SHEET });
    expect(warnings).toEqual([]);
    expect(catalogue).toEqual(cat);
  });

  test("one row per question with code, indicator, issue, title, weakness and action", () => {
    const { rows, kinds } = catalogueTable(ITA_2568);
    const i1 = rows[rowIndex(rows, "i1")];
    expect(i1.slice(0, 7)).toEqual(["i1", "1", "", "1", ITA_2568.questions[0].title, ITA_2568.questions[0].weakness, ITA_2568.questions[0].action]);
    expect(kinds.filter((k) => k === "question")).toHaveLength(ITA_2568.questions.length);
    // Measures: one row per ประเด็น and per indicator, steps one per line, months by name.
    const issue2 = rows[rowIndex(rows, "2", rowIndex(rows, "ประเด็น"))];
    expect(issue2[1]).toBe("ตุลาคม");
    expect(issue2[2]).toBe("กันยายน");
    expect(issue2[6].split("\n")).toEqual(ITA_2568.issues[1].measure.steps);
    expect(kinds.filter((k) => k === "measure")).toHaveLength(ITA_2568.issues.length + Object.keys(ITA_2568.indicatorMeasures).length);
  });

  test("edits come through: texts, a new question, steps, units, months, names", () => {
    const rows = catalogueToRows(ITA_2568);
    const i1 = rowIndex(rows, "i1");
    rows[i1][5] = "ข้อบกพร่องที่แก้ไขเอง";
    // A new question for a new year, written the way users type codes.
    rows.splice(i1 + 1, 0, ["O29", "๑๐", "10.2", "7", "หัวข้อใหม่", "ข้อบกพร่องใหม่", "ข้อแก้ไขใหม่", "", ""]);
    const issuesHeader = rowIndex(rows, "ประเด็น");
    const issue3 = rowIndex(rows, "3", issuesHeader);
    rows[issue3] = ["3", "ม.ค.", "มีนาคม 2569", "สำนักปลัด, กองช่าง", "ประเด็นที่เปลี่ยนชื่อ", "มาตรการใหม่", "1. ขั้นแรก\n2. ขั้นที่สอง\n\n", "ติดตามทุกเดือน", "ผลร่าง"];
    const indicatorsHeader = rowIndex(rows, "ตัวชี้วัด", issuesHeader);
    rows[rowIndex(rows, "7", indicatorsHeader)][4] = "ประสิทธิภาพการสื่อสารสาธารณะ";

    const { catalogue, warnings } = catalogueFromRows(rows, ITA_2568, { sheetName: SHEET });
    expect(warnings).toEqual([]);
    expect(catalogue.questions.find((q) => q.code === "i1")?.weakness).toBe("ข้อบกพร่องที่แก้ไขเอง");
    expect(catalogue.questions.find((q) => q.code === "o29")).toEqual({
      code: "o29", indicator: 10, subIndicator: "10.2", issue: 7, title: "หัวข้อใหม่", weakness: "ข้อบกพร่องใหม่", action: "ข้อแก้ไขใหม่",
    });
    expect(catalogue.issues[2]).toEqual({
      number: 3,
      title: "ประเด็นที่เปลี่ยนชื่อ",
      measure: { measure: "มาตรการใหม่", steps: ["ขั้นแรก", "ขั้นที่สอง"], units: ["สำนักปลัด", "กองช่าง"], period: { from: 4, to: 6 }, followUp: "ติดตามทุกเดือน", output: "ผลร่าง" },
    });
    expect(catalogue.indicators.find((d) => d.number === 7)).toMatchObject({ name: "ประสิทธิภาพการสื่อสารสาธารณะ" });
    // Untouched parts are the built-in ones.
    expect(catalogue.questions.find((q) => q.code === "i2")).toEqual(ITA_2568.questions[1]);
    expect(catalogue.weights).toEqual(ITA_2568.weights);
  });

  test("bad rows keep the built-in values and warn with sheet and row", () => {
    const rows = catalogueToRows(ITA_2568);
    const i1 = rowIndex(rows, "i1");
    rows[i1][1] = "12"; // no such indicator
    rows[i1 + 1][6] = ""; // i2: empty action
    rows[i1 + 2][0] = "x3"; // not a code
    rows[i1 + 3][0] = "i1"; // duplicate
    const issue1 = rowIndex(rows, "1", rowIndex(rows, "ประเด็น"));
    rows[issue1][1] = "กลางปี"; // not a month
    rows[issue1][6] = "";
    // The sheet starts at row 3 of the user's sheet.
    const { catalogue, warnings } = catalogueFromRows(rows, ITA_2568, { sheetName: SHEET, firstRow: 3 });

    const row = (i: number) => i + 3;
    const at = (i: number) => warnings.filter((w) => w.row === row(i)).map((w) => w.message);
    expect(at(i1)).toEqual([expect.stringMatching(new RegExp(`^ชีต "${SHEET}" แถว ${row(i1)}: ตัวชี้วัด "12" ของข้อ i1.*ค่าเดิม`))]);
    expect(at(i1 + 1)).toEqual([expect.stringContaining("ข้อแก้ไขของข้อ i2ว่างอยู่")]);
    expect(at(i1 + 2)).toEqual([expect.stringContaining('รหัส "x3" ไม่ใช่รหัสข้อคำถาม')]);
    expect(at(i1 + 3)).toEqual([expect.stringContaining(`ซ้ำกับแถว`)]);
    expect(at(issue1)).toHaveLength(2);
    expect(warnings.find((w) => w.row === row(i1))?.cell).toBe(`B${row(i1)}`);

    expect(catalogue.questions.find((q) => q.code === "i1")).toEqual(ITA_2568.questions[0]);
    expect(catalogue.questions.find((q) => q.code === "i2")?.action).toBe(ITA_2568.questions[1].action);
    // i3 lost its row to a bad code: the built-in question stays.
    expect(catalogue.questions.find((q) => q.code === "i3")).toEqual(ITA_2568.questions[2]);
    expect(catalogue.issues[0].measure).toEqual(ITA_2568.issues[0].measure);
  });

  test("columns are found by their headers, whatever their order; numbers may come back as numbers", () => {
    const rows = catalogueToRows(ITA_2565);
    const header = rowIndex(rows, "รหัส");
    const order = [4, 0, 1, 2, 3, 5, 6, 7, 8];
    const shuffled: unknown[][] = rows.map((r, i) => (i >= header && i < rowIndex(rows, "ตัวชี้วัด", header + 1) ? order.map((k) => r[k]) : r));
    const numeric = shuffled.map((r) => r.map((c) => (typeof c === "string" && /^\d+$/.test(c) ? Number(c) : c)));
    const { catalogue, warnings } = catalogueFromRows(numeric, ITA_2565, { sheetName: SHEET });
    expect(warnings).toEqual([]);
    expect(catalogue).toEqual(ITA_2565);
  });

  test("a sheet of another catalogue is not used", () => {
    const { catalogue, warnings } = catalogueFromRows(catalogueToRows(ITA_2565), ITA_2568, { sheetName: SHEET });
    expect(catalogue).toBe(ITA_2568);
    expect(warnings).toEqual([expect.objectContaining({ row: 2, message: expect.stringContaining('ชุด "ita-2565"') })]);
  });
});
