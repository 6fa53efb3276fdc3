import type { Catalogue } from "../core/catalogue/types";
import { InputError } from "../core/errors";
import type { ReportPlan } from "../core/plan/types";
import { parseUserSettings, type UserSettings } from "../core/userSettings";
import type { Engine } from "../ui/engine";
import { readFileGrid, type FileGrid, type FromWorker, type ToWorker } from "./readScoreFile";

export type { FileGrid } from "./readScoreFile";

/** What the browser page needs from its surroundings (a fake in component tests). */
export interface WebHost {
  loadSettings(): UserSettings;
  /** Keeps the settings for the next visit; says what could not be kept (undefined: all of it). */
  saveSettings(settings: UserSettings): StorageProblem | undefined;
  readFile(file: File, engine: Engine, sheet?: string, progress?: (message: string) => void): Promise<FileGrid>;
  writeWorkbook(plan: ReportPlan): Promise<Uint8Array>;
  /** The catalogue as an editable workbook (the same table the add-in writes to a sheet). */
  writeCatalogue(catalogue: Catalogue): Promise<Uint8Array>;
  download(bytes: Uint8Array, fileName: string): void;
}

/**
 * What the browser would not keep: the emblem (the other settings are kept without it), or
 * anything at all (storage blocked or full). The settings still hold for this visit.
 */
export type StorageProblem = "emblemNotKept" | "notKept";

export const SETTINGS_KEY = "itas-report.settings.v1";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** ExcelJS is large: fetched from the same site only when a workbook is opened or written. */
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "./xlsxChunk");

export function browserHost(win: Window = window): WebHost {
  return {
    loadSettings() {
      try {
        const text = win.localStorage.getItem(SETTINGS_KEY);
        return text ? parseUserSettings(JSON.parse(text)) : {};
      } catch {
        return {}; // storage blocked or a hand-edited value: start from defaults
      }
    },
    saveSettings(settings) {
      const store = (value: UserSettings): boolean => {
        try {
          win.localStorage.setItem(SETTINGS_KEY, JSON.stringify(value));
          return true;
        } catch {
          // Storage blocked (private window, some file:// setups) or full (QuotaExceededError).
          return false;
        }
      };
      if (store(settings)) return undefined;
      // The emblem is by far the largest part: the rest is kept without it rather than not at all.
      if (settings.document?.emblem) {
        const { emblem: _emblem, ...document } = settings.document;
        const rest: UserSettings = { ...settings };
        if (Object.keys(document).length > 0) rest.document = document;
        else delete rest.document;
        if (store(rest)) return "emblemNotKept";
      }
      return "notKept";
    },
    readFile: readScoreFile,
    async writeWorkbook(plan) {
      const { writeWorkbook } = await loadXlsx();
      return writeWorkbook(plan);
    },
    async writeCatalogue(catalogue) {
      const { writeCatalogueWorkbook } = await loadXlsx();
      return writeCatalogueWorkbook(catalogue);
    },
    download(bytes, fileName) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
      const a = win.document.createElement("a");
      a.href = url;
      a.download = fileName;
      a.rel = "noopener";
      win.document.body.append(a);
      a.click();
      a.remove();
      // Revoked later, not at once: some browsers start the download only after click() returns.
      win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}

/**
 * A score file → grid, in a worker when the browser lets the page start one (read-worker.js next
 * to the page), else on the page's thread with a pause before each long step. A page opened from
 * file:// may not start workers; older engines and jsdom have none.
 */
export async function readScoreFile(file: File, engine: Engine, sheet?: string, progress: (message: string) => void = () => undefined): Promise<FileGrid> {
  const inWorker = await readInWorker(file, sheet, progress);
  if (inWorker) return inWorker;
  return readFileGrid(file, sheet, {
    readDelimitedText: engine.readDelimitedText,
    readWorkbookGrid: async () => (await loadXlsx()).readWorkbookGrid,
    progress,
    pause: paint,
  });
}

/** The worker's answer; undefined when no worker could be started (then the page reads it itself). */
function readInWorker(file: File, sheet: string | undefined, progress: (message: string) => void): Promise<FileGrid | undefined> {
  let worker: Worker;
  try {
    if (typeof Worker !== "function") return Promise.resolve(undefined);
    worker = new Worker(WORKER_URL);
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise<FileGrid | undefined>((resolve, reject) => {
    let answered = false;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      answered = true;
      if (m.kind === "progress") return progress(m.message);
      if (m.kind === "done") resolve(m.read);
      else reject(m.input ? new InputError(m.message) : new Error(m.message));
    };
    // A script that did not load (blocked, missing): read on the page instead.
    worker.onerror = (event) => {
      event.preventDefault();
      if (answered) reject(new Error(event.message || "worker failed"));
      else resolve(undefined);
    };
    worker.postMessage({ file, ...(sheet !== undefined ? { sheet } : {}) } satisfies ToWorker);
  }).finally(() => worker.terminate());
}

/** webpack.config.js builds src/web/readWorker.ts to this name, next to index.html. */
const WORKER_URL = "read-worker.js";

/** Lets the browser draw the progress message before a long synchronous step. */
export function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A file name Windows, macOS and Linux all accept. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file names cannot hold
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 150) || "report.xlsx";
}
