/**
 * Excel.Range. A range proxy locates its cells when an operation runs
 * (so a range on a sheet added earlier in the same batch works, as in Excel); ranges whose
 * position depends on the workbook (used range, selection) are fixed by the operation that
 * created them.
 */
import { formatRect, intersects, MAX_COLUMNS, MAX_ROWS, parseRect, qualify, rectColumns, rectRows, splitSheet, type Rect } from "./address";
import { ClientObject, type RequestBatch } from "./client";
import { ErrorCodes, OfficeDoubleError } from "./errors";
import { cellInput, eachCell, existingCells, grid, invalid, type Target } from "./cells";
import { RangeFormat } from "./format";
import { ConditionalFormatCollection } from "./annotations";
import { cellKey, defaultFormat, keyToCell, usedRect } from "./state";
import { formulaOf, storeValue, textOf, valueOf, valueTypeOf } from "./values";
import { Worksheet } from "./worksheet";

/** Properties that hold one value per cell. */
const CELL_LEVEL = ["values", "formulas", "numberFormat", "text", "valueTypes"];

/** Entire columns ("A:F") or entire rows ("2:4"). */
export function isUnbounded(r: Rect): boolean {
  return (r.top === 1 && r.bottom === MAX_ROWS) || (r.left === 1 && r.right === MAX_COLUMNS);
}

/** "You cannot set cell-level properties such as values, numberFormat, and formula on an unbounded range." */
function boundedOnly(t: Target, property: string): void {
  if (isUnbounded(t.rect)) {
    throw invalid(`Setting ${property} on the unbounded range ${formatRect(t.rect)} is not allowed: the input request is too large. Write to the cells you mean.`);
  }
}

export class Range extends ClientObject {
  private formatProxy?: RangeFormat;
  private cfProxy?: ConditionalFormatCollection;
  private worksheetProxy?: Worksheet;

  /**
   * `locate` returns the cells, or null when this is a null object; it throws when the range
   * hangs off a null or deleted worksheet.
   */
  constructor(context: RequestBatch, readonly locate: () => Target | null, nullable = false) {
    super(context, "Range");
    if (nullable) this.nullState = "unknown";
  }

  /** Marks when a nullable range's existence becomes visible (the sync that resolved it). */
  setNullState(isNull: boolean): void {
    this.nullState = isNull ? "null" : "present";
  }

  protected exists(): boolean {
    return this.locate() !== null;
  }

  target(): Target {
    const t = this.locate();
    if (!t) throw new OfficeDoubleError(ErrorCodes.invalidObjectPath, "Using a null Range (isNullObject is true).");
    return t;
  }

  protected scalarNames(): readonly string[] {
    return ["address", "addressLocal", "cellCount", "columnCount", "columnIndex", "rowCount", "rowIndex", "values", "formulas", "numberFormat", "text", "valueTypes"];
  }

  protected snapshot(name: string): unknown {
    const t = this.target();
    // Cell-level properties of entire rows or columns come back null:
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded
    if (CELL_LEVEL.includes(name) && isUnbounded(t.rect)) return null;
    switch (name) {
      case "address":
      case "addressLocal":
        return qualify(t.sheet.name, t.rect);
      case "cellCount":
        return rectRows(t.rect) * rectColumns(t.rect);
      case "columnCount":
        return rectColumns(t.rect);
      case "rowCount":
        return rectRows(t.rect);
      case "columnIndex":
        return t.rect.left - 1;
      case "rowIndex":
        return t.rect.top - 1;
      case "values":
        return grid(t, valueOf);
      case "formulas":
        return grid(t, formulaOf);
      case "numberFormat":
        return grid(t, (c) => c?.format.numberFormat ?? "General");
      case "text":
        return grid(t, textOf);
      case "valueTypes":
        return grid(t, valueTypeOf);
    }
    throw invalid(`Range.${name}`);
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string { return this.read("address"); }
  get addressLocal(): string { return this.read("addressLocal"); }
  get cellCount(): number { return this.read("cellCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get text(): string[][] { return this.read("text"); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }

  get values(): unknown[][] { return this.read("values"); }
  set values(input: unknown) {
    this.assign("values", input, () => {
      const t = this.target();
      boundedOnly(t, "values");
      const at = cellInput(t, input, "values");
      eachCell(t, (cell, r, c) => storeValue(cell, at(r, c), "values"));
    });
  }

  get formulas(): unknown[][] { return this.read("formulas"); }
  set formulas(input: unknown) {
    this.assign("formulas", input, () => {
      const t = this.target();
      boundedOnly(t, "formulas");
      const at = cellInput(t, input, "formulas");
      eachCell(t, (cell, r, c) => storeValue(cell, at(r, c), "formulas"));
    });
  }

  get numberFormat(): string[][] { return this.read("numberFormat"); }
  set numberFormat(input: unknown) {
    this.assign("numberFormat", input, () => {
      const t = this.target();
      boundedOnly(t, "numberFormat");
      const at = cellInput(t, input, "numberFormat");
      eachCell(t, (cell, r, c) => {
        const f = at(r, c);
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw invalid(`numberFormat must be strings, got ${JSON.stringify(f)}.`);
        cell.format.numberFormat = f;
      });
    });
  }

  get conditionalFormats(): ConditionalFormatCollection {
    this.cfProxy ??= new ConditionalFormatCollection(this);
    return this.cfProxy;
  }

  get format(): RangeFormat {
    this.formatProxy ??= new RangeFormat(this);
    return this.formatProxy;
  }

  get worksheet(): Worksheet {
    this.worksheetProxy ??= new Worksheet(this.context, () => this.target().sheet);
    return this.worksheetProxy;
  }

  private derived(fn: (rect: Rect) => Rect, minApi?: string): Range {
    if (minApi) this.context.enqueue(`Range.derive`, null, () => undefined, minApi);
    return new Range(this.context, () => {
      const t = this.target();
      const rect = fn(t.rect);
      if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS || rect.bottom < rect.top || rect.right < rect.left) {
        throw invalid(`The derived range falls outside the sheet.`);
      }
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, column: number): Range {
    return this.derived((r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived((r) => ({ top: r.top + rowOffset, left: r.left + columnOffset, bottom: r.bottom + rowOffset, right: r.right + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived((r) => ({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }), "1.2");
  }

  getRow(index: number): Range {
    return this.derived((r) => ({ ...r, top: r.top + index, bottom: r.top + index }));
  }

  getColumn(index: number): Range {
    return this.derived((r) => ({ ...r, left: r.left + index, right: r.left + index }));
  }

  getEntireRow(): Range {
    return this.derived((r) => ({ ...r, left: 1, right: MAX_COLUMNS }));
  }

  getEntireColumn(): Range {
    return this.derived((r) => ({ ...r, top: 1, bottom: MAX_ROWS }));
  }

  /** ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getlastrow-member(1) */
  getLastRow(): Range {
    return this.derived((r) => ({ ...r, top: r.bottom }));
  }

  /** ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getlastcolumn-member(1) */
  getLastColumn(): Range {
    return this.derived((r) => ({ ...r, left: r.right }));
  }

  /**
   * The used cells inside this range. ExcelApi 1.1, `valuesOnly` 1.2. On a range with no used
   * cell it throws ItemNotFound (the worksheet's own getUsedRange gives A1 instead):
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)
   */
  getUsedRange(valuesOnly?: boolean): Range {
    return this.usedWithin("throw", valuesOnly === undefined ? undefined : "1.2", valuesOnly ?? false);
  }

  /** ExcelApi 1.4: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1) */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.usedWithin("null", "1.4", valuesOnly ?? false);
  }

  /**
   * Worksheet.getUsedRange: "If the entire worksheet is blank, this function will return the top
   * left cell" (ExcelApi 1.1, `valuesOnly` 1.2):
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
   */
  sheetUsedRange(valuesOnly?: boolean): Range {
    return this.usedWithin("topLeft", valuesOnly === undefined ? undefined : "1.2", valuesOnly ?? false);
  }

  private usedWithin(whenEmpty: "null" | "throw" | "topLeft", minApi: string | undefined, valuesOnly: boolean): Range {
    const nullable = whenEmpty === "null";
    let memo: Target | null | undefined;
    const range = new Range(
      this.context,
      () => {
        if (memo === undefined) throw new OfficeDoubleError(ErrorCodes.invalidObjectPath, "Used range used before it was resolved.");
        return memo;
      },
      nullable,
    );
    this.context.enqueue(
      nullable ? "Range.getUsedRangeOrNullObject" : "Range.getUsedRange",
      valuesOnly,
      () => {
        const t = this.target();
        const used = usedRect(t.sheet, valuesOnly);
        const inside = used && intersects(used, t.rect)
          ? { top: Math.max(used.top, t.rect.top), left: Math.max(used.left, t.rect.left), bottom: Math.min(used.bottom, t.rect.bottom), right: Math.min(used.right, t.rect.right) }
          : undefined;
        if (!inside && whenEmpty === "throw") {
          throw new OfficeDoubleError(ErrorCodes.itemNotFound, "The requested resource doesn't exist: the range has no used cells.", "Range.getUsedRange");
        }
        memo = inside ? { sheet: t.sheet, rect: inside } : nullable ? null : { sheet: t.sheet, rect: { top: t.rect.top, left: t.rect.left, bottom: t.rect.top, right: t.rect.left } };
        const isNull = memo === null;
        return { responseBytes: 8, commit: () => range.setNullState(isNull) };
      },
      minApi,
    );
    return range;
  }

  getIntersectionOrNullObject(other: Range | string): Range {
    let memo: Target | null | undefined;
    const range = new Range(this.context, () => memo ?? null, true);
    this.context.enqueue("Range.getIntersectionOrNullObject", typeof other === "string" ? other : "range", () => {
      const t = this.target();
      const o = typeof other === "string" ? parseRect(splitSheet(other).range) : other.target().rect;
      if (!o) throw invalid(`Bad address ${String(other)}`);
      memo = intersects(t.rect, o)
        ? { sheet: t.sheet, rect: { top: Math.max(t.rect.top, o.top), left: Math.max(t.rect.left, o.left), bottom: Math.min(t.rect.bottom, o.bottom), right: Math.min(t.rect.right, o.right) } }
        : null;
      const isNull = memo === null;
      return { responseBytes: 8, commit: () => range.setNullState(isNull) };
    }, "1.4");
    return range;
  }

  /** Merges the range (or each row, `across`); like Excel, only the top-left value is kept. */
  merge(across?: boolean): void {
    this.queueCall("Range.merge", across ?? false, () => {
      const t = this.target();
      const areas: Rect[] = across
        ? Array.from({ length: rectRows(t.rect) }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i }))
        : [t.rect];
      for (const area of areas) {
        if (rectRows(area) * rectColumns(area) === 1) continue;
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, area));
        for (const [key, cell] of existingCells({ sheet: t.sheet, rect: area })) {
          if (key !== cellKey(area.top, area.left)) {
            cell.value = null;
            cell.formula = null;
          }
        }
        t.sheet.merges.push(area);
      }
    }, "1.2");
  }

  unmerge(): void {
    this.queueCall("Range.unmerge", null, () => {
      const t = this.target();
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    }, "1.2");
  }

  /** "All" | "Formats" | "Contents"; clearing formats also unmerges, as in Excel. */
  clear(applyTo: string = "All"): void {
    if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(applyTo)) throw invalid(`clear(${applyTo})`);
    this.queueCall("Range.clear", applyTo, () => {
      const t = this.target();
      for (const [key, cell] of existingCells(t)) {
        if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") {
          cell.value = null;
          cell.formula = null;
        }
        if (applyTo === "All" || applyTo === "Formats") cell.format = defaultFormat();
        if (cell.value === null && cell.formula === null && JSON.stringify(cell.format) === JSON.stringify(defaultFormat())) t.sheet.cells.delete(key);
      }
      if (applyTo === "All" || applyTo === "Formats") {
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
        // Conditional formats are formats; clearing everything takes the cells' notes too.
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !intersects(c.rect, t.rect));
      }
      if (applyTo === "All") {
        for (const key of [...t.sheet.notes.keys()]) {
          const { row, column } = keyToCell(key);
          if (row >= t.rect.top && row <= t.rect.bottom && column >= t.rect.left && column <= t.rect.right) t.sheet.notes.delete(key);
        }
      }
    });
  }

  select(): void {
    this.queueCall("Range.select", null, () => {
      const t = this.target();
      if (t.sheet.visibility !== "Visible") throw new OfficeDoubleError(ErrorCodes.invalidOperation, `Cannot select a range on hidden sheet "${t.sheet.name}".`);
      this.context.state.activeSheetId = t.sheet.id;
      this.context.state.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}

