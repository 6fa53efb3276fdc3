/** Range.format and its parts: alignment, wrap, sizes, autofit, font, fill, borders. */
import { rectRows, type Rect } from "./address";
import { ClientObject } from "./client";
import { eachCell, invalid, normaliseColor, uniform } from "./cells";
import { ErrorCodes, OfficeDoubleError } from "./errors";
import type { Range } from "./range";
import {
  defaultFormat,
  isWholeSheet,
  keyToCell,
  MAX_COLUMN_WIDTH,
  MAX_ROW_HEIGHT,
  STANDARD_COLUMN_WIDTH,
  STANDARD_ROW_HEIGHT,
  type BorderSide,
  type CellFormat,
} from "./state";

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class RangeFormat extends ClientObject {
  private fontProxy?: RangeFont;
  private fillProxy?: RangeFill;
  private bordersProxy?: RangeBorderCollection;

  constructor(readonly range: Range) {
    super(range.context, "RangeFormat");
  }

  protected exists(): boolean {
    return this.range.locate() !== null;
  }

  protected scalarNames(): readonly string[] {
    return ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"];
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "font" ? this.font : name === "fill" ? this.fill : name === "borders" ? this.borders : undefined;
  }

  protected snapshot(name: string): unknown {
    const t = this.range.target();
    switch (name) {
      case "horizontalAlignment":
        return uniform(t, (c) => c?.format.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(t, (c) => c?.format.verticalAlignment ?? "Bottom");
      case "wrapText":
        return uniform(t, (c) => c?.format.wrapText ?? false);
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 16383); c++) widths.add(t.sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        const heights = new Set<number>();
        for (let r = t.rect.top; r <= Math.min(t.rect.bottom, t.rect.top + 100_000); r++) heights.add(t.sheet.rowHeights.get(r) ?? STANDARD_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      }
    }
    throw invalid(`RangeFormat.${name}`);
  }

  get font(): RangeFont {
    this.fontProxy ??= new RangeFont(this.range);
    return this.fontProxy;
  }

  get fill(): RangeFill {
    this.fillProxy ??= new RangeFill(this.range);
    return this.fillProxy;
  }

  get borders(): RangeBorderCollection {
    this.bordersProxy ??= new RangeBorderCollection(this.range);
    return this.bordersProxy;
  }

  get horizontalAlignment(): string { return this.read("horizontalAlignment"); }
  set horizontalAlignment(v: string) {
    this.assign("horizontalAlignment", v, () => {
      if (!HORIZONTAL.includes(v)) throw invalid(`horizontalAlignment "${v}" is not one of ${HORIZONTAL.join(", ")}.`);
      eachCell(this.range.target(), (cell) => (cell.format.horizontalAlignment = v));
    });
  }

  get verticalAlignment(): string { return this.read("verticalAlignment"); }
  set verticalAlignment(v: string) {
    this.assign("verticalAlignment", v, () => {
      if (!VERTICAL.includes(v)) throw invalid(`verticalAlignment "${v}" is not one of ${VERTICAL.join(", ")}.`);
      eachCell(this.range.target(), (cell) => (cell.format.verticalAlignment = v));
    });
  }

  get wrapText(): boolean { return this.read("wrapText"); }
  set wrapText(v: boolean) {
    this.assign("wrapText", v, () => eachCell(this.range.target(), (cell) => (cell.format.wrapText = v === true)));
  }

  /** Points. */
  get columnWidth(): number { return this.read("columnWidth"); }
  set columnWidth(v: number) {
    this.assign("columnWidth", v, () => {
      if (typeof v !== "number" || !(v >= 0) || v > MAX_COLUMN_WIDTH) throw invalid(`columnWidth ${v} is outside 0–${MAX_COLUMN_WIDTH} points.`);
      const { sheet, rect } = this.range.target();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
    }, "1.2");
  }

  /** Points; Excel's limit is 409 (MAX_ROW_HEIGHT). */
  get rowHeight(): number { return this.read("rowHeight"); }
  set rowHeight(v: number) {
    this.assign("rowHeight", v, () => {
      if (typeof v !== "number" || !(v >= 0) || v > MAX_ROW_HEIGHT) throw invalid(`rowHeight ${v} is outside 0–${MAX_ROW_HEIGHT} points.`);
      const { sheet, rect } = this.range.target();
      if (rectRows(rect) > 100_000) throw new OfficeDoubleError(ErrorCodes.notImplemented, "Office double: rowHeight on whole columns is not emulated.");
      for (let r = rect.top; r <= rect.bottom; r++) {
        sheet.rowHeights.set(r, v);
        sheet.autofitRows.delete(r);
      }
    }, "1.2");
  }

  /** ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardheight-member */
  set useStandardHeight(v: boolean) {
    this.assign("useStandardHeight", v, () => {
      if (!v) return;
      const { sheet, rect } = this.range.target();
      for (const r of [...sheet.rowHeights.keys()]) if (r >= rect.top && r <= rect.bottom) sheet.rowHeights.delete(r);
      for (const r of [...sheet.autofitRows]) if (r >= rect.top && r <= rect.bottom) sheet.autofitRows.delete(r);
    }, "1.7");
  }

  /** ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardwidth-member */
  set useStandardWidth(v: boolean) {
    this.assign("useStandardWidth", v, () => {
      if (!v) return;
      const { sheet, rect } = this.range.target();
      for (const c of [...sheet.columnWidths.keys()]) if (c >= rect.left && c <= rect.right) sheet.columnWidths.delete(c);
    }, "1.7");
  }

  /**
   * Rough autofit: lines of wrapped text from the column width and font size. Like Excel, it
   * ignores merged cells, so a merged wrapped cell never grows, and stops at 409 pt. The rows are
   * recorded in `autofitRows` (see ../shared/docs/office-platform.md, "Row heights").
   */
  autofitRows(): void {
    this.queueCall("RangeFormat.autofitRows", null, () => {
      const { sheet, rect } = this.range.target();
      if (isWholeSheet(rect)) throw new OfficeDoubleError(ErrorCodes.notImplemented, "Office double: autofit the rows you wrote, not the whole sheet.");
      const heights = new Map<number, number>();
      for (const [key, cell] of sheet.cells) {
        const { row, column } = keyToCell(key);
        if (row < rect.top || row > rect.bottom || cell.value === null) continue;
        if (sheet.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right && (m.left !== m.right || m.top !== m.bottom))) continue;
        const width = sheet.columnWidths.get(column) ?? STANDARD_COLUMN_WIDTH;
        heights.set(row, Math.max(heights.get(row) ?? 0, estimateHeight(String(cell.value), cell.format, width)));
      }
      for (let r = rect.top; r <= rect.bottom; r++) {
        const h = heights.get(r);
        if (h === undefined || h <= STANDARD_ROW_HEIGHT) sheet.rowHeights.delete(r);
        // Excel stops at its row limit: text beyond it is cut in print.
        else sheet.rowHeights.set(r, Math.min(MAX_ROW_HEIGHT, h));
        sheet.autofitRows.add(r);
      }
    }, "1.2");
  }

  autofitColumns(): void {
    this.queueCall("RangeFormat.autofitColumns", null, () => {
      const { sheet, rect } = this.range.target();
      const widths = new Map<number, number>();
      for (const [key, cell] of sheet.cells) {
        const { row, column } = keyToCell(key);
        if (column < rect.left || column > rect.right || row < rect.top || row > rect.bottom || cell.value === null) continue;
        const longest = Math.max(...String(cell.value).split("\n").map(visibleLength));
        widths.set(column, Math.max(widths.get(column) ?? 0, longest * cell.format.font.size * 0.55 + 6));
      }
      for (const [c, w] of widths) sheet.columnWidths.set(c, Math.min(MAX_COLUMN_WIDTH, w));
    }, "1.2");
  }
}

// Thai above/below vowels and tone marks take no width.
function visibleLength(text: string): number {
  return [...text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "")].length;
}

function estimateHeight(text: string, format: CellFormat, widthPoints: number): number {
  const size = format.font.size;
  const perLine = Math.max(1, Math.floor((widthPoints - 4) / (size * 0.55)));
  const lines = format.wrapText ? text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil(visibleLength(p) / perLine)), 0) : 1;
  return Math.ceil(lines * size * 1.3 + 3);
}

export class RangeFont extends ClientObject {
  constructor(readonly range: Range) {
    super(range.context, "RangeFont");
  }

  protected exists(): boolean {
    return this.range.locate() !== null;
  }

  protected scalarNames(): readonly string[] {
    return ["name", "size", "bold", "italic", "color"];
  }

  protected snapshot(name: string): unknown {
    const key = name as keyof CellFormat["font"];
    return uniform(this.range.target(), (c) => (c?.format.font ?? defaultFormat().font)[key]);
  }

  private set(name: keyof CellFormat["font"], value: unknown, check: () => CellFormat["font"][typeof name]): void {
    this.assign(name, value, () => {
      const v = check();
      eachCell(this.range.target(), (cell) => {
        (cell.format.font as Record<string, unknown>)[name] = v;
      });
    });
  }

  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.set("name", v, () => {
      if (typeof v !== "string" || v === "") throw invalid("font.name must be a non-empty string.");
      return v;
    });
  }

  get size(): number { return this.read("size"); }
  set size(v: number) {
    this.set("size", v, () => {
      if (typeof v !== "number" || v < 1 || v > 409) throw invalid(`font.size ${v} is outside 1–409.`);
      return v;
    });
  }

  get bold(): boolean { return this.read("bold"); }
  set bold(v: boolean) { this.set("bold", v, () => v === true); }

  get italic(): boolean { return this.read("italic"); }
  set italic(v: boolean) { this.set("italic", v, () => v === true); }

  get color(): string { return this.read("color"); }
  set color(v: string) { this.set("color", v, () => normaliseColor(v)); }
}

export class RangeFill extends ClientObject {
  constructor(readonly range: Range) {
    super(range.context, "RangeFill");
  }

  protected exists(): boolean {
    return this.range.locate() !== null;
  }

  protected scalarNames(): readonly string[] {
    return ["color"];
  }

  protected snapshot(): unknown {
    return uniform(this.range.target(), (c) => c?.format.fill ?? "#FFFFFF");
  }

  get color(): string { return this.read("color"); }
  set color(v: string) {
    this.assign("color", v, () => {
      const color = normaliseColor(v);
      eachCell(this.range.target(), (cell) => (cell.format.fill = color));
    });
  }

  clear(): void {
    this.queueCall("RangeFill.clear", null, () => eachCell(this.range.target(), (cell) => (cell.format.fill = null)));
  }
}

const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const;
type BorderIndex = (typeof BORDER_INDEXES)[number];
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export class RangeBorderCollection extends ClientObject {
  constructor(readonly range: Range) {
    super(range.context, "RangeBorderCollection");
  }

  protected exists(): boolean {
    return this.range.locate() !== null;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected snapshot(): unknown {
    return undefined;
  }

  getItem(index: string): RangeBorder {
    if (!(BORDER_INDEXES as readonly string[]).includes(index)) throw invalid(`Border index "${index}" is not one of ${BORDER_INDEXES.join(", ")}.`);
    return new RangeBorder(this.range, index as BorderIndex);
  }
}

/** The cell sides a border index draws, for every cell of the range. */
function sidesOf(index: BorderIndex, rect: Rect, r: number, c: number): BorderSide[] {
  switch (index) {
    case "EdgeTop":
      return r === rect.top ? ["EdgeTop"] : [];
    case "EdgeBottom":
      return r === rect.bottom ? ["EdgeBottom"] : [];
    case "EdgeLeft":
      return c === rect.left ? ["EdgeLeft"] : [];
    case "EdgeRight":
      return c === rect.right ? ["EdgeRight"] : [];
    case "InsideHorizontal":
      return [...(r > rect.top ? (["EdgeTop"] as const) : []), ...(r < rect.bottom ? (["EdgeBottom"] as const) : [])];
    case "InsideVertical":
      return [...(c > rect.left ? (["EdgeLeft"] as const) : []), ...(c < rect.right ? (["EdgeRight"] as const) : [])];
    default:
      return [];
  }
}

export class RangeBorder extends ClientObject {
  constructor(readonly range: Range, readonly sideIndex: BorderIndex) {
    super(range.context, "RangeBorder");
  }

  protected exists(): boolean {
    return this.range.locate() !== null;
  }

  protected scalarNames(): readonly string[] {
    return ["style", "color", "weight", "sideIndex"];
  }

  protected snapshot(name: string): unknown {
    if (name === "sideIndex") return this.sideIndex;
    const t = this.range.target();
    const side: BorderSide = this.sideIndex === "InsideHorizontal" ? "EdgeBottom" : this.sideIndex === "InsideVertical" ? "EdgeRight" : (this.sideIndex as BorderSide);
    return uniform(t, (c) => c?.format.borders[side]?.[name as "style" | "color" | "weight"] ?? (name === "style" ? "None" : name === "color" ? "#000000" : "Thin"));
  }

  private update(property: "style" | "color" | "weight", value: unknown): void {
    this.assign(property, value, () => {
      if (property === "style" && !LINE_STYLES.includes(String(value))) throw invalid(`Border style "${String(value)}" is not one of ${LINE_STYLES.join(", ")}.`);
      if (property === "weight" && !WEIGHTS.includes(String(value))) throw invalid(`Border weight "${String(value)}" is not one of ${WEIGHTS.join(", ")}.`);
      const v = property === "color" ? normaliseColor(value) : String(value);
      const t = this.range.target();
      eachCell(t, (cell, r, c) => {
        for (const side of sidesOf(this.sideIndex, t.rect, r, c)) {
          if (property === "style" && v === "None") {
            delete cell.format.borders[side];
            continue;
          }
          const current = cell.format.borders[side] ?? { style: "Continuous", color: "#000000", weight: "Thin" };
          cell.format.borders[side] = { ...current, [property]: v };
        }
      });
    });
  }

  get style(): string { return this.read("style"); }
  set style(v: string) { this.update("style", v); }

  get color(): string { return this.read("color"); }
  set color(v: string) { this.update("color", v); }

  get weight(): string { return this.read("weight"); }
  set weight(v: string) { this.update("weight", v); }
}
