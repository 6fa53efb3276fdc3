/** Excel.Workbook, Excel.Application, the request context and Excel.run. */
import { ClientObject, RequestBatch, type DoubleHost, StatelessObject } from "./client";
import { ErrorCodes, OfficeDoubleError } from "./errors";
import { Range } from "./range";
import { RangeAreas, SettingCollection } from "./settings";
import { WorksheetCollection } from "./worksheet";

export class Application extends StatelessObject {
  constructor(context: RequestBatch) {
    super(context, "Application");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queueCall("Application.suspendApiCalculationUntilNextSync", null, () => undefined, "1.6");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall("Application.suspendScreenUpdatingUntilNextSync", null, () => undefined, "1.9");
  }
}

export class Workbook extends StatelessObject {
  readonly worksheets: WorksheetCollection;
  readonly application: Application;
  private settingsProxy?: SettingCollection;

  constructor(context: RequestBatch) {
    super(context, "Workbook");
    this.worksheets = new WorksheetCollection(context);
    this.application = new Application(context);
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "worksheets" ? this.worksheets : undefined;
  }

  /**
   * The selection, fixed when this call runs. ExcelApi 1.1; "If there are multiple ranges
   * selected, this method will throw an error":
   * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
   */
  getSelectedRange(): Range {
    let memo: { sheetId: string; rect: { top: number; left: number; bottom: number; right: number } } | undefined;
    this.context.enqueue("Workbook.getSelectedRange", null, () => {
      const selection = this.context.state.selection;
      if (selection.areas && selection.areas.length > 1) {
        throw new OfficeDoubleError(ErrorCodes.invalidSelection, "The current selection is invalid for this operation.", "Workbook.getSelectedRange");
      }
      memo = { sheetId: selection.sheetId, rect: selection.rect };
    });
    return new Range(this.context, () => {
      if (!memo) throw new OfficeDoubleError(ErrorCodes.invalidObjectPath, "Selection used before it was resolved.");
      const id = memo.sheetId;
      const sheet = this.context.state.sheets.find((s) => s.id === id);
      if (!sheet) throw new OfficeDoubleError(ErrorCodes.itemNotFound, "The selected sheet no longer exists.");
      return { sheet, rect: memo.rect };
    });
  }

  /** ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedranges-member(1) */
  getSelectedRanges(): RangeAreas {
    const areas = new RangeAreas(this.context);
    this.context.enqueue("Workbook.getSelectedRanges", null, () => {
      const { sheetId, rect, areas: all } = this.context.state.selection;
      const sheet = this.context.state.sheets.find((x) => x.id === sheetId);
      if (!sheet) throw new OfficeDoubleError(ErrorCodes.itemNotFound, "The selected sheet no longer exists.");
      areas.fix(sheet, all ?? [rect]);
    }, "1.9");
    return areas;
  }

  /** ExcelApi 1.4: https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-settings-member */
  get settings(): SettingCollection {
    this.settingsProxy ??= new SettingCollection(this.context);
    return this.settingsProxy;
  }

  getActiveCell(): Range {
    const selected = this.getSelectedRange();
    this.context.enqueue("Workbook.getActiveCell", null, () => undefined, "1.7");
    return selected.getCell(0, 0);
  }
}

export class RequestContext extends RequestBatch {
  readonly workbook: Workbook;
  readonly application: Application;

  constructor(host: DoubleHost) {
    super(host);
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
  }
}

export interface RunOptions {
  delayForCellEdit?: boolean;
}

type Batch<T> = (context: RequestContext) => Promise<T>;

/**
 * Excel.run(batch) / Excel.run(options, batch). While the user edits a cell, a run fails unless
 * it asked to wait (delayForCellEdit). Pending operations are synced when the batch resolves;
 * proxies cannot be used after the run.
 */
export function makeRun(host: DoubleHost) {
  return async function run<T>(first: RunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
    const [options, batch] = typeof first === "function" ? [{}, first] : [first, second];
    if (typeof batch !== "function") throw new OfficeDoubleError(ErrorCodes.invalidArgument, "Excel.run needs a batch function.");
    if (host.state.cellEditMode) {
      if (!(options as RunOptions).delayForCellEdit) {
        throw new OfficeDoubleError(ErrorCodes.invalidOperationInCellEditMode, "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      await host.waitForCellEditEnd();
    }
    const context = new RequestContext(host);
    try {
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== "function") {
        throw new OfficeDoubleError(ErrorCodes.runMustReturnPromise, 'The batch function passed to the ".run" method didn\'t return a promise.');
      }
      const result = await (pending as Promise<T>);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };
}
