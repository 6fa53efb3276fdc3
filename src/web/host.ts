import type { Catalogue } from "../core/catalogue/types";
import { InputError } from "../core/errors";
import type { ReportPlan } from "../core/plan/types";
import { parseUserSettings, type UserSettings } from "../core/userSettings";
import type { Engine } from "../ui/engine";
import { ui } from "../ui/strings";
import { decodeText, isZip } from "../core/text/decode";

/** A score file read into a grid; workbooks say which sheet was read and which others exist. */
export interface FileGrid {
  grid: unknown[][];
  sheetName?: string;
  sheetNames: string[];
}

/** What the browser page needs from its surroundings (a fake in component tests). */
export interface WebHost {
  loadSettings(): UserSettings;
  saveSettings(settings: UserSettings): void;
  readFile(file: File, engine: Engine, sheet?: string): Promise<FileGrid>;
  writeWorkbook(plan: ReportPlan): Promise<Uint8Array>;
  /** The catalogue as an editable workbook (the same table the add-in writes to a sheet). */
  writeCatalogue(catalogue: Catalogue): Promise<Uint8Array>;
  download(bytes: Uint8Array, fileName: string): void;
}

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
      try {
        win.localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        // Storage blocked (private window, some file:// setups): settings last for this visit only.
      }
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

/** .xlsx (one sheet), .csv, .tsv or .txt → grid, with the command line's rules for encodings. */
export async function readScoreFile(file: File, engine: Engine, sheet?: string): Promise<FileGrid> {
  const bytes = await readBytes(file);
  const ext = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? "";
  if (isZip(bytes)) {
    const { readWorkbookGrid } = await loadXlsx();
    const read = await readWorkbookGrid(bytes, sheet);
    return { grid: read.grid, sheetName: read.sheetName, sheetNames: read.sheetNames };
  }
  if (ext === ".xls" || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) throw new InputError(ui.web.oldExcel(file.name));
  const delimiter = ext === ".tsv" || ext === ".txt" || ext === ".tab" ? "\t" : undefined;
  return { grid: engine.parseDelimitedText(decodeText(bytes), delimiter), sheetNames: [] };
}

async function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  // Older engines (and jsdom) have FileReader only.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** A file name Windows, macOS and Linux all accept. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file names cannot hold
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 150) || "report.xlsx";
}
