/**
 * Workbook.settings (ExcelApi 1.4) and the RangeAreas of a multi-area selection (ExcelApi 1.9).
 *
 * Settings: "the key-value pairs of settings the add-in created", kept in the workbook file;
 * unlike Office.context.document.settings they need no saveAsync:
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#add-in-settings
 */
import { qualify, type Rect } from "./address";
import { ClientObject, jsonBytes, type RequestBatch, StatelessObject } from "./client";
import { invalid } from "./cells";
import { ErrorCodes, notLoaded, OfficeDoubleError } from "./errors";
import type { SheetState } from "./state";

export class Setting extends ClientObject {
  constructor(context: RequestBatch, readonly key: () => string | null | undefined, nullable = false) {
    super(context, "Setting");
    if (nullable) this.nullState = "unknown";
  }

  setNullState(isNull: boolean): void {
    this.nullState = isNull ? "null" : "present";
  }

  protected exists(): boolean {
    const k = this.key();
    if (k === undefined) throw new OfficeDoubleError(ErrorCodes.invalidObjectPath, "Setting used before it was resolved.");
    return k !== null && k in this.context.state.workbookSettings;
  }

  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }

  protected snapshot(name: string): unknown {
    const k = this.key() as string;
    if (name === "key") return k;
    return JSON.parse(JSON.stringify(this.context.state.workbookSettings[k] ?? null)) as unknown;
  }

  get value(): unknown { return this.read("value"); }
  set value(v: unknown) {
    this.assign("value", v, () => {
      this.context.state.workbookSettings[this.key() as string] = storable(v, this.context.state);
    }, "1.4");
  }

  /** ExcelApi 1.4: https://learn.microsoft.com/javascript/api/excel/excel.setting#excel-excel-setting-delete-member(1) */
  delete(): void {
    this.queueCall("Setting.delete", null, () => {
      delete this.context.state.workbookSettings[this.key() as string];
    }, "1.4");
  }
}

/** Setting values go through JSON, as Office serialises them; functions and undefined do not. */
function storable(v: unknown, state?: { failNextSettingsWrite: string | null }): unknown {
  if (state?.failNextSettingsWrite) {
    const message = state.failNextSettingsWrite;
    state.failNextSettingsWrite = null;
    throw new OfficeDoubleError(ErrorCodes.generalException, message);
  }
  if (v === undefined || typeof v === "function") throw invalid("A setting value must be a string, number, boolean, Date, array or object.");
  return JSON.parse(JSON.stringify(v)) as unknown;
}

export class SettingCollection extends StatelessObject {
  constructor(context: RequestBatch) {
    super(context, "SettingCollection");
  }

  get items(): Setting[] {
    if (!this.data.has("items")) throw notLoaded(this.typeName, "items");
    return this.data.get("items") as Setting[];
  }

  override load(): this {
    this.context.enqueue("SettingCollection.load", null, () => {
      const keys = Object.keys(this.context.state.workbookSettings);
      return {
        responseBytes: jsonBytes(this.context.state.workbookSettings),
        commit: () => this.data.set("items", keys.map((k) => new Setting(this.context, () => k))),
      };
    }, "1.4");
    return this;
  }

  /** Adds or replaces a setting. ExcelApi 1.4: https://learn.microsoft.com/javascript/api/excel/excel.settingcollection#excel-excel-settingcollection-add-member(1) */
  add(key: string, value: unknown): Setting {
    this.context.enqueue("SettingCollection.add", [key, value], () => {
      if (typeof key !== "string" || key === "" || key.length > 255) throw invalid("A setting key must be 1–255 characters.");
      this.context.state.workbookSettings[key] = storable(value, this.context.state);
    }, "1.4");
    return new Setting(this.context, () => key);
  }

  /** ExcelApi 1.4: ItemNotFound at sync when the key is missing. */
  getItem(key: string): Setting {
    this.context.enqueue("SettingCollection.getItem", key, () => {
      if (!(key in this.context.state.workbookSettings)) throw new OfficeDoubleError(ErrorCodes.itemNotFound, `The setting "${key}" doesn't exist.`, "SettingCollection.getItem");
    }, "1.4");
    return new Setting(this.context, () => key);
  }

  /** ExcelApi 1.4: https://learn.microsoft.com/javascript/api/excel/excel.settingcollection#excel-excel-settingcollection-getitemornullobject-member(1) */
  getItemOrNullObject(key: string): Setting {
    let resolved: string | null | undefined;
    const setting = new Setting(this.context, () => resolved, true);
    this.context.enqueue("SettingCollection.getItemOrNullObject", key, () => {
      resolved = key in this.context.state.workbookSettings ? key : null;
      const isNull = resolved === null;
      return { responseBytes: 8, commit: () => setting.setNullState(isNull) };
    }, "1.4");
    return setting;
  }
}

/** The areas of the selection (ExcelApi 1.9): areaCount and address ("Sheet1!A1:B2,Sheet1!D4"). */
export class RangeAreas extends ClientObject {
  private fixed?: { sheet: SheetState; areas: Rect[] };

  constructor(context: RequestBatch) {
    super(context, "RangeAreas");
  }

  fix(sheet: SheetState, areas: Rect[]): void {
    this.fixed = { sheet, areas };
  }

  protected exists(): boolean {
    return this.fixed !== undefined;
  }

  protected scalarNames(): readonly string[] {
    return ["areaCount", "address"];
  }

  protected snapshot(name: string): unknown {
    const f = this.fixed!;
    return name === "areaCount" ? f.areas.length : f.areas.map((a) => qualify(f.sheet.name, a)).join(",");
  }

  get areaCount(): number { return this.read("areaCount"); }
  get address(): string { return this.read("address"); }
}
