import { textSafeFormat } from "../core/text/excelText";
import ExcelJS from "exceljs";
import { DRAFT_FILL, draftFormula } from "../core/plan/draftMark";
import { layoutSheet, type LaidOutSheet } from "../core/plan/layout";
import { columnLetters } from "../core/reader/address";
import type { PlanCell, ReportPlan, SheetPlan, StyleSpec } from "../core/plan/types";
import { withAutoHeightRows, type AutoHeightRows } from "./autoHeightRows";
import { withCharts, type SheetCharts } from "./chartPart";

/**
 * Renders a report plan to an .xlsx file with ExcelJS. Runs in Node and in the browser
 * (the browser page loads it only when the user asks for a workbook).
 */
export async function writeWorkbook(plan: ReportPlan): Promise<Uint8Array> {
  const { workbook, autoHeight, charts } = buildWorkbookWithRows(plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return withCharts(await withAutoHeightRows(new Uint8Array(buffer as ArrayBuffer), autoHeight), charts);
}

/** The workbook as ExcelJS holds it (every row it writes with a height is marked manually sized). */
export function buildWorkbook(plan: ReportPlan): ExcelJS.Workbook {
  return buildWorkbookWithRows(plan).workbook;
}

function buildWorkbookWithRows(plan: ReportPlan): { workbook: ExcelJS.Workbook; autoHeight: AutoHeightRows; charts: SheetCharts } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "itas-report";
  wb.title = plan.meta.title;
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const autoHeight: AutoHeightRows = new Map();
  const charts: SheetCharts = new Map();
  for (const sheet of plan.sheets) {
    const ws = renderSheet(wb, sheet, plan);
    autoHeight.set(ws.id, ws.rows);
    if (ws.laid.charts.length > 0) charts.set(ws.id, { name: sheet.name, charts: ws.laid.charts, columns: ws.laid.columns, font: plan.font });
  }
  return { workbook: wb, autoHeight, charts };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDERS: Partial<ExcelJS.Borders> = { left: THIN, right: THIN, top: THIN, bottom: THIN };

function renderSheet(wb: ExcelJS.Workbook, sheet: SheetPlan, plan: ReportPlan): { id: number; rows: Set<number>; laid: LaidOutSheet } {
  const p = sheet.print;
  const ws = wb.addWorksheet(sheet.name, {
    properties: { tabColor: sheet.tabColor ? { argb: `FF${sheet.tabColor}` } : undefined },
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: p.centerHorizontally,
      margins: p.margins,
      // Each document is numbered on its own, from page 1.
      firstPageNumber: 1,
    },
  });
  ws.headerFooter.oddFooter = `&C&"${plan.font.name},Regular"&${Math.max(10, plan.font.size - 2)}${p.footer}`;
  // A cover (or a memo's first page) prints no page number.
  if (p.firstFooter !== undefined) {
    ws.headerFooter.differentFirst = true;
    ws.headerFooter.firstFooter = p.firstFooter === "" ? "&C" : `&C&"${plan.font.name},Regular"&${Math.max(10, plan.font.size - 2)}${p.firstFooter}`;
  }
  for (const image of sheet.images ?? []) {
    const id = wb.addImage({ base64: image.base64, extension: image.extension });
    // ExcelJS places pictures in pixels (96 per inch).
    ws.addImage(id, { tl: { col: image.column - 1, row: image.row - 1 }, ext: { width: (image.width * 96) / 72, height: (image.height * 96) / 72 }, editAs: "oneCell" });
  }
  const laid = layoutSheet(sheet, plan);
  ws.columns = laid.columns.map((width) => ({ width }));
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const autoHeight = new Set<number>();
  let priority = 0;
  for (const row of laid.rows) {
    const xr = ws.getRow(row.row);
    // Every row stores the height LibreOffice prints; auto-height rows lose the manual flag below.
    xr.height = row.height;
    if (row.autoHeight) autoHeight.add(row.row);
    row.cells.forEach((cell, i) => {
      const xc = xr.getCell(i + 1);
      writeValue(xc, cell);
      xc.style = styleFor(cell, plan, styleCache);
      // Notes and draft marks show on screen only: Excel prints neither notes nor, here, any mark
      // but a light fill while the draft is unedited.
      if (cell.note) xc.note = cell.note;
      if (cell.draft && typeof cell.value === "string" && cell.value !== "") {
        const ref = `${columnLetters(i + 1)}${row.row}`;
        ws.addConditionalFormatting({
          ref,
          rules: [{ type: "expression", priority: ++priority, formulae: [draftFormula(ref, cell.value)], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${DRAFT_FILL}` } } } }],
        });
      }
    });
    for (const m of row.merges) ws.mergeCells(row.row, m.from, row.row, m.to);
    // Only where a new part must start a page: inside tables the application breaks pages.
    if (row.pageBreakBefore && row.row > 1) ws.getRow(row.row - 1).addPageBreak();
  }
  if (laid.printTitleRows) ws.pageSetup.printTitlesRow = `${laid.printTitleRows[0]}:${laid.printTitleRows[1]}`;
  return { id: ws.id, rows: autoHeight, laid };
}

/** Strings go in as shared strings (never formulas), numbers as numbers. */
function writeValue(xc: ExcelJS.Cell, cell: PlanCell): void {
  if (cell.value === null || cell.value === "") return;
  xc.value = cell.value;
}

function styleFor(cell: PlanCell, plan: ReportPlan, cache: Map<string, Partial<ExcelJS.Style>>): Partial<ExcelJS.Style> {
  // Strings are shared strings, text whatever their format; "@" only keeps the ones Excel would
  // convert as text when a user edits them, and other cells stay General for what users type.
  const numFmt = typeof cell.value === "number" ? cell.numberFormat ?? "0.00" : textSafeFormat(cell.value);
  const key = `${cell.style}|${numFmt}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const spec: StyleSpec = plan.styles[cell.style];
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: plan.font.name,
      size: plan.font.size + (spec.sizeDelta ?? 0),
      bold: spec.bold ?? false,
      italic: spec.italic ?? false,
      ...(spec.color ? { color: { argb: `FF${spec.color}` } } : {}),
    },
    alignment: {
      horizontal: spec.horizontal === "centerAcross" ? "centerContinuous" : spec.horizontal ?? "left",
      vertical: spec.vertical ?? "top",
      wrapText: spec.wrap ?? false,
    },
    numFmt,
    ...(spec.border ? { border: BORDERS } : {}),
    ...(spec.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${spec.fill}` } } as ExcelJS.Fill } : {}),
  };
  cache.set(key, style);
  return style;
}
