/// <reference lib="webworker" />
/**
 * The browser page's file reading off the page's thread: a large file or a zip bomb keeps the
 * page responsive (its spinner turns, its buttons answer) while it is read or refused. Built by
 * webpack as its own entry (read-worker.js); ExcelJS is fetched only for a workbook.
 */
import { InputError } from "../core/errors";
import { readDelimitedText } from "../core/reader/delimited";
import { readFileGrid, type FromWorker, type ToWorker } from "./readScoreFile";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  try {
    const read = await readFileGrid(event.data.file, event.data.sheet, {
      readDelimitedText,
      readWorkbookGrid: async () => (await import(/* webpackChunkName: "xlsx" */ "./xlsxChunk")).readWorkbookGrid,
      progress: (message) => post({ kind: "progress", message }),
      pause: async () => undefined,
    });
    post({ kind: "done", read });
  } catch (e) {
    post({ kind: "failed", message: e instanceof Error ? e.message : String(e), input: e instanceof InputError });
  }
};
