/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-navigational-load --
   these tests misuse load/sync on purpose: the double must refuse what Office.js refuses. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cellAt, createOfficeDouble, findSheet, formulaCells, gridOf, installOfficeDouble } from "./index";

function sheet(double: ReturnType<typeof createOfficeDouble>, name: string) {
  const s = findSheet(double.state, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe("Office double: load before read", () => {
  test("reading a property before load() and sync() throws PropertyNotLoaded", async () => {
    const double = createOfficeDouble({ sheets: [{ name: "ITA", cells: [["i1", 98.5]] }] });
    await double.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("ITA").getRange("A1:B1");
      expect(() => range.values).toThrow(/values.*not available.*load/s);
      range.load("values");
      // Loaded but not synced yet: still unavailable.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["i1", 98.5]]);
      // Only what was loaded is available.
      expect(() => range.address).toThrow(/address/);
    });
  });

  test("load paths reach navigation properties; unknown properties are refused", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("format/font/name, address");
      expect(() => range.load("nonsense")).toThrow(/no property 'nonsense'/);
      await context.sync();
      expect(range.format.font.name).toBe("Calibri");
      expect(range.address).toBe("Sheet1!A1");
    });
  });

  test("collections expose items only after load and sync, in tab order", async () => {
    const double = createOfficeDouble({ sheets: [{ name: "A" }, { name: "B" }] });
    await double.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/items/);
      sheets.load("items/name,items/position");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(() => sheets.items[0].visibility).toThrow(/visibility/);
    });
  });
});

describe("Office double: queued writes and round trips", () => {
  test("writes reach the workbook only at sync; every sync is counted", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["x", 1]];
      expect(cellAt(sheet(double, "Sheet1"), "A1")).toBeUndefined();
      await context.sync();
      expect(gridOf(sheet(double, "Sheet1"))).toEqual([["x", 1]]);
      await context.sync();
    });
    expect(double.syncCount()).toBe(2);
    expect(double.requests[0].operations).toEqual(["WorksheetCollection.getItem", "Range.values="]);
  });

  test("Excel.run syncs what is still pending when the batch resolves", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.add("New");
    });
    expect(double.syncCount()).toBe(1);
    expect(double.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "New"]);
  });

  test("a failing operation rejects the sync; earlier writes of the request stay", async () => {
    const double = createOfficeDouble();
    await expect(
      double.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [["kept"]];
        ws.getRange("A2:B2").values = [["one"]];
        await context.sync();
      }),
    ).rejects.toThrow(/doesn't match the size/);
    expect(gridOf(sheet(double, "Sheet1"))).toEqual([["kept"]]);
  });

  test("proxies cannot outlive their Excel.run", async () => {
    const double = createOfficeDouble();
    let leaked: Excel.Range | undefined;
    await double.Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(() => {
      leaked!.values = [["late"]];
    }).toThrow(/Excel.run/);
  });

  test("a request over the payload limit is rejected whole", async () => {
    const double = createOfficeDouble({ requestLimitBytes: 10_000 });
    const big = Array.from({ length: 100 }, (_, i) => [`ข้อความยาว ${"ก".repeat(50)} ${i}`]);
    await expect(
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheet(double, "Sheet1").cells.size).toBe(0);
  });

  test("a response over the payload limit is rejected", async () => {
    const double = createOfficeDouble({ responseLimitBytes: 500, sheets: [{ name: "S", cells: Array.from({ length: 50 }, () => ["ข้อความภาษาไทยยาวพอสมควร"]) }] });
    await expect(
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getUsedRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("Office double: text becomes a formula unless the cell is Text", () => {
  test("strings starting with = + - @ turn into formulas in a General cell", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:F1").values = [["=HYPERLINK(\"x\")", "+1 ดังนั้น", "-ควรแก้ไข", "@me", "-", "12.50"]];
      await context.sync();
    });
    const s = sheet(double, "Sheet1");
    expect(formulaCells(double.state)).toHaveLength(4);
    expect(cellAt(s, "C1")?.formula).toBe("=-ควรแก้ไข");
    expect(cellAt(s, "E1")?.value).toBe("-");
    // A numeric-looking string becomes a number.
    expect(cellAt(s, "F1")?.value).toBe(12.5);
  });

  test('number format "@" set before the values keeps them text; set after, it is too late', async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const first = ws.getRange("A1:B1");
      first.numberFormat = [["@", "@"]];
      first.values = [["=1+1", "007"]];
      const late = ws.getRange("A2");
      late.values = [["=1+1"]];
      late.numberFormat = [["@"]];
      await context.sync();
    });
    const s = sheet(double, "Sheet1");
    expect(cellAt(s, "A1")).toMatchObject({ value: "=1+1", formula: null });
    expect(cellAt(s, "B1")?.value).toBe("007");
    expect(cellAt(s, "A2")?.formula).toBe("=1+1");
  });

  test("null in a values array leaves the cell unchanged; \"\" empties it", async () => {
    const double = createOfficeDouble({ sheets: [{ name: "S", cells: [["keep", "drop"]] }] });
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(gridOf(sheet(double, "S"), "A1:B1")).toEqual([["keep", ""]]);
  });
});

describe("Office double: null objects, sheets, requirement sets", () => {
  test("getItemOrNullObject: isNullObject after sync; a null object cannot be used", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("ไม่มี");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(() => missing.name).toThrow(/null object/);
      missing.getRange("A1").values = [["x"]];
      await expect(context.sync()).rejects.toThrow(/null Worksheet/);
    });
  });

  test("getUsedRangeOrNullObject is null on an empty sheet", async () => {
    const double = createOfficeDouble({ sheets: [{ name: "Empty" }, { name: "Full", cells: [[null, "x"], [null, null, 1]] }] });
    await double.Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      const full = context.workbook.worksheets.getItem("Full").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(full.address).toBe("Full!B1:C2");
    });
  });

  test("sheet names follow Excel's rules; add, move, hide, delete, activate", async () => {
    const double = createOfficeDouble({ sheets: [{ name: "A" }, { name: "B" }] });
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.add("a");
      await context.sync();
    })).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.add("x".repeat(32));
      await context.sync();
    })).rejects.toThrow(/31 characters/);
    await double.Excel.run(async (context) => {
      const c = context.workbook.worksheets.add("วิเคราะห์ผล ITA");
      c.position = 0;
      context.workbook.worksheets.getItem("B").visibility = "VeryHidden";
      context.workbook.worksheets.getItem("A").delete();
      c.activate();
      await context.sync();
    });
    expect(double.state.sheets.map((s) => [s.name, s.visibility])).toEqual([["วิเคราะห์ผล ITA", "Visible"], ["B", "VeryHidden"]]);
    expect(double.state.activeSheetId).toBe(double.state.sheets[0].id);
  });

  test("isSetSupported follows the configured host; newer APIs fail with ApiNotFound", async () => {
    const double = createOfficeDouble({ excelApi: "1.7" });
    const req = double.Office.context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(req.isSetSupported("WordApi", "1.1")).toBe(false);
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
      await context.sync();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("notes (1.18): one per single cell; conditional formats (1.6): custom rules, cleared with clear(All)", async () => {
    const old = createOfficeDouble({ excelApi: "1.17" });
    await expect(old.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").notes.add("A1", "x");
      await context.sync();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
    const double = createOfficeDouble({ excelApi: "1.18" });
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").notes.add("A1:B2", "x");
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
    await double.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.notes.add("B2", "หมายเหตุ");
      const cf = ws.getRange("C3").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = '=EXACT(C3,"ร่าง")';
      cf.custom.format.fill.color = "#fff2cc";
      await context.sync();
    });
    const sheet = double.state.sheets[0];
    expect([...sheet.notes.values()]).toEqual(["หมายเหตุ"]);
    expect(sheet.conditionalFormats).toEqual([{ rect: { top: 3, left: 3, bottom: 3, right: 3 }, formula: '=EXACT(C3,"ร่าง")', fill: "#FFF2CC" }]);
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").notes.add("B2", "again");
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(double.Excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = `=EXACT(A1,"${"ก".repeat(256)}")`;
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange().clear("All" as Excel.ClearApplyTo);
      await context.sync();
    });
    expect([sheet.notes.size, sheet.conditionalFormats.length]).toEqual([0, 0]);
  });

  test("pageLayout.zoom changes only when a whole object is assigned", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.load("zoom");
      await context.sync();
      layout.zoom.horizontalFitToPages = 1; // mutates a local copy only
      await context.sync();
      expect(double.state.sheets[0].pageLayout.zoom).toEqual({ scale: 100 });
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$5:$5");
      layout.setPrintMargins("Inches", { left: 0.5 });
      await context.sync();
    });
    expect(double.state.sheets[0].pageLayout).toMatchObject({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$5:$5", leftMargin: 36 });
  });
});

describe("Office double: formatting model", () => {
  test("merge keeps the top-left value; autofit ignores merged cells", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["a", "b", "c"]];
      ws.getRange("A1:C1").merge();
      const long = "ข้อความยาวมาก ".repeat(30);
      ws.getRange("A2:C2").values = [[long, null, null]];
      ws.getRange("A2:C2").merge();
      ws.getRange("A3").values = [[long]];
      ws.getRange("A2:A3").format.wrapText = true;
      ws.getRange("A1:C3").format.autofitRows();
      await context.sync();
    });
    const s = sheet(double, "Sheet1");
    expect(gridOf(s, "A1:C1")).toEqual([["a", "", ""]]);
    expect(s.rowHeights.has(2)).toBe(false);
    expect(s.rowHeights.get(3)).toBeGreaterThan(100);
  });

  test("format values are checked like Excel checks them", async () => {
    const double = createOfficeDouble();
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.verticalAlignment = "Middle" as Excel.VerticalAlignment;
      await context.sync();
    })).rejects.toThrow(/verticalAlignment "Middle"/);
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.rowHeight = 500;
      await context.sync();
    })).rejects.toThrow(/409/);
    await expect(double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.rowHeight = 409.5;
      await context.sync();
    })).rejects.toThrow(/outside 0–409 points/);
  });

  test("autofit records the rows it fitted, stops at 409 pt, and an explicit height takes a row out", async () => {
    const double = createOfficeDouble();
    await double.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A3").values = [["สั้น"], ["ข้อความยาวมาก ".repeat(400)], ["x"]];
      ws.getRange("A1:A3").format.wrapText = true;
      ws.getRange("A1:A3").format.autofitRows();
      ws.getRange("3:3").format.rowHeight = 30;
      await context.sync();
    });
    const s = sheet(double, "Sheet1");
    expect([...s.autofitRows].sort()).toEqual([1, 2]);
    expect(s.rowHeights.get(2)).toBe(409);
    expect(s.rowHeights.get(3)).toBe(30);
  });
});

describe("Office double: host behaviour", () => {
  test("Excel.run waits for cell edit mode only when asked to", async () => {
    const double = createOfficeDouble();
    double.startCellEdit();
    await expect(double.Excel.run(async () => undefined)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let ran = false;
    const waiting = double.Excel.run({ delayForCellEdit: true }, async () => {
      ran = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toBe(false);
    double.endCellEdit();
    await waiting;
    expect(ran).toBe(true);
  });

  test("document settings persist on saveAsync; a failed save reports failure", async () => {
    const double = createOfficeDouble({ settings: { a: 1 } });
    const settings = double.Office.context.document.settings;
    expect(settings.get("a")).toBe(1);
    settings.set("b", { x: [1, 2] });
    expect(double.state.savedSettings).toEqual({ a: 1 });
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    expect(double.state.savedSettings).toEqual({ a: 1, b: { x: [1, 2] } });
    double.settings.failNextSave = "disk full";
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
    expect(result.status).toBe("failed");
    expect(result.error.message).toBe("disk full");
  });

  test("installOfficeDouble sets the globals and Office.onReady resolves", async () => {
    const target: Record<string, unknown> = {};
    const double = installOfficeDouble(target, { excelApi: "1.4" });
    expect(target.Excel).toBe(double.Excel);
    await expect((target.Office as typeof Office).onReady()).resolves.toMatchObject({ host: "Excel" });
  });

  test("the double's own sources use no Node or jest API (it is bundled for a browser page)", () => {
    const dir = __dirname;
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "bench.ts");
    expect(sources).toEqual(expect.arrayContaining(["index.ts", "client.ts", "range.ts", "worksheet.ts"]));
    for (const file of sources) {
      const text = readFileSync(join(dir, file), "utf8");
      expect({ file, hits: text.match(/from "node:|require\(|\bprocess\.|\bjest\.|\bBuffer\b|from "(fs|path|os)"/g) }).toEqual({ file, hits: null });
    }
  });
});
