import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { pageBodyPoints } from "../../src/core/plan/page";
import { pageOfRows } from "../../src/core/plan/paginate";
import { th } from "../../src/core/strings/th";
import { columnLetters } from "../../src/core/reader/address";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";
import { pdfPages, pdfToPngs, printWorkbook, squashThai } from "../helpers/print";

/** Pixels of the bar colour (2F5597) on a page, from pdftoppm's PPM. */
function barPixels(pdf: string, page: number): { bars: number; width: number; height: number; rows: number[] } {
  const ppm = execFileSync("pdftoppm", ["-r", "40", "-f", String(page), "-l", String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  // Header: "P6\n<w> <h>\n255\n"
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  let bars = 0;
  const rows = new Set<number>();
  for (let i = 0; i + 2 < data.length; i += 3) {
    if (Math.abs(data[i] - 0x2f) < 24 && Math.abs(data[i + 1] - 0x55) < 24 && Math.abs(data[i + 2] - 0x97) < 24) {
      bars++;
      rows.add(Math.floor(i / 3 / width));
    }
  }
  return { bars, width, height, rows: [...rows].sort((a, b) => a - b) };
}

const has = (page: string, text: string) => squashThai(page).includes(squashThai(text));

describe("indicator chart printed through LibreOffice", () => {
  const report = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
  const analysis = report.plan.sheets[0];
  const laid = layoutSheet(analysis, report.plan);
  const [chart] = laid.charts;

  test("the analysis prints the chart whole on one page: title, every indicator, the axis, the bars", async () => {
    const pdf = printWorkbook("chart-001", await writeWorkbook(report.plan));
    const pages = pdfPages(pdf);
    const at = pages.findIndex((p) => has(p, chart.chart.title));
    expect(at).toBeGreaterThan(0);
    // Within the analysis: before the question part, which starts a page of its own.
    const questions = pages.findIndex((p) => has(p, th.report.questionSectionTitle("๒๕๖๘")));
    expect(at).toBeLessThan(questions);
    const page = pages[at];
    for (const name of chart.chart.categories) expect({ name, printed: has(page, name) }).toEqual({ name, printed: true });
    expect(has(page, chart.chart.axis.title)).toBe(true);
    // Value labels and axis in Thai digits, as in the table.
    expect(page).toContain("๘๘.๗๓");
    expect(page).toContain("๕๐");
    const pixels = barPixels(pdf, at + 1);
    // Ten bars: bar-coloured pixels in many rows of the page, within the chart's share of it.
    expect(pixels.bars).toBeGreaterThan(2000);
    expect(pixels.rows.length).toBeGreaterThan(pixels.height * 0.15);
    // The analysis prints on as many pages as the layout predicts, the chart on the one it predicts.
    expect(pages.findIndex((p) => has(p, th.report.measuresTitle))).toBe(laid.pages);
    expect(pageOfRows(laid.rows, pageBodyPoints(analysis.print, laid.columns), laid.printTitleRows)[chart.row - 1]).toBe(at + 1);
    expect(pdfToPngs(pdf, "chart-001").length).toBe(pages.length);
  });

  test("the chart reads the cells: a score corrected in the sheet is the bar printed", async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook(report.plan));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // The first indicator's score cell, 100 → 55; the chart part's cached values stay as written.
    const ref = `${columnLetters(chart.values.column)}${chart.values.rows[0]}`;
    const cell = new RegExp(`(<c r="${ref}"[^>]*><v>)[^<]*(</v>)`);
    expect(cell.test(sheet)).toBe(true);
    zip.file("xl/worksheets/sheet1.xml", sheet.replace(cell, "$155$2"));
    const pdf = printWorkbook("chart-001-corrected", await zip.generateAsync({ type: "uint8array" }));
    const pages = pdfPages(pdf);
    const page = pages.find((p) => has(p, chart.chart.title))!;
    expect(page).toContain("๕๕.๐๐");
  });

  test("a chart shrunk to the rest of the table's page prints there, whole", async () => {
    const small = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv")), { settings: { digits: "arabic", font: { name: "TH Sarabun New", size: 13 } } });
    const sheet = small.plan.sheets[0];
    const laidSmall = layoutSheet(sheet, small.plan);
    const [shrunk] = laidSmall.charts;
    expect(shrunk.height).toBeLessThan(shrunk.chart.height);
    const pdf = printWorkbook("chart-2565-shrunk", await writeWorkbook(small.plan));
    const pages = pdfPages(pdf);
    const predicted = pageOfRows(laidSmall.rows, pageBodyPoints(sheet.print, laidSmall.columns), laidSmall.printTitleRows);
    const at = pages.findIndex((p) => has(p, shrunk.chart.title));
    expect(at + 1).toBe(predicted[shrunk.row - 1]);
    // The last indicator of the table is on that page too, and every bar's label.
    const lastName = shrunk.chart.categories[shrunk.chart.categories.length - 1];
    expect(squashThai(pages[at]).split(squashThai(lastName)).length - 1).toBeGreaterThanOrEqual(2);
    for (const name of shrunk.chart.categories) expect(has(pages[at], name)).toBe(true);
    expect(pages[at]).toContain(shrunk.chart.values[shrunk.chart.values.length - 1].toFixed(2));
    // (The sheet's page count is not checked here: at 14 pt this paste's question table prints on
    // one page fewer than the layout predicts, with or without the chart.)
    pdfToPngs(pdf, "chart-2565-shrunk");
  });
});
