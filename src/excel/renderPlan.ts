/// <reference types="office-js" />
import { columnLetters } from "../core/reader/address";
import type { LaidOutSheet, LaidRow } from "../core/plan/layout";
import type { PlanCell, ReportPlan, SheetPlan, StyleName, StyleSpec } from "../core/plan/types";
import { textSafeFormat } from "../core/text/excelText";
import { jsonBytes, rowChunks, write, type Write } from "./batch";
import type { Features } from "./capabilities";
import { DRAFT_FILL, draftFormula } from "../core/plan/draftMark";

/**
 * Applies a laid-out sheet (core/plan/layout.ts, shared with the .xlsx writer so both agree
 * cell for cell) to a worksheet through Office.js, as a list of writes the caller queues in as
 * few requests as the payload limit allows: values as whole 2-D blocks (number formats first:
 * Text where a string would otherwise become a formula, number or date), formats per rectangle of equal style, merges, row heights, column
 * widths and, with ExcelApi 1.9, the print setup.
 */

/** Excel column width in characters (Calibri 11, 7-pixel digits, as .xlsx stores it) → points. */
export function charsToPoints(chars: number): number {
  const maxDigit = 7;
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / maxDigit)) / 256) * maxDigit);
  return pixels * 0.75;
}

/** Row heights above this are refused by Excel. */
const MAX_ROW_HEIGHT = 409;

/**
 * Number format of a plan cell: numbers keep theirs; Text only for a string Excel would not keep
 * as typed (core/text/excelText.ts); General everywhere else, so what a user types later into
 * the follow-up sheet (numbers, formulas) works.
 */
export function numberFormatOf(cell: PlanCell): string {
  return typeof cell.value === "number" ? cell.numberFormat ?? "0.00" : textSafeFormat(cell.value);
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface StyleRect extends Rect {
  style: StyleName;
}

export type BorderRect = Rect;

/**
 * Joins runs of equal cells in a row (by `keyOf`, undefined = none) with the same run in the
 * row above, into rectangles: one format call per rectangle instead of one per cell.
 */
function rectangles<K extends string>(laid: LaidOutSheet, keyOf: (row: LaidRow, cell: PlanCell) => K | undefined): (Rect & { key: K })[] {
  const done: (Rect & { key: K })[] = [];
  let open = new Map<string, Rect & { key: K }>();
  for (const row of laid.rows) {
    const next = new Map<string, Rect & { key: K }>();
    let c = 0;
    while (c < row.cells.length) {
      const key = keyOf(row, row.cells[c]);
      let end = c;
      while (end + 1 < row.cells.length && keyOf(row, row.cells[end + 1]) === key) end++;
      if (key !== undefined) {
        const id = `${c + 1}-${end + 1}-${key}`;
        const above = open.get(id);
        if (above && above.bottom === row.row - 1) {
          above.bottom = row.row;
          next.set(id, above);
          open.delete(id);
        } else {
          next.set(id, { top: row.row, bottom: row.row, left: c + 1, right: end + 1, key });
        }
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Rectangles of cells sharing a style. */
export function styleRects(laid: LaidOutSheet): StyleRect[] {
  return rectangles(laid, (_row, cell) => cell.style).map(({ key, ...r }) => ({ ...r, style: key }));
}

/** Rectangles of bordered cells, whatever their style: a whole table is usually one (one set of border calls). */
export function borderRects(laid: LaidOutSheet, plan: ReportPlan): BorderRect[] {
  return rectangles(laid, (_row, cell) => (plan.styles[cell.style].border ? "b" : undefined)).map(({ key: _key, ...r }) => r);
}

/**
 * Consecutive rows of equal explicit height, as [first, last, height]: the rows Excel cannot
 * refit (titles, and rows holding a merged range, which autofit does not grow).
 */
export function heightRuns(laid: LaidOutSheet): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (const row of laid.rows) {
    if (row.autoHeight) continue;
    const h = Math.min(MAX_ROW_HEIGHT, row.height);
    const last = runs[runs.length - 1];
    if (last && last[1] === row.row - 1 && last[2] === h) last[1] = row.row;
    else runs.push([row.row, row.row, h]);
  }
  return runs;
}

const HORIZONTAL: Record<NonNullable<StyleSpec["horizontal"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
  centerAcross: "CenterAcrossSelection" as Excel.HorizontalAlignment,
};

function address(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

/** Borders of a bordered rectangle. */
function borderWrites(ws: Excel.Worksheet, rect: BorderRect): Write[] {
  const range = ws.getRange(address(rect.top, rect.left, rect.bottom, rect.right));
  const sides: Excel.BorderIndex[] = ["EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
  if (rect.right > rect.left) sides.push("InsideVertical" as Excel.BorderIndex);
  sides.push("EdgeTop" as Excel.BorderIndex, "EdgeBottom" as Excel.BorderIndex);
  if (rect.bottom > rect.top) sides.push("InsideHorizontal" as Excel.BorderIndex);
  return sides.map((side) =>
    write(side, () => {
      const border = range.format.borders.getItem(side);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.weight = "Thin" as Excel.BorderWeight;
      border.color = "#000000";
    }, 4),
  );
}

function styleWrites(ws: Excel.Worksheet, rect: StyleRect, plan: ReportPlan): Write {
  const spec = plan.styles[rect.style];
  const range = ws.getRange(address(rect.top, rect.left, rect.bottom, rect.right));
  return write(spec, () => {
    range.format.horizontalAlignment = HORIZONTAL[spec.horizontal ?? "left"];
    range.format.verticalAlignment = (spec.vertical === "middle" ? "Center" : spec.vertical === "bottom" ? "Bottom" : "Top") as Excel.VerticalAlignment;
    range.format.wrapText = spec.wrap ?? false;
    if (spec.bold) range.format.font.bold = true;
    if (spec.italic) range.format.font.italic = true;
    if (spec.color) range.format.font.color = `#${spec.color}`;
    if (spec.sizeDelta) range.format.font.size = plan.font.size + spec.sizeDelta;
    if (spec.fill) range.format.fill.color = `#${spec.fill}`;
  }, 3 + [spec.bold, spec.italic, spec.color, spec.sizeDelta, spec.fill].filter(Boolean).length);
}

/** Cells, formats, merges, heights and widths of one sheet. */
export function sheetWrites(ws: Excel.Worksheet, sheet: SheetPlan, plan: ReportPlan, laid: LaidOutSheet, budget: number): Write[] {
  const out: Write[] = [];
  laid.columns.forEach((width, i) => {
    const column = columnLetters(i + 1);
    out.push(write(width, () => (ws.getRange(`${column}:${column}`).format.columnWidth = charsToPoints(width))));
  });
  if (laid.rows.length === 0) return out;
  const last = laid.rows[laid.rows.length - 1].row;
  out.push(
    write(plan.font, () => {
      const font = ws.getRange(address(1, 1, last, laid.width)).format.font;
      font.name = plan.font.name;
      font.size = plan.font.size;
    }, 2),
  );
  // Each block: number formats first (Text only where a string needs it), then the values.
  const sizeOf = (row: LaidRow) => jsonBytes(row.cells.map((c) => c.value)) + jsonBytes(row.cells.map(numberFormatOf));
  for (const chunk of rowChunks(laid.rows, budget / 2, sizeOf)) {
    const formats = chunk.map((row) => row.cells.map(numberFormatOf));
    const values = chunk.map((row) => row.cells.map((c) => c.value ?? ""));
    const range = ws.getRange(address(chunk[0].row, 1, chunk[chunk.length - 1].row, laid.width));
    out.push(write(formats, () => (range.numberFormat = formats)));
    out.push(write(values, () => (range.values = values)));
  }
  for (const rect of styleRects(laid)) out.push(styleWrites(ws, rect, plan));
  for (const rect of borderRects(laid, plan)) out.push(...borderWrites(ws, rect));
  for (const row of laid.rows) {
    for (const m of row.merges) out.push(write(m, () => ws.getRange(address(row.row, m.from, row.row, m.to)).merge(false)));
  }
  for (const [first, lastRow, height] of heightRuns(laid)) {
    out.push(write(height, () => (ws.getRange(`${first}:${lastRow}`).format.rowHeight = height)));
  }
  // Table rows get the height Excel computes with the font it has, after values and formats
  // (queued in order, so no extra round trip); a user's edit refits them the same way.
  for (const [first, lastRow] of autofitRuns(laid)) {
    out.push(write("autofit", () => ws.getRange(address(first, 1, lastRow, laid.width)).format.autofitRows()));
  }
  return out;
}

/** One page wide, as many pages tall as it takes. */
export const FIT_TO_WIDTH = { horizontalFitToPages: 1, verticalFitToPages: 0 } as const;

/** Consecutive auto-height rows (unmerged table rows), as [first, last]. */
export function autofitRuns(laid: LaidOutSheet): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of laid.rows) {
    if (!row.autoHeight) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === row.row - 1) last[1] = row.row;
    else runs.push([row.row, row.row]);
  }
  return runs;
}

/** Tab colour, gridlines, page breaks and page setup, each only where the host supports it. */
export function sheetSetupWrites(ws: Excel.Worksheet, sheet: SheetPlan, plan: ReportPlan, laid: LaidOutSheet, features: Features): Write[] {
  const out: Write[] = [];
  if (features.tabColor && sheet.tabColor) out.push(write(sheet.tabColor, () => (ws.tabColor = `#${sheet.tabColor}`)));
  if (features.gridlines) out.push(write(false, () => (ws.showGridlines = false)));
  if (!features.printSetup) return out;
  for (const row of laid.rows) {
    if (row.pageBreakBefore && row.row > 1) out.push(write(row.row, () => ws.horizontalPageBreaks.add(`A${row.row}`)));
  }
  const p = sheet.print;
  const footer = `&"${plan.font.name},Regular"&${Math.max(10, plan.font.size - 2)}${p.footer}`;
  out.push(
    write([p, footer], () => {
      const layout = ws.pageLayout;
      layout.orientation = (p.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
      layout.paperSize = "A4" as Excel.PaperType;
      // Assigned as a whole object: Excel ignores changes to a field of the object read back.
      if (p.fitToWidth) layout.zoom = { ...FIT_TO_WIDTH };
      layout.setPrintMargins("Inches" as Excel.PrintMarginUnit, { ...p.margins });
      layout.centerHorizontally = p.centerHorizontally;
      // Each document is numbered on its own, from page 1.
      layout.firstPageNumber = 1;
      layout.headersFooters.defaultForAllPages.centerFooter = footer;
      // A cover (or a memo's first page) prints no page number.
      if (p.firstFooter !== undefined) {
        layout.headersFooters.state = "FirstAndDefault" as Excel.HeaderFooterState;
        layout.headersFooters.firstPage.centerFooter = p.firstFooter === "" ? "" : `&"${plan.font.name},Regular"&${Math.max(10, plan.font.size - 2)}${p.firstFooter}`;
      }
      if (laid.printTitleRows) layout.setPrintTitleRows(`$${laid.printTitleRows[0]}:$${laid.printTitleRows[1]}`);
    }, p.firstFooter !== undefined ? 11 : 9),
  );
  if (features.images) out.push(...imageWrites(ws, sheet, laid));
  return out;
}

/**
 * Software notes as cell notes (ExcelApi 1.18) and draft marks (1.6): a conditional fill while
 * the cell still holds its drafted text. Neither prints but the light fill of an unedited draft.
 */
export function annotationWrites(ws: Excel.Worksheet, laid: LaidOutSheet, features: Features): Write[] {
  const out: Write[] = [];
  for (const row of laid.rows) {
    row.cells.forEach((cell, i) => {
      const ref = `${columnLetters(i + 1)}${row.row}`;
      if (cell.note && features.notes) {
        const note = cell.note;
        out.push(write([ref, note], () => ws.notes.add(ref, note)));
      }
      if (cell.draft && features.draftMarks && typeof cell.value === "string" && cell.value !== "") {
        const formula = `=${draftFormula(ref, cell.value)}`;
        out.push(
          write(formula, () => {
            const cf = ws.getRange(ref).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
            cf.custom.rule.formula = formula;
            cf.custom.format.fill.color = `#${DRAFT_FILL}`;
          }, 3),
        );
      }
    });
  }
  return out;
}

/** Name of the pictures we place, so a later generation finds and removes them. */
export const IMAGE_NAME = "itas-report-emblem";

/** The plan's pictures (the memo's emblem) over their cells, in points. */
export function imageWrites(ws: Excel.Worksheet, sheet: SheetPlan, laid: LaidOutSheet): Write[] {
  return (sheet.images ?? []).map((image) =>
    write(image.base64, () => {
      const shape = ws.shapes.addImage(image.base64);
      shape.name = IMAGE_NAME;
      shape.left = laid.columns.slice(0, image.column - 1).reduce((sum, w) => sum + charsToPoints(w), 0) + 2;
      shape.top = laid.rows.filter((r) => r.row < image.row).reduce((sum, r) => sum + r.height, 0) + 2;
      shape.width = image.width;
      shape.height = image.height;
    }, 6),
  );
}

/** Empties a sheet we wrote before, formats, merges, heights and breaks included. */
export function resetSheetWrites(ws: Excel.Worksheet, features: Features): Write[] {
  return [
    write("reset", () => {
      const all = ws.getRange();
      all.unmerge();
      all.clear("All" as Excel.ClearApplyTo);
      // ExcelApi 1.7. Without it the old heights and widths stay until the new ones are set:
      // every laid-out row and every plan column gets its own, so only rows past the new end
      // keep an old height, and they are empty.
      if (features.standardSizes) {
        all.format.useStandardHeight = true;
        all.format.useStandardWidth = true;
      }
      if (features.printSetup) ws.horizontalPageBreaks.removePageBreaks();
      // Clearing "All" takes the cells' notes too; the draft marks are taken explicitly.
      if (features.draftMarks) all.conditionalFormats.clearAll();
    }, 6),
  ];
}
