import { layoutSheet } from "../../src/core/plan/layout";
import { excelTh } from "../../src/excel/strings";
import { createOfficeDouble, gridOf } from "../office-double";
import { readAndGenerate, sampleWorkbook, setup, sheetOf } from "./helpers";

const ANALYSIS = "วิเคราะห์ผล ITA";

describe("generate: the indicator chart in a live workbook", () => {
  test("one bar chart over the reserved row, reading the analysis sheet's name and score cells, in four round trips", async () => {
    const s = setup(sampleWorkbook());
    const { report, syncs } = await readAndGenerate(s);
    expect(syncs).toBeLessThanOrEqual(4);
    const laid = layoutSheet(report.plan.sheets[0], report.plan);
    const [planned] = laid.charts;
    const sheet = sheetOf(s.double, ANALYSIS);
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ name: excelTh.chartName, type: "BarClustered", legend: { visible: false } });
    expect(chart.title.text).toBe(planned.chart.title);
    expect(chart.font.name).toBe(report.plan.font.name);
    // Placed over the reserved row, across the sheet.
    expect(chart.position).toEqual({ start: { top: planned.row, bottom: planned.row, left: 1, right: 1 }, end: { top: planned.row, bottom: planned.row, left: laid.width, right: laid.width } });
    // One series: the score cells for bars, the name cells for labels, on the analysis sheet.
    expect(chart.series).toHaveLength(1);
    const [series] = chart.series;
    expect(series.values).toEqual({ sheetId: sheet.id, rect: { top: planned.values.rows[0], bottom: planned.values.rows[1], left: planned.values.column, right: planned.values.column } });
    expect(series.categories).toEqual({ sheetId: sheet.id, rect: { top: planned.categories.rows[0], bottom: planned.categories.rows[1], left: planned.categories.column, right: planned.categories.column } });
    const cells = (r: { top: number; bottom: number; left: number }) => gridOf(sheet, `${String.fromCharCode(64 + r.left)}${r.top}:${String.fromCharCode(64 + r.left)}${r.bottom}`).map((row) => row[0]);
    expect(cells(series.values.rect)).toEqual(planned.chart.values);
    expect(cells(series.categories!.rect)).toEqual(planned.chart.categories);
    expect(series).toMatchObject({ color: "#2F5597", hasDataLabels: true });
    // 0–100 in steps of 10, the first indicator at the top, the axis at the bottom, Thai digits.
    expect(chart.axes.value).toMatchObject({ minimum: 0, maximum: 100, majorUnit: 10, numberFormat: "[$-D00041E]0", title: planned.chart.axis.title });
    expect(chart.axes.category).toMatchObject({ reversePlotOrder: true, position: "Maximum" });
    expect(chart.dataLabels).toMatchObject({ showValue: true, position: "OutsideEnd", numberFormat: "[$-D00041E]0.00" });
    // The reserved row keeps the chart's height.
    expect(sheet.rowHeights.get(planned.row)).toBe(planned.height);
    // The other documents have none.
    for (const other of report.plan.sheets.slice(1)) expect(sheetOf(s.double, other.name).charts).toEqual([]);
  });

  test("written again, the sheet has its one chart (the old one deleted), and a user's own chart stays", async () => {
    const s = setup(sampleWorkbook());
    await readAndGenerate(s);
    const sheet = () => sheetOf(s.double, ANALYSIS);
    // The user adds a chart of their own to our sheet: the sheet's cells are unchanged, so it is replaced.
    await s.double.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ANALYSIS);
      const mine = ws.charts.add("ColumnClustered" as Excel.ChartType, ws.getRange("G14:G16"), "Columns" as Excel.ChartSeriesBy);
      mine.name = "แผนภูมิของฉัน";
      await context.sync();
    });
    const { outcome, syncs } = await readAndGenerate(s);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(outcome.sheets[0]).toMatchObject({ name: ANALYSIS, status: "replaced" });
    expect(sheet().charts.map((c) => c.name).sort()).toEqual([excelTh.chartName, "แผนภูมิของฉัน"].sort());
    await readAndGenerate(s);
    expect(sheet().charts.filter((c) => c.name === excelTh.chartName)).toHaveLength(1);
  });

  test("under ExcelApi 1.7 the chart is drawn without the 1.8 touches; under 1.4 it is left out and the user told", async () => {
    const s17 = setup({ ...sampleWorkbook(), excelApi: "1.7" });
    const r17 = await readAndGenerate(s17);
    expect(r17.syncs).toBeLessThanOrEqual(4);
    const [chart] = sheetOf(s17.double, ANALYSIS).charts;
    expect(chart.axes.category).toMatchObject({ reversePlotOrder: true, position: "Automatic" });
    expect(chart.series[0].categories).not.toBeNull();
    expect(r17.outcome.notes.join(" ")).not.toContain("แผนภูมิ");

    const s14 = setup({ ...sampleWorkbook(), excelApi: "1.4" });
    const r14 = await readAndGenerate(s14);
    expect(r14.syncs).toBeLessThanOrEqual(4);
    expect(sheetOf(s14.double, ANALYSIS).charts).toEqual([]);
    expect(r14.outcome.notes).toContain(excelTh.outcome.noChart(ANALYSIS));
  });
});

describe("Office double: chart rules", () => {
  const run = async (excelApi: string, body: (ws: Excel.Worksheet) => void) => {
    const double = createOfficeDouble({ sheets: [{ name: "S", cells: [["a", 1], ["b", 2]] }], excelApi });
    await double.Excel.run(async (context) => {
      body(context.workbook.worksheets.getItem("S"));
      await context.sync();
    });
    return double;
  };

  test("setXAxisValues and reversePlotOrder need ExcelApi 1.7; axis position and number formats 1.8", async () => {
    await expect(run("1.4", (ws) => ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2")).series.getItemAt(0).setXAxisValues(ws.getRange("A1:A2")))).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(run("1.4", (ws) => (ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2")).axes.categoryAxis.reversePlotOrder = true))).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(run("1.7", (ws) => (ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2")).axes.categoryAxis.position = "Maximum" as Excel.ChartAxisPosition))).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(run("1.7", (ws) => (ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2")).dataLabels.numberFormat = "0.00"))).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("bad arguments fail at sync as in Excel: unknown type, minimum not below maximum, labels not one column, no such series", async () => {
    await expect(run("1.9", (ws) => ws.charts.add("Bars" as Excel.ChartType, ws.getRange("B1:B2")))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run("1.9", (ws) => {
      const axis = ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2")).axes.valueAxis;
      axis.maximum = 50;
      axis.minimum = 50;
    })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run("1.9", (ws) => ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2")).series.getItemAt(0).setXAxisValues(ws.getRange("A1:B2")))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run("1.9", (ws) => (ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2"), "Columns" as Excel.ChartSeriesBy).series.getItemAt(1).gapWidth = 50))).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(run("1.9", (ws) => ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2")).setPosition("C5", "A1"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a chart's name loads only after a sync; Range.clear leaves charts, Chart.delete removes one", async () => {
    const double = await run("1.9", (ws) => {
      const chart = ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange("B1:B2"));
      chart.name = "c";
      ws.getRange().clear("All" as Excel.ClearApplyTo);
    });
    expect(double.state.sheets[0].charts.map((c) => c.name)).toEqual(["c"]);
    await double.Excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("S").charts.load("items/name");
      expect(() => charts.items).toThrow(/not available/);
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["c"]);
      charts.items[0].delete();
      await context.sync();
    });
    expect(double.state.sheets[0].charts).toEqual([]);
  });
});
