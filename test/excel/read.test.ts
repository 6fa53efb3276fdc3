import { run } from "../../src/excel/host";
import { sample001, SAMPLE_SHEET, sampleWorkbook, setup } from "./helpers";

/** The sample as Excel's used range sees it: trailing empty rows are not used. */
function usedSample(): (string | number | null)[][] {
  const grid = sample001();
  while (grid.length > 0 && grid[grid.length - 1].every((c) => c === null)) grid.pop();
  return grid;
}

describe("reading ranges", () => {
  test("the used range of the active sheet, with its real address and offsets", async () => {
    const s = setup(sampleWorkbook("C5"));
    const range = await s.actions.readScoreTable("usedRange");
    const grid = usedSample();
    expect(range).toMatchObject({ sheetName: SAMPLE_SHEET, rowOffset: 4, columnOffset: 2, address: `C5:H${4 + grid.length}` });
    expect(range.grid.length).toBe(grid.length);
    expect(range.grid[23]).toEqual([...grid[23], "", ""].slice(0, 6).map((c) => c ?? ""));
    expect(s.double.syncCount()).toBe(2);
  });

  test("the selection, cut to the used range (a whole selected column stays small)", async () => {
    const s = setup({ ...sampleWorkbook("C5"), selection: "D:E" });
    const range = await s.actions.readScoreTable("selection");
    expect(range.address).toBe(`D5:E${4 + usedSample().length}`);
    expect(range).toMatchObject({ rowOffset: 4, columnOffset: 3 });
    const small = setup({ ...sampleWorkbook("C5"), selection: "C20:F30" });
    expect(await small.actions.readScoreTable("selection")).toMatchObject({ address: "C20:F30", rowOffset: 19, columnOffset: 2 });
  });

  test("percentages come back as ITAS prints them; empty sheets as an empty grid", async () => {
    const s = setup({ sheets: [{ name: "S", cells: [["o1", 0.7905], ["o2", 0.95]] }, { name: "ว่าง" }] });
    await s.double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1:B2").numberFormat = [["0.00%"], ["0%"]];
      await context.sync();
    });
    expect((await s.actions.readScoreTable("usedRange")).grid).toEqual([["o1", "79.05%"], ["o2", "95%"]]);
    expect(await s.actions.readSheet("ว่าง")).toEqual({ sheetName: "ว่าง", address: "A1", rowOffset: 0, columnOffset: 0, grid: [] });
  });

  test("a named sheet (last year's scores); a missing one fails in Thai", async () => {
    const s = setup({ sheets: [{ name: "ปีนี้" }, { name: "ITA 2567", cells: [["i1", 90]], at: "B2" }] });
    expect(await s.actions.readSheet("ita 2567")).toEqual({ sheetName: "ITA 2567", address: "B2:C2", rowOffset: 1, columnOffset: 1, grid: [["i1", 90]] });
    await expect(s.actions.readSheet("ITA 2566")).rejects.toThrow('ไม่พบชีต "ITA 2566" ในสมุดงาน');
  });

  test("large blocks are read in parts, each within the response limit", async () => {
    const s = setup({ ...sampleWorkbook(), responseLimitBytes: 20_000 }, { readCellsPerRequest: 100 });
    const range = await s.actions.readScoreTable("usedRange");
    expect(range.grid).toEqual(usedSample().map((row) => [...row, ...Array(6 - row.length).fill(null)].map((c) => c ?? "")));
    expect(s.double.syncCount()).toBeGreaterThan(5);
    expect(Math.max(...s.double.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(20_000);
  });

  test("a used range over the reader's grid limit is refused from its address, before any value is fetched", async () => {
    const far = [...Array(999).fill(null), "ท้ายสุด"];
    const s = setup({ sheets: [{ name: "ใหญ่", cells: [["i1", 90], ...Array(599).fill(["x"]), far] }] });
    await expect(s.actions.readScoreTable("usedRange")).rejects.toThrow('ชีต "ใหญ่" มี 601 แถว × 1000 คอลัมน์ (601000 ช่อง) เกินที่อ่านได้ (ไม่เกิน 500000 ช่อง)');
    expect(s.double.syncCount()).toBe(1);
  });

  test("list sheets in tab order without very hidden ones; select a cell; activate a sheet", async () => {
    const s = setup({ sheets: [{ name: "A" }, { name: "ลับ", visibility: "VeryHidden" }, { name: "B", visibility: "Hidden" }, { name: "C" }] });
    expect(await s.actions.listSheets()).toEqual(["A", "B", "C"]);
    await s.actions.selectCell("c", "D12");
    const c = s.double.state.sheets[3];
    expect(s.double.state.activeSheetId).toBe(c.id);
    expect(s.double.state.selection).toEqual({ sheetId: c.id, rect: { top: 12, left: 4, bottom: 12, right: 4 } });
    await s.actions.activateSheet("A");
    expect(s.double.state.activeSheetId).toBe(s.double.state.sheets[0].id);
    await expect(s.actions.activateSheet("Z")).rejects.toThrow('ไม่พบชีต "Z"');
  });
});

describe("load before read, enforced", () => {
  test("a property read without load and sync fails in the Office layer's own run helper", async () => {
    const s = setup(sampleWorkbook());
    const host = { Office: s.double.Office, Excel: s.double.Excel };
    await expect(run(host, async (trips) => trips.context.workbook.worksheets.getActiveWorksheet().name)).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    // Loaded and synced, the same read works: every action above runs under this rule.
    await expect(run(host, async (trips) => {
      const ws = trips.context.workbook.worksheets.getActiveWorksheet().load("name");
      await trips.sync();
      return ws.name;
    })).resolves.toBe(SAMPLE_SHEET);
  });
});
