/** Excel.Worksheet and the worksheet collection. */
import { MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet, type Rect } from "./address";
import { ClientObject, jsonBytes, loadPaths, type LoadOption, type RequestBatch, StatelessObject } from "./client";
import { ErrorCodes, notLoaded, OfficeDoubleError } from "./errors";
import { normaliseColor } from "./cells";
import { ChartCollection } from "./charts";
import { PageBreakCollection, PageLayout } from "./pageLayout";
import { Range } from "./range";
import { NoteCollection } from "./annotations";
import { ShapeCollection } from "./shapes";
import { findSheet, newSheet, sheetId, type SheetState, type WorkbookState } from "./state";

const WORKSHEET_SCALARS = ["name", "id", "position", "visibility", "tabColor", "showGridlines"] as const;
const VISIBILITY = ["Visible", "Hidden", "VeryHidden"];

function invalid(message: string): OfficeDoubleError {
  return new OfficeDoubleError(ErrorCodes.invalidArgument, message);
}

/** Excel's rules for sheet names. */
export function checkSheetName(state: WorkbookState, name: unknown, self?: SheetState): string {
  if (typeof name !== "string" || name.trim() === "") throw invalid("A sheet name cannot be empty.");
  if (name.length > 31) throw invalid(`Sheet name "${name}" is longer than 31 characters.`);
  if (/[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) throw invalid(`Sheet name "${name}" contains a character Excel does not allow.`);
  if (name.toLowerCase() === "history") throw invalid(`"History" is reserved by Excel.`);
  const other = findSheet(state, name);
  if (other && other !== self) throw new OfficeDoubleError(ErrorCodes.itemAlreadyExists, `A sheet named "${name}" already exists.`);
  return name;
}

function sheetById(state: WorkbookState, id: string): SheetState {
  const sheet = state.sheets.find((s) => s.id === id);
  if (!sheet) throw new OfficeDoubleError(ErrorCodes.itemNotFound, `The worksheet (id ${id}) no longer exists.`);
  return sheet;
}

function visibleSheets(state: WorkbookState): SheetState[] {
  return state.sheets.filter((s) => s.visibility === "Visible");
}

export class Worksheet extends ClientObject {
  private layout?: PageLayout;
  private breaks?: PageBreakCollection;
  private chartCollection?: ChartCollection;
  private noteCollection?: NoteCollection;
  private shapeItems?: ShapeCollection;

  /** `resolve` returns the sheet, or null for a null object; it throws for a deleted sheet. */
  constructor(context: RequestBatch, private readonly resolve: () => SheetState | null, nullable = false) {
    super(context, "Worksheet");
    if (nullable) this.nullState = "unknown";
  }

  /** A worksheet proxy fixed to a sheet id (collection items, added sheets). */
  static byId(context: RequestBatch, id: () => string | undefined | null, nullable = false): Worksheet {
    return new Worksheet(
      context,
      () => {
        const v = id();
        if (v === undefined) throw new OfficeDoubleError(ErrorCodes.invalidObjectPath, "Worksheet used before it was resolved.");
        return v === null ? null : sheetById(context.state, v);
      },
      nullable,
    );
  }

  setNullState(isNull: boolean): void {
    this.nullState = isNull ? "null" : "present";
  }

  /** Used by the collection to hand over loaded item properties. */
  receive(values: readonly (readonly [string, unknown])[]): void {
    values.forEach(([k, v]) => this.data.set(k, v));
  }

  protected exists(): boolean {
    return this.resolve() !== null;
  }

  sheet(): SheetState {
    const s = this.resolve();
    if (!s) throw new OfficeDoubleError(ErrorCodes.invalidObjectPath, "Calling a method on a null Worksheet (isNullObject is true): check isNullObject after a sync first.");
    return s;
  }

  protected scalarNames(): readonly string[] {
    return WORKSHEET_SCALARS;
  }

  protected snapshot(name: string): unknown {
    return snapshotSheet(this.context.state, this.sheet(), name);
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "pageLayout" ? this.pageLayout : name === "horizontalPageBreaks" ? this.horizontalPageBreaks : name === "shapes" ? this.shapes : undefined;
  }

  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.assign("name", v, () => {
      const s = this.sheet();
      s.name = checkSheetName(this.context.state, v, s);
    });
  }

  get id(): string { return this.read("id"); }

  /** 0-based tab position. */
  get position(): number { return this.read("position"); }
  set position(v: number) {
    this.assign("position", v, () => {
      const sheets = this.context.state.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw invalid(`position ${v} is outside 0–${sheets.length - 1}.`);
      const s = this.sheet();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }

  get visibility(): string { return this.read("visibility"); }
  set visibility(v: string) {
    this.assign("visibility", v, () => {
      if (!VISIBILITY.includes(v)) throw invalid(`visibility "${v}" is not one of ${VISIBILITY.join(", ")}.`);
      const s = this.sheet();
      const state = this.context.state;
      if (v !== "Visible" && s.visibility === "Visible" && visibleSheets(state).length === 1) {
        throw new OfficeDoubleError(ErrorCodes.invalidOperation, "A workbook must keep at least one visible sheet.");
      }
      s.visibility = v as SheetState["visibility"];
      if (v !== "Visible" && state.activeSheetId === s.id) activateFirstVisible(state);
    });
  }

  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(v: string) {
    this.assign("tabColor", v, () => (this.sheet().tabColor = v === "" ? "" : normaliseColor(v)), "1.7");
  }

  get showGridlines(): boolean { return this.read("showGridlines"); }
  set showGridlines(v: boolean) {
    this.assign("showGridlines", v, () => (this.sheet().showGridlines = v === true), "1.8");
  }

  activate(): void {
    this.queueCall("Worksheet.activate", null, () => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw new OfficeDoubleError(ErrorCodes.invalidOperation, `Cannot activate hidden sheet "${s.name}".`);
      this.context.state.activeSheetId = s.id;
      this.context.state.selection = { sheetId: s.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  delete(): void {
    this.queueCall("Worksheet.delete", null, () => {
      const s = this.sheet();
      const state = this.context.state;
      if (s.visibility === "Visible" && visibleSheets(state).length === 1) throw new OfficeDoubleError(ErrorCodes.invalidOperation, "Cannot delete the only visible sheet.");
      state.sheets.splice(state.sheets.indexOf(s), 1);
      if (state.activeSheetId === s.id) activateFirstVisible(state);
    });
  }

  /** The whole sheet when no address is given. */
  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, rect: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } };
      const { sheet: named, range } = splitSheet(address);
      if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalid(`Address ${address} names another sheet.`);
      const rect = parseRect(range);
      if (!rect) throw invalid(`"${address}" is not a valid address.`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this.context.enqueue("Worksheet.getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => undefined, "1.7");
    return new Range(this.context, () => {
      const rect: Rect = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
      if (rowCount < 1 || columnCount < 1 || rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) {
        throw invalid(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`);
      }
      return { sheet: this.sheet(), rect };
    });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this.getRange().sheetUsedRange(valuesOnly);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }

  get notes(): NoteCollection {
    this.noteCollection ??= new NoteCollection(this);
    return this.noteCollection;
  }

  get pageLayout(): PageLayout {
    this.layout ??= new PageLayout(this);
    return this.layout;
  }

  /** ExcelApi 1.1. */
  get charts(): ChartCollection {
    this.chartCollection ??= new ChartCollection(this);
    return this.chartCollection;
  }

  get horizontalPageBreaks(): PageBreakCollection {
    this.breaks ??= new PageBreakCollection(this);
    return this.breaks;
  }

  /** ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-shapes-member). */
  get shapes(): ShapeCollection {
    this.shapeItems ??= new ShapeCollection(this);
    return this.shapeItems;
  }
}

function activateFirstVisible(state: WorkbookState): void {
  const next = visibleSheets(state)[0];
  if (next) {
    state.activeSheetId = next.id;
    state.selection = { sheetId: next.id, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
  }
}

function snapshotSheet(state: WorkbookState, s: SheetState, name: string): unknown {
  switch (name) {
    case "name":
      return s.name;
    case "id":
      return s.id;
    case "position":
      return state.sheets.indexOf(s);
    case "visibility":
      return s.visibility;
    case "tabColor":
      return s.tabColor;
    case "showGridlines":
      return s.showGridlines;
  }
  throw invalid(`Worksheet.${name}`);
}

export class WorksheetCollection extends StatelessObject {
  constructor(context: RequestBatch) {
    super(context, "WorksheetCollection");
  }

  /** Items in tab order; available after load("items/…") (or load("name")) and a sync. */
  get items(): Worksheet[] {
    if (!this.data.has("items")) throw notLoaded(this.typeName, "items");
    return this.data.get("items") as Worksheet[];
  }

  override load(option?: LoadOption): this {
    const props = loadPaths(option).map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const names = props.length === 0 ? [...WORKSHEET_SCALARS] : props;
    for (const n of names) if (!(WORKSHEET_SCALARS as readonly string[]).includes(n)) throw invalid(`Worksheet has no property '${n}' to load.`);
    this.context.enqueue(`WorksheetCollection.load(${names.join(",")})`, names, () => {
      const state = this.context.state;
      const rows = state.sheets.map((s) => ({ id: s.id, values: names.map((n) => [n, snapshotSheet(state, s, n)] as const) }));
      return {
        responseBytes: jsonBytes(rows),
        commit: () => {
          this.data.set(
            "items",
            rows.map((row) => {
              const ws = Worksheet.byId(this.context, () => row.id);
              ws.receive(row.values);
              return ws;
            }),
          );
        },
      };
    });
    return this;
  }

  add(name?: string): Worksheet {
    let id: string | undefined;
    const ws = Worksheet.byId(this.context, () => id);
    this.context.enqueue("WorksheetCollection.add", name ?? null, () => {
      const state = this.context.state;
      let sheetName = name;
      if (sheetName === undefined) {
        do sheetName = `Sheet${state.nextSheetNumber++}`;
        while (findSheet(state, sheetName));
      }
      checkSheetName(state, sheetName);
      const sheet = newSheet(sheetId(state.sheets.length + 1000 + state.nextSheetNumber++), sheetName);
      state.sheets.push(sheet);
      id = sheet.id;
    });
    return ws;
  }

  /** By name (case-insensitive) or id; the sync fails with ItemNotFound when missing. */
  getItem(key: string): Worksheet {
    let id: string | undefined;
    this.context.enqueue("WorksheetCollection.getItem", key, () => {
      const sheet = this.find(key);
      if (!sheet) throw new OfficeDoubleError(ErrorCodes.itemNotFound, `The requested worksheet "${key}" doesn't exist.`, "WorksheetCollection.getItem");
      id = sheet.id;
    });
    return Worksheet.byId(this.context, () => id);
  }

  getItemOrNullObject(key: string): Worksheet {
    let id: string | null | undefined;
    const ws = Worksheet.byId(this.context, () => id, true);
    this.context.enqueue("WorksheetCollection.getItemOrNullObject", key, () => {
      const sheet = this.find(key);
      id = sheet ? sheet.id : null;
      const isNull = id === null;
      return { responseBytes: 8, commit: () => ws.setNullState(isNull) };
    }, "1.4");
    return ws;
  }

  getActiveWorksheet(): Worksheet {
    let id: string | undefined;
    this.context.enqueue("WorksheetCollection.getActiveWorksheet", null, () => {
      id = this.context.state.activeSheetId;
    });
    return Worksheet.byId(this.context, () => id);
  }

  private find(key: string): SheetState | undefined {
    return this.context.state.sheets.find((s) => s.id === key) ?? findSheet(this.context.state, key);
  }
}
