/// <reference types="office-js" />
import { excelTh } from "./strings";

/**
 * The Office.js namespaces the Office layer talks to. The add-in passes the real globals; tests
 * and the browser end-to-end page pass the Office double.
 */
export interface OfficeHost {
  Office: typeof Office;
  Excel: typeof Excel;
}

/** The globals office.js defines, looked up when first needed (office.js loads asynchronously). */
export function globalHost(): OfficeHost {
  const g = globalThis as { Office?: typeof Office; Excel?: typeof Excel };
  if (!g.Office || !g.Excel) throw new Error(excelTh.errors.noOffice);
  return { Office: g.Office, Excel: g.Excel };
}

/** Counts round trips so an operation can report (and tests can bound) what it cost. */
export class RoundTrips {
  count = 0;

  constructor(readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}

/**
 * Every Excel.run of the add-in goes through here: it waits while the user is typing in a cell
 * (delayForCellEdit) instead of failing.
 */
export function run<T>(host: OfficeHost, batch: (trips: RoundTrips) => Promise<T>): Promise<T> {
  return host.Excel.run({ delayForCellEdit: true }, (context) => batch(new RoundTrips(context)));
}

/** Document settings → a promise; a failed save rejects with Office's own message. */
export function saveDocumentSettings(host: OfficeHost): Promise<void> {
  return new Promise((resolve, reject) => {
    host.Office.context.document.settings.saveAsync((result) => {
      if (result.status === host.Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error?.message ?? "saveAsync failed"));
    });
  });
}

/** An Error carrying the original one (lib ES2020 has no `cause` option). */
export class OfficeLayerError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = "OfficeLayerError";
  }
}
