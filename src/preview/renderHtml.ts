import { layoutSheet, type LaidOutSheet, type LaidRow } from "../core/plan/layout";
import { A4, bodyWidthPoints, fitScale, pageBodyPoints } from "../core/plan/page";
import { pageStarts } from "../core/plan/paginate";
import { libreOfficeColumnPoints, linePitch, wrapLines } from "../core/plan/textMetrics";
import type { PlanCell, PrintSetup, ReportPlan, SheetPlan, SheetRole, StyleSpec } from "../core/plan/types";
import { chartSvg } from "./chartSvg";
import { escapeHtml } from "./escape";
import { formatNumber } from "./numberFormat";

export { escapeHtml } from "./escape";

/**
 * The third renderer of the report plan: each sheet as an HTML document of A4 pages, for the
 * preview before anything is written. It draws the LAID-OUT rows (core/plan/layout.ts), the same
 * the .xlsx writer and the Office.js renderer apply, broken into pages where the pagination model
 * (core/plan/paginate.ts) says the application breaks them, each cell's text in the lines the
 * model wraps it in. So whatever a block becomes in rows shows here without changes. Pure: a
 * string out, nothing of the DOM; every text from the plan is escaped (it comes from a paste).
 */

export interface PreviewDocument {
  name: string;
  role: SheetRole;
  /** Printed pages, as the layout counts them. */
  pages: number;
  orientation: PrintSetup["orientation"];
  /** A whole HTML document (for an iframe's srcdoc). */
  html: string;
}

/**
 * A picture on a sheet (an emblem, a chart) as a laid-out sheet may list it under `images` or
 * `charts`: anchored at the top left of a cell (1-based), sized in points. The preview draws it on
 * the page its row prints on. Either image bytes (base64) or an SVG text.
 */
export interface SheetPicture {
  row: number;
  column: number;
  width: number;
  height: number;
  base64?: string;
  extension?: "png" | "jpeg";
  svg?: string;
}

/** Every sheet of the plan, in order. */
export function previewDocuments(plan: ReportPlan): PreviewDocument[] {
  return plan.sheets.map((sheet) => {
    const { html, pages } = renderSheetHtml(sheet, plan);
    return { name: sheet.name, role: sheet.role, pages, orientation: sheet.print.orientation, html };
  });
}

/** The laid-out rows of each printed page, with the repeated header rows on top of the pages after them. */
export interface PreviewPage {
  rows: { row: LaidRow; repeated: boolean }[];
}

export function previewPages(laid: LaidOutSheet, print: PrintSetup): PreviewPage[] {
  const body = pageBodyPoints(print, laid.columns);
  const starts = pageStarts(laid.rows, body, laid.printTitleRows);
  const titles = laid.printTitleRows;
  return starts.map((start, p) => {
    const end = starts[p + 1] ?? laid.rows.length;
    const own = laid.rows.slice(start, end).map((row) => ({ row, repeated: false }));
    if (p === 0 || !titles || own.length === 0 || own[0].row.row <= titles[1]) return { rows: own };
    const repeated = laid.rows.filter((r) => r.row >= titles[0] && r.row <= titles[1]).map((row) => ({ row, repeated: true }));
    return { rows: [...repeated, ...own] };
  });
}

/** One sheet as an HTML document and the number of pages it prints on. */
export function renderSheetHtml(sheet: SheetPlan, plan: ReportPlan): { html: string; pages: number } {
  return renderLaidOutSheet(layoutSheet(sheet, plan), sheet, plan);
}

/** A sheet already laid out (with whatever pictures its layout lists) as an HTML document. */
export function renderLaidOutSheet(laid: LaidOutSheet, sheet: SheetPlan, plan: ReportPlan): { html: string; pages: number } {
  const pages = previewPages(laid, sheet.print);
  const geometry = geometryOf(sheet.print, laid.columns);
  const pictures = picturesOf(laid, geometry, plan.font.name);
  const body = pages.map((page, p) => pageHtml(page, p + 1, pages.length, sheet, plan, laid, geometry, pictures)).join("\n");
  const html = [
    "<!DOCTYPE html>",
    '<html lang="th"><head><meta charset="utf-8">',
    `<title>${escapeHtml(sheet.name)}</title>`,
    `<style>${css(sheet.print, geometry, plan)}</style>`,
    "</head>",
    `<body><main class="sheet" data-sheet="${escapeHtml(sheet.name)}" data-pages="${pages.length}">`,
    body,
    "</main></body></html>",
  ].join("\n");
  return { html, pages: pages.length };
}


interface Geometry {
  /** Paper in points. */
  width: number;
  height: number;
  scale: number;
  /** Column widths on paper, in points (scaled). */
  columns: number[];
  /** Left edge of the table and top of the body on paper, in points. */
  left: number;
  top: number;
}

function geometryOf(print: PrintSetup, units: readonly number[]): Geometry {
  const landscape = print.orientation === "landscape";
  const width = landscape ? A4.long : A4.short;
  const height = landscape ? A4.short : A4.long;
  const scale = fitScale(print, units);
  const columns = units.map((u) => libreOfficeColumnPoints(u) * scale);
  const tableWidth = columns.reduce((a, b) => a + b, 0);
  const marginLeft = print.margins.left * 72;
  const left = print.centerHorizontally ? marginLeft + Math.max(0, (bodyWidthPoints(print) - tableWidth) / 2) : marginLeft;
  return { width, height, scale, columns, left, top: print.margins.top * 72 };
}

/** A length in points on paper, drawn at the preview's zoom (`--u` is one point on screen). */
const u = (points: number) => `calc(${round(points)} * var(--u))`;
const round = (n: number) => String(Math.round(n * 100) / 100);

function css(print: PrintSetup, g: Geometry, plan: ReportPlan): string {
  return [
    // One point of paper on screen: the page as wide as the frame allows, at most its real size.
    `:root{--u:min(calc((100vw - 40px) / ${round(g.width)}), 1.3333px);--b:max(1px, calc(0.5 * var(--u)));color-scheme:light}`,
    "html,body{margin:0;padding:0}",
    `body{background:#e6e6e6;padding:12px 0;font-family:${fontStack(plan.font.name)};color:#000}`,
    `.page{position:relative;box-sizing:border-box;width:${u(g.width)};height:${u(g.height)};margin:0 auto 16px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.35);overflow:hidden}`,
    `.body{position:absolute;left:${u(g.left)};top:${u(g.top)}}`,
    "table{border-collapse:collapse;table-layout:fixed}",
    // Narrower padding than the 3 pt the model wraps in: the browser's glyphs, a hair wider than
    // LibreOffice's, then keep the model's lines instead of taking one more.
    `td{padding:0 ${u(1 * g.scale)};overflow:visible;white-space:pre-wrap;overflow-wrap:normal;word-break:normal}`,
    "td.nowrap{white-space:pre}",
    ".draft{outline:var(--b) dashed #1f3864;outline-offset:calc(-2 * var(--b))}",
    `.footer{position:absolute;left:0;right:0;bottom:${u(print.margins.footer * 72)};text-align:center;white-space:pre}`,
    ".picture{position:absolute;display:block}",
    `@page{size:A4 ${print.orientation};margin:0}`,
    "@media print{:root{--u:1pt;--b:0.5pt}body{background:none;padding:0}.page{margin:0;box-shadow:none;break-after:page}}",
  ].join("\n");
}

/** The plan's font, then fonts of the same design and Thai fonts most computers have. */
function fontStack(name: string): string {
  const own = name.replace(/["'\\<>;{}]/g, "").trim();
  const fallbacks = ["TH SarabunPSK", "TH Sarabun New", "Laksaman", "Sarabun", "Leelawadee UI", "Leelawadee", "Tahoma"];
  return [...new Set([own, ...fallbacks].filter((f) => f !== ""))].map((f) => `"${f}"`).join(",") + ",sans-serif";
}

function pageHtml(page: PreviewPage, number: number, total: number, sheet: SheetPlan, plan: ReportPlan, laid: LaidOutSheet, g: Geometry, pictures: SheetPicture[]): string {
  const cols = g.columns.map((w) => `<col style="width:${u(w)}">`).join("");
  const tableWidth = g.columns.reduce((a, b) => a + b, 0);
  const rows = page.rows.map(({ row, repeated }) => rowHtml(row, repeated, plan, laid, g)).join("\n");
  const footer = footerText(sheet.print.footer, number, total);
  const size = Math.max(10, plan.font.size - 2);
  return [
    `<section class="page ${sheet.print.orientation}" data-page="${number}" aria-label="${escapeHtml(footer || String(number))}">`,
    `<div class="body"><table style="width:${u(tableWidth)}"><colgroup>${cols}</colgroup><tbody>`,
    rows,
    "</tbody></table>",
    picturesHtml(page, pictures, g),
    "</div>",
    footer ? `<div class="footer" style="font-size:${u(size)}">${escapeHtml(footer)}</div>` : "",
    "</section>",
  ].join("\n");
}

/** Excel's footer codes: &P the page, &N the pages, && an ampersand; font codes dropped. */
function footerText(footer: string, page: number, pages: number): string {
  return footer
    .replace(/&"[^"]*"/g, "")
    .replace(/&(\d+)/g, "")
    .replace(/&&|&P|&N|&[A-Za-z]/g, (code) => (code === "&&" ? "&" : code === "&P" ? String(page) : code === "&N" ? String(pages) : ""));
}

function rowHtml(row: LaidRow, repeated: boolean, plan: ReportPlan, laid: LaidOutSheet, g: Geometry): string {
  const cells: string[] = [];
  let c = 0;
  while (c < row.cells.length) {
    const cell = row.cells[c];
    const spec = plan.styles[cell.style] ?? {};
    let span = 1;
    const merge = row.merges.find((m) => m.from === c + 1);
    if (merge) span = merge.to - merge.from + 1;
    else if (spec.horizontal === "centerAcross" && cell.value !== null) {
      // Centred across the empty cells of the same style after it, as Excel's "centre across selection".
      while (c + span < row.cells.length && row.cells[c + span].value === null && row.cells[c + span].style === cell.style && !row.merges.some((m) => m.from === c + span + 1)) span++;
    }
    const widthUnits = laid.columns.slice(c, c + span).reduce((a, b) => a + b, 0);
    cells.push(cellHtml(cell, spec, span, widthUnits, plan, g));
    c += span;
  }
  const attrs = `data-row="${row.row}"${repeated ? ' data-repeat="true"' : ""}`;
  return `<tr ${attrs} style="height:${u(row.height * g.scale)}">${cells.join("")}</tr>`;
}

function cellHtml(cell: PlanCell, spec: StyleSpec, span: number, widthUnits: number, plan: ReportPlan, g: Geometry): string {
  const size = plan.font.size + (spec.sizeDelta ?? 0);
  const styles = [
    `font-size:${u(size * g.scale)}`,
    `line-height:${u(linePitch(size) * g.scale)}`,
    `text-align:${spec.horizontal === "centerAcross" ? "center" : spec.horizontal ?? (typeof cell.value === "number" ? "right" : "left")}`,
    `vertical-align:${spec.vertical === "middle" ? "middle" : spec.vertical === "top" ? "top" : "bottom"}`,
  ];
  if (spec.bold) styles.push("font-weight:bold");
  if (spec.italic) styles.push("font-style:italic");
  const color = hex(spec.color);
  if (color) styles.push(`color:${color}`);
  const fill = hex(spec.fill);
  if (fill) styles.push(`background:${fill}`);
  if (spec.border) styles.push("border:var(--b) solid #000");
  const classes: string[] = [];
  if (spec.wrap === false) classes.push("nowrap");
  if (cell.style === "draft" || flag(cell, "draft")) classes.push("draft");
  const note = textOf(cell, "note");
  const attrs = [
    span > 1 ? ` colspan="${span}"` : "",
    classes.length > 0 ? ` class="${classes.join(" ")}"` : "",
    note ? ` title="${escapeHtml(note)}"` : "",
    ` style="${styles.join(";")}"`,
  ].join("");
  return `<td${attrs}>${escapeHtml(cellText(cell, spec, widthUnits, size))}</td>`;
}

/** What the cell shows: a number in its format; a text in the lines the layout wrapped it in. */
function cellText(cell: PlanCell, spec: StyleSpec, widthUnits: number, size: number): string {
  if (cell.value === null) return "";
  if (typeof cell.value === "number") return formatNumber(cell.value, cell.numberFormat);
  if (spec.wrap === false || cell.value === "") return cell.value;
  // The lines LibreOffice prints (a merged row's height allows for Excel's narrower columns too,
  // but its text runs the full width); the browser still wraps a line its font makes wider.
  return wrapLines(cell.value, widthUnits, size, spec.bold ?? false, "libreoffice").join("\n");
}

const hex = (color: string | undefined): string | undefined => (color && /^[0-9A-Fa-f]{6}$/.test(color) ? `#${color}` : undefined);

/** A marker other parts of the plan may add to a cell (a draft to check, a note), read without trusting its type. */
function flag(cell: PlanCell, key: string): boolean {
  return (cell as unknown as Record<string, unknown>)[key] === true;
}
function textOf(cell: PlanCell, key: string): string | undefined {
  const value = (cell as unknown as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Pictures of a laid-out sheet: the `images` it may list (kept only when well formed) and its
 * charts, drawn as SVG across the sheet's width over their reserved rows.
 */
function picturesOf(laid: LaidOutSheet, g: Geometry, fontName: string): SheetPicture[] {
  const sheet = laid as LaidOutSheet & { images?: unknown };
  const out: SheetPicture[] = [];
  if (Array.isArray(sheet.images)) for (const item of sheet.images as unknown[]) if (isPicture(item)) out.push(item);
  const width = g.columns.reduce((a, b) => a + b, 0) / g.scale;
  for (const chart of laid.charts ?? []) out.push({ row: chart.row, column: 1, width, height: chart.height, svg: chartSvg(chart, width, fontName) });
  return out;
}

function isPicture(x: unknown): x is SheetPicture {
  if (typeof x !== "object" || x === null) return false;
  const p = x as Record<string, unknown>;
  const sized = [p.row, p.column, p.width, p.height].every((n) => typeof n === "number" && Number.isFinite(n) && n > 0);
  const bytes = typeof p.base64 === "string" && /^[A-Za-z0-9+/=\s]+$/.test(p.base64) && (p.extension === "png" || p.extension === "jpeg");
  return sized && (bytes || typeof p.svg === "string");
}

function picturesHtml(page: PreviewPage, pictures: SheetPicture[], g: Geometry): string {
  const out: string[] = [];
  for (const picture of pictures) {
    const at = page.rows.findIndex((r) => !r.repeated && r.row.row === picture.row);
    if (at < 0) continue;
    const top = page.rows.slice(0, at).reduce((s, r) => s + r.row.height * g.scale, 0);
    const left = g.columns.slice(0, picture.column - 1).reduce((a, b) => a + b, 0);
    const src = picture.svg !== undefined ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}` : `data:image/${picture.extension};base64,${(picture.base64 ?? "").replace(/\s/g, "")}`;
    out.push(`<img class="picture" alt="" src="${escapeHtml(src)}" style="left:${u(left)};top:${u(top)};width:${u(picture.width * g.scale)};height:${u(picture.height * g.scale)}">`);
  }
  return out.join("\n");
}
