import { ITA_2565 } from "../../src/core/catalogue/data/ita2565";
import { ITA_2568 } from "../../src/core/catalogue/data/ita2568";
import { cellAt, formulaCells, gridOf } from "../office-double";
import { setup, sheetOf, userTypes } from "./helpers";

const NAME = "รายการข้อคำถาม ITA";

function rowOf(grid: unknown[][], first: string, after = 0): number {
  const i = grid.findIndex((r, k) => k >= after && r[0] === first);
  if (i < 0) throw new Error(`no row ${first}`);
  return i + 1;
}

describe("the editable catalogue sheet", () => {
  test("written as text in a readable table and read back unchanged, in few round trips", async () => {
    const s = setup();
    expect(await s.actions.readCatalogueSheet(ITA_2568)).toBeUndefined();
    const before = s.double.syncCount();
    expect(await s.actions.writeCatalogueSheet(ITA_2568)).toBe(NAME);
    expect(s.double.syncCount() - before).toBeLessThanOrEqual(4);
    const sheet = sheetOf(s.double, NAME);
    expect(formulaCells(s.double.state)).toEqual([]);
    expect(cellAt(sheet, "A8")?.format.numberFormat).toBe("@");
    expect(await s.actions.readCatalogueSheet(ITA_2568)).toEqual({ catalogue: ITA_2568, warnings: [] });
  });

  test("edits come through; bad rows warn with the sheet's real row", async () => {
    const s = setup();
    await s.actions.writeCatalogueSheet(ITA_2568);
    const grid = gridOf(sheetOf(s.double, NAME));
    const i5 = rowOf(grid, "i5");
    await userTypes(s.double, NAME, `F${i5}`, "ข้อบกพร่องฉบับหน่วยงาน");
    await userTypes(s.double, NAME, `A${i5 + 1}`, "ข้อหก");
    const read = await s.actions.readCatalogueSheet(ITA_2568);
    expect(read!.catalogue.questions.find((q) => q.code === "i5")?.weakness).toBe("ข้อบกพร่องฉบับหน่วยงาน");
    expect(read!.warnings).toEqual([
      { row: i5 + 1, column: 1, cell: `A${i5 + 1}`, message: `ชีต "${NAME}" แถว ${i5 + 1}: รหัส "ข้อหก" ไม่ใช่รหัสข้อคำถาม (เช่น i1, e5, o12) จึงข้ามแถวนี้` },
    ]);
    // The row with the bad code keeps its built-in question.
    expect(read!.catalogue.questions.find((q) => q.code === "i6")).toEqual(ITA_2568.questions.find((q) => q.code === "i6"));
  });

  test("writing again replaces our unedited sheet, but keeps an edited one and writes a copy", async () => {
    const s = setup();
    await s.actions.writeCatalogueSheet(ITA_2568);
    expect(await s.actions.writeCatalogueSheet(ITA_2568)).toBe(NAME);
    expect(s.double.state.sheets.map((x) => x.name)).toEqual(["Sheet1", NAME]);
    await userTypes(s.double, NAME, "E8", "หัวข้อที่แก้ไข");
    expect(await s.actions.writeCatalogueSheet(ITA_2565)).toBe(`${NAME} (2)`);
    expect(cellAt(sheetOf(s.double, NAME), "E8")?.value).toBe("หัวข้อที่แก้ไข");
    // The user's edited sheet is the one read.
    const read = await s.actions.readCatalogueSheet(ITA_2568);
    expect(read?.catalogue.questions[0].title).toBe("หัวข้อที่แก้ไข");
  });

  test("a sheet moved away from A1 still reads with the right row numbers", async () => {
    const s = setup();
    await s.actions.writeCatalogueSheet(ITA_2568);
    await s.double.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(NAME);
      // The user deleted the title rows: the table now starts at row 1 of the used range but
      // row 3 of the sheet is the first one read (rows 1–2 emptied).
      ws.getRange("A1:I2").clear("All");
      await context.sync();
    });
    const grid = gridOf(sheetOf(s.double, NAME), "A1:A200").map((r) => r[0]);
    const e1 = grid.indexOf("e1") + 1;
    await userTypes(s.double, NAME, `B${e1}`, "99");
    const read = await s.actions.readCatalogueSheet(ITA_2568);
    expect(read!.warnings).toEqual([expect.objectContaining({ row: e1, cell: `B${e1}` })]);
  });
});
