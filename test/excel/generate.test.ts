import { layoutSheet } from "../../src/core/plan/layout";
import { charsToPoints, numberFormatOf } from "../../src/excel/renderPlan";
import { cellAt, formulaCells, gridOf } from "../office-double";
import { emblemPng, FULL_FACTS } from "../helpers/documents";
import { readAndGenerate, SAMPLE_SHEET, sampleWorkbook, setup, sheetOf } from "./helpers";

const NAMES = ["วิเคราะห์ผล ITA", "บันทึกเสนอมาตรการ", "มาตรการส่งเสริม", "บันทึกเสนอรายงานผล", "รายงานผลการดำเนินการ"];

describe("generate: the 001 sample in a live workbook", () => {
  test("three documents and two memos in at most 4 round trips, cell for cell the shared layout", async () => {
    const s = setup(sampleWorkbook());
    const { report, outcome, syncs } = await readAndGenerate(s);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(outcome.syncs).toBe(syncs);
    expect(outcome.sheets.filter((g) => g.role !== "analysisColumns").map((g) => [g.name, g.status])).toEqual(NAMES.map((n) => [n, "created"]));
    expect(s.double.state.sheets.map((x) => x.name)).toEqual(["หน้าปก", SAMPLE_SHEET, ...NAMES]);

    for (const plan of report.plan.sheets) {
      const laid = layoutSheet(plan, report.plan);
      const sheet = sheetOf(s.double, plan.name);
      const last = laid.rows[laid.rows.length - 1].row;
      // Values: what the layout says, strings as text, numbers as numbers.
      const expected = laid.rows.map((row) => row.cells.map((c) => c.value ?? ""));
      expect(gridOf(sheet, `A1:${String.fromCharCode(64 + laid.width)}${last}`)).toEqual(expected);
      for (const row of laid.rows) {
        row.cells.forEach((c, i) => {
          const cell = sheet.cells.get(row.row * 16385 + i + 1);
          expect(cell?.format.numberFormat).toBe(numberFormatOf(c));
          expect(cell?.format.font.name).toBe(report.plan.font.name);
        });
        // Table rows without merged cells are autofitted by Excel (recorded by the double);
        // the others keep the computed height.
        if (row.autoHeight) expect({ row: row.row, autofit: sheet.autofitRows.has(row.row) }).toEqual({ row: row.row, autofit: true });
        else expect({ row: row.row, height: sheet.rowHeights.get(row.row), autofit: sheet.autofitRows.has(row.row) }).toEqual({ row: row.row, height: Math.min(409, row.height), autofit: false });
      }
      // Documents are tables; a memo has none.
      if (laid.printTitleRows) {
        const body = laid.rows.filter((r) => r.row > laid.printTitleRows![1]);
        expect(body.filter((r) => r.autoHeight).length).toBeGreaterThan(body.length / 2);
      }
      // Merges as laid out; column widths converted from characters to points.
      const merges = laid.rows.flatMap((row) => row.merges.map((m) => ({ top: row.row, bottom: row.row, left: m.from, right: m.to })));
      expect([...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual(merges.sort((a, b) => a.top - b.top || a.left - b.left));
      laid.columns.forEach((w, i) => expect(sheet.columnWidths.get(i + 1)).toBe(charsToPoints(w)));
      // Print setup under ExcelApi 1.9.
      expect(sheet.pageLayout).toMatchObject({
        orientation: plan.print.orientation === "landscape" ? "Landscape" : "Portrait",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        centerHorizontally: plan.print.centerHorizontally,
        leftMargin: plan.print.margins.left * 72,
        footerMargin: plan.print.margins.footer * 72,
        printTitleRows: laid.printTitleRows ? `$${laid.printTitleRows[0]}:$${laid.printTitleRows[1]}` : null,
        // Each document numbered on its own.
        firstPageNumber: 1,
      });
      expect(sheet.pageLayout.footers.center).toContain("&P");
      // Covers and a memo's first page print no page number.
      expect(sheet.pageLayout).toMatchObject({ headerFooterState: "FirstAndDefault", firstFooters: { center: "" } });
      expect(sheet.pageBreaks).toEqual(laid.rows.filter((r) => r.pageBreakBefore && r.row > 1).map((r) => r.row));
      expect(sheet.tabColor).toBe(plan.tabColor ? `#${plan.tabColor}` : "");
      expect(sheet.showGridlines).toBe(false);
    }
    expect(formulaCells(s.double.state)).toEqual([]);
    // The write request suspends screen updating and calculation (both supported here).
    const writes = s.double.requests[s.double.requests.length - 2].operations;
    // …and the last one writes the record of what was generated to workbook.settings.
    expect(s.double.requests[s.double.requests.length - 1].operations).toEqual(["SettingCollection.add"]);
    expect(writes.slice(0, 2)).toEqual(["Application.suspendScreenUpdatingUntilNextSync", "Application.suspendApiCalculationUntilNextSync"]);
  });

  test("styles: header fill and bold, borders, centre-across titles, red scores below target", async () => {
    const s = setup(sampleWorkbook());
    const { report } = await readAndGenerate(s);
    const plan = report.plan.sheets[0];
    const laid = layoutSheet(plan, report.plan);
    const sheet = sheetOf(s.double, plan.name);
    const at = (row: number, col: number) => sheet.cells.get(row * 16385 + col)!;
    const title = laid.rows.find((r) => r.cells[0].style === "title")!.row;
    expect(at(title, 1).format).toMatchObject({ horizontalAlignment: "CenterAcrossSelection", font: { bold: true, size: report.plan.font.size + 2 } });
    const cover = laid.rows.find((r) => r.cells[0].style === "coverTitle")!.row;
    expect(at(cover, 1).format).toMatchObject({ horizontalAlignment: "CenterAcrossSelection", font: { bold: true, size: report.plan.font.size + 8 } });
    const header = laid.printTitleRows![0];
    expect(at(header, 6).value).toBe("ข้อบกพร่อง");
    expect(at(header, 6).format).toMatchObject({ fill: "#D9E2F3", horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true, font: { bold: true } });
    expect(Object.keys(at(header, 6).format.borders).sort()).toEqual(["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop"]);
    const improveRow = laid.rows.find((r) => r.cells[4].style === "scoreImprove")!;
    expect(at(improveRow.row, 5).format.font).toMatchObject({ bold: true, color: "#C00000" });
    expect(typeof at(improveRow.row, 5).value).toBe("number");
  });

  test("without ExcelApi 1.9 the sheets are written, page setup is left with a Thai note", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: "1.7" });
    const caps = s.actions.capabilities();
    expect(caps).toMatchObject({ generate: true, printSetup: false });
    expect(caps.notes.join(" ")).toMatch(/ExcelApi 1\.9.*A4.*แนวนอน.*1 หน้า.*แถวที่จะทำซ้ำ/);
    const { outcome, syncs } = await readAndGenerate(s);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(outcome.notes).toEqual(expect.arrayContaining(caps.notes));
    const sheet = sheetOf(s.double, NAMES[0]);
    expect(sheet.pageLayout.paperSize).toBe("Letter");
    expect(sheet.cells.size).toBeGreaterThan(100);
    expect(sheet.tabColor).not.toBe(""); // 1.7 has tab colours
    expect(sheet.showGridlines).toBe(true); // 1.8 does not
    expect(s.double.requests.flatMap((r) => r.operations).some((o) => o.startsWith("PageLayout") || o.includes("suspendScreen"))).toBe(false);
  });

  test("an ExcelApi 1.1 host cannot generate (Thai reason) but can still read the scores", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: "1.1" });
    expect(s.actions.capabilities()).toMatchObject({ generate: false, printSetup: false, notes: [expect.stringContaining(".xlsx")] });
    const range = await s.actions.readScoreTable("usedRange");
    expect(range.grid.length).toBeGreaterThan(100);
    await expect(s.actions.generate(range, (await import("./helpers")).reportFor(range))).rejects.toThrow(/ExcelApi 1\.4/);
  });

  test("Excel ignoring fit-to-width is reported, not hidden", async () => {
    const s = setup({ ...sampleWorkbook(), ignoreFitToPages: true });
    const { outcome } = await readAndGenerate(s);
    expect(outcome.notes).toEqual(expect.arrayContaining([expect.stringContaining(`"${NAMES[0]}"`)]));
    expect(outcome.notes.join(" ")).toMatch(/พอดีความกว้าง 1 หน้า/);
  });

  test("a generation waits while the user is typing in a cell", async () => {
    const s = setup(sampleWorkbook());
    const range = await s.actions.readScoreTable("usedRange");
    s.double.startCellEdit();
    const running = s.actions.generate(range, (await import("./helpers")).reportFor(range));
    await new Promise((r) => setTimeout(r, 5));
    expect(s.double.state.sheets).toHaveLength(2);
    s.double.endCellEdit();
    await running;
    expect(s.double.state.sheets).toHaveLength(7);
  });

  test("the memo's emblem: a picture at the top left with ExcelApi 1.9, one after a second run, none before 1.9", async () => {
    const settings = { document: { ...FULL_FACTS, emblem: { base64: emblemPng(), extension: "png" as const } } };
    const s = setup(sampleWorkbook());
    const first = await readAndGenerate(s, { settings });
    expect(first.syncs).toBeLessThanOrEqual(4);
    const memo = sheetOf(s.double, "บันทึกเสนอมาตรการ");
    expect(memo.shapes).toEqual([expect.objectContaining({ name: "itas-report-emblem", left: 2, top: 2, height: 42.5 })]);
    expect(sheetOf(s.double, "มาตรการส่งเสริม").shapes).toEqual([]);
    const again = await readAndGenerate(s, { settings });
    expect(again.syncs).toBeLessThanOrEqual(4);
    expect(again.outcome.sheets.find((g) => g.role === "measuresMemo")?.status).toBe("replaced");
    expect(sheetOf(s.double, "บันทึกเสนอมาตรการ").shapes).toHaveLength(1);
    const old = setup({ ...sampleWorkbook(), excelApi: "1.7" });
    await readAndGenerate(old, { settings });
    expect(sheetOf(old.double, "บันทึกเสนอมาตรการ").shapes).toEqual([]);
    expect(sheetOf(old.double, "บันทึกเสนอมาตรการ").cells.size).toBeGreaterThan(10);
  });

  test("writing cells keeps the workbook's other sheets untouched", async () => {
    const s = setup(sampleWorkbook());
    const before = JSON.stringify([...sheetOf(s.double, "หน้าปก").cells]);
    await readAndGenerate(s);
    expect(JSON.stringify([...sheetOf(s.double, "หน้าปก").cells])).toBe(before);
    expect(cellAt(sheetOf(s.double, "หน้าปก"), "A1")?.value).toBe("ผลงานของฉัน");
  });
});
