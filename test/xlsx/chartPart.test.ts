import ExcelJS from "exceljs";
import JSZip from "jszip";
import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { pageBodyPoints } from "../../src/core/plan/page";
import { pageOfRows } from "../../src/core/plan/paginate";
import { th } from "../../src/core/strings/th";
import { withCharts } from "../../src/xlsx/chartPart";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";

async function parts(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing`);
  return file.async("string");
}

/** 'Sheet'!$D$14:$D$23 → the sheet name and the cells, top to bottom. */
function cellsOf(ref: string): { sheet: string; column: string; rows: number[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a column reference: ${ref}`);
  expect(m[2]).toBe(m[4]);
  const rows: number[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) rows.push(r);
  return { sheet: m[1].replace(/''/g, "'"), column: m[2], rows };
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe(".xlsx indicator chart", () => {
  const report = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));

  test("the plan puts one chart after the indicator table, over a reserved empty row of its height", () => {
    const sheet = report.plan.sheets[0];
    const laid = layoutSheet(sheet, report.plan);
    expect(laid.charts).toHaveLength(1);
    const [chart] = laid.charts;
    expect(chart.chart.values).toHaveLength(10);
    const row = laid.rows[chart.row - 1];
    expect(row.height).toBe(chart.height);
    // Here the table fills its page: the chart starts the next one, at its full height.
    expect(chart.height).toBe(chart.chart.height);
    expect(row.cells.every((c) => c.value === null)).toBe(true);
    expect(row.autoHeight).toBeUndefined();
    // Below the table it reads, and before the question part.
    expect(chart.row).toBeGreaterThan(chart.values.rows[1]);
    const questionPart = laid.rows.find((r) => r.pageBreakBefore && r.row > chart.row);
    expect(questionPart).toBeDefined();
    // The reserved row's cells are the name and score cells of the ranked table.
    expect(chart.categories.rows).toEqual(chart.values.rows);
    chart.chart.values.forEach((v, k) => {
      const cells = laid.rows[chart.values.rows[0] - 1 + k].cells;
      expect(cells[chart.values.column - 1].value).toBe(v);
      expect(cells[chart.categories.column - 1].value).toBe(chart.chart.categories[k]);
    });
    expect(chart.chart.values).toEqual([...chart.chart.values].sort((a, b) => b - a));
  });

  test("with last year's scores (a change column), the chart still reads the score column", () => {
    const withPrevious = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), {}, readScores(sampleGrid("ita-2565-tharnkasem.tsv")));
    expect(withPrevious.analysis.previous).toBeTruthy();
    const laid = layoutSheet(withPrevious.plan.sheets[0], withPrevious.plan);
    const [chart] = laid.charts;
    const header = laid.rows[chart.values.rows[0] - 2].cells;
    expect(header[chart.values.column - 1].value).toBe(th.report.indicatorHeader[3]);
    expect(laid.rows[chart.values.rows[0] - 1].cells[chart.values.column].value).not.toBeNull();
    chart.chart.values.forEach((v, k) => expect(laid.rows[chart.values.rows[0] - 1 + k].cells[chart.values.column - 1].value).toBe(v));
  });

  test("where the rest of the table's page holds the chart at its smallest or more, it is shrunk to stay there", () => {
    const small = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv")), { settings: { digits: "arabic", font: { name: "TH Sarabun New", size: 13 } } });
    const sheet = small.plan.sheets[0];
    const laid = layoutSheet(sheet, small.plan);
    const [chart] = laid.charts;
    expect(chart.height).toBeLessThan(chart.chart.height);
    expect(chart.height).toBeGreaterThanOrEqual(chart.chart.minHeight!);
    expect(laid.rows[chart.row - 1].height).toBe(chart.height);
    const pages = pageOfRows(laid.rows, pageBodyPoints(sheet.print, laid.columns), laid.printTitleRows);
    expect(pages[chart.row - 1]).toBe(pages[chart.values.rows[1] - 1]);
  });

  test("chart, drawing, relationships and content types are in the package, and the sheet points at the drawing", async () => {
    const zip = await parts(await writeWorkbook(report.plan));
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    // Only the analysis sheet has a chart.
    const sheet = await text(zip, "xl/worksheets/sheet1.xml");
    const rid = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    expect(rid).toBeDefined();
    // CT_Worksheet order: the drawing after the row breaks, last before the end here.
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("</rowBreaks>"));
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("</worksheet>"));
    for (const other of ["xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"]) expect(await text(zip, other)).not.toContain("<drawing ");
    const sheetRels = await text(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(sheetRels).toContain(`Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    const chartRid = /<c:chart [^>]*r:id="(rId\d+)"/.exec(drawing)?.[1];
    const drawingRels = await text(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain(`Id="${chartRid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"`);
    // Anchored over the reserved row, across the sheet's columns.
    const laid = layoutSheet(report.plan.sheets[0], report.plan);
    const from = /<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/.exec(drawing)!;
    const to = /<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/.exec(drawing)!;
    expect([Number(from[1]), Number(from[2]) + 1]).toEqual([0, laid.charts[0].row]);
    expect([Number(to[1]) + 1, Number(to[2]) + 1]).toEqual([laid.width, laid.charts[0].row]);
  });

  test("the series reads the indicator names and scores of the analysis sheet, with their values cached", async () => {
    const bytes = await writeWorkbook(report.plan);
    const zip = await parts(bytes);
    const chart = await text(zip, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    const [catRef, valRef] = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => decode(m[1]));
    const cat = cellsOf(catRef);
    const val = cellsOf(valRef);
    expect(cat.sheet).toBe(th.report.sheetNames.analysis);
    expect(val.sheet).toBe(th.report.sheetNames.analysis);
    const cachedNames = [...chart.matchAll(/<c:strCache>([\s\S]*?)<\/c:strCache>/g)][0][1];
    const cachedScores = [...chart.matchAll(/<c:numCache>([\s\S]*?)<\/c:numCache>/g)][0][1];
    const points = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => decode(m[1]));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet(cat.sheet)!;
    const names = cat.rows.map((r) => ws.getCell(`${cat.column}${r}`).value);
    const scores = val.rows.map((r) => ws.getCell(`${val.column}${r}`).value);
    expect(names).toHaveLength(10);
    expect(points(cachedNames)).toEqual(names);
    expect(points(cachedScores).map(Number)).toEqual(scores);
    expect(scores.every((s) => typeof s === "number")).toBe(true);
    // The score column under the table's "คะแนน" header, the names under "ตัวชี้วัด".
    const headerRow = val.rows[0] - 1;
    expect(ws.getCell(`${val.column}${headerRow}`).value).toBe(th.report.indicatorHeader[3]);
    // Axis 0–100, first indicator at the top, Thai digits like the cells.
    expect(chart).toMatch(/<c:max val="100"\/><c:min val="0"\/>/);
    expect(chart).toContain('<c:orientation val="maxMin"/>');
    expect(chart).toContain('formatCode="[$-D00041E]0.00"');
    expect(chart).toContain(`typeface="${report.plan.font.name}"`);
  });

  test("a plan without a chart block writes no chart parts", async () => {
    const plan = { ...report.plan, sheets: report.plan.sheets.map((sh) => ({ ...sh, blocks: sh.blocks.filter((b) => b.kind !== "chart") })) };
    const zip = await parts(await writeWorkbook(plan));
    expect(zip.file("xl/charts/chart1.xml")).toBeNull();
    expect(await text(zip, "[Content_Types].xml")).not.toContain("drawingml.chart");
    expect(await text(zip, "xl/worksheets/sheet1.xml")).not.toContain("<drawing ");
  });

  test("a sheet that has relationships and a legacy drawing already (cell notes) keeps them; the drawing goes before", async () => {
    const laid = layoutSheet(report.plan.sheets[0], report.plan);
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>');
    zip.file("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><legacyDrawing r:id="rId1"/></worksheet>');
    zip.file("xl/worksheets/_rels/sheet1.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId2" Type="y" Target="../comments1.xml"/></Relationships>');
    const out = await JSZip.loadAsync(await withCharts(await zip.generateAsync({ type: "uint8array" }), new Map([[1, { name: "A'B", charts: laid.charts, columns: laid.columns, font: report.plan.font }]])));
    const sheet = await text(out, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(sheet).toContain('<drawing r:id="rId3"/><legacyDrawing r:id="rId1"/>');
    const rels = await text(out, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain('Id="rId1"');
    expect(rels).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"');
    // A quote in the sheet name is doubled in the reference.
    expect(await text(out, "xl/charts/chart1.xml")).toContain("<c:f>'A''B'!$D$");
  });
});
