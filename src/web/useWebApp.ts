import { useCallback, useMemo, useRef, useState } from "react";
import { InputError } from "../core/errors";
import type { Catalogue } from "../core/catalogue/types";
import type { ScoreSheet, Warning } from "../core/model";
import type { OfficeToDo } from "../core/plan/officeToDo";
import type { ReportResult } from "../core/pipeline";
import type { UserSettings } from "../core/userSettings";
import type { Engine } from "../ui/engine";
import { buildReport, cataloguesWith } from "../ui/report";
import { ui } from "../ui/strings";
import { useAction } from "../ui/useAction";
import { useEngine } from "../ui/useEngine";
import type { Pasted } from "./clipboard";
import { paint, safeFileName, type FileGrid, type StorageProblem, type WebHost } from "./host";
import { LIMITS } from "../core/limits";
import { th } from "../core/strings/th";
import { applyEdit, originOf, settingsForInput, type FileField, type ValueOrigin } from "./remembered";

export type WebStep = "input" | "previous" | "catalogue" | "download";

/** A catalogue file the user edited, used in place of the built-in catalogue it names. */
export interface EditedCatalogue {
  fileName: string;
  catalogue: Catalogue;
  warnings: Warning[];
}

export interface WebInput {
  sheet: ScoreSheet;
  sourceLabel: string;
  /** An opened file or a paste: the review says which the year and agency came from. */
  kind: "file" | "paste";
  /** Changes with every file or paste read, so the settings panel shows the new input's values. */
  id: number;
}

/** A grid as read, kept so it can be read again when the user's catalogue changes. */
interface ReadGrid {
  grid: unknown[][];
  options: { source?: string; warnings?: Warning[] };
}

/** A workbook's warnings name its sheet; a text file has none (its name is shown above them). */
function readOptions(read: FileGrid): ReadGrid["options"] {
  return { warnings: read.warnings, ...(read.sheetName !== undefined ? { source: read.sheetName } : {}) };
}

/** Reads with the user's catalogue when there is one (its wording and indicators), else as first read. */
function readWith(eng: Engine, read: ReadGrid, first: ScoreSheet, catalogues: readonly Catalogue[] | undefined): ScoreSheet {
  if (!catalogues) return first;
  try {
    return eng.readScores(read.grid, { ...read.options, catalogues });
  } catch {
    return first;
  }
}

/** The workbook last opened, kept even when its sheet had no scores, so another can be chosen. */
export interface OpenWorkbook {
  file: File;
  sheetName: string;
  sheetNames: string[];
}

export interface Downloaded {
  fileName: string;
  sheets: string[];
  /** What the office still does with the file (a moment after the download shows). */
  toDo?: OfficeToDo;
}

/** The browser page's state and what its controls do; the host does files, storage and downloads. */
export function useWebApp(host: WebHost, loadEngine: () => Promise<Engine>) {
  const { engine, error: engineError } = useEngine(loadEngine);
  // Stored (remembered) settings, and the year/agency fields the user typed while this input is open.
  const [stored, setStored] = useState<UserSettings>(() => host.loadSettings());
  const [typed, setTyped] = useState<ReadonlySet<FileField>>(() => new Set());
  const inputCount = useRef(0);
  const [firstInput, setInput] = useState<WebInput & { read: ReadGrid }>();
  const [workbook, setWorkbook] = useState<OpenWorkbook>();
  const [firstPrevious, setPrevious] = useState<{ name: string; sheet: ScoreSheet; read: ReadGrid }>();
  const { step, busy, error, run } = useAction<WebStep>("input");
  const [downloaded, setDownloaded] = useState<Downloaded>();
  const [edited, setEdited] = useState<EditedCatalogue>();
  const [catalogueDownloaded, setCatalogueDownloaded] = useState<string>();
  /** What the browser would not keep of the settings, told under them. */
  const [storageProblem, setStorageProblem] = useState<StorageProblem>();

  // Scores are read again with the user's catalogue when one is chosen (renamed indicators, new ประเด็น).
  const editedCatalogues = useMemo(() => (engine && edited ? cataloguesWith(engine, edited.catalogue) : undefined), [engine, edited]);
  const input: WebInput | undefined = useMemo(
    () => firstInput && engine ? { ...firstInput, sheet: readWith(engine, firstInput.read, firstInput.sheet, editedCatalogues) } : firstInput,
    [engine, firstInput, editedCatalogues],
  );
  // What the report uses: the input's own year and agency win over remembered ones.
  const settings = useMemo(() => settingsForInput(stored, input?.sheet, typed), [stored, input, typed]);
  const origins: Record<FileField, ValueOrigin> | undefined = useMemo(
    () => (input ? { year: originOf("year", stored, input.sheet, typed, input.kind), agency: originOf("agency", stored, input.sheet, typed, input.kind) } : undefined),
    [stored, input, typed],
  );
  const previous = useMemo(
    () => (firstPrevious && engine ? { name: firstPrevious.name, sheet: readWith(engine, firstPrevious.read, firstPrevious.sheet, editedCatalogues) } : firstPrevious),
    [engine, firstPrevious, editedCatalogues],
  );

  const engineRef = useRef(engine);
  engineRef.current = engine;

  const setSettings = useCallback(
    (next: UserSettings) => {
      const edit = applyEdit(stored, settings, next, typed);
      setStored(edit.stored);
      setTyped(edit.typed);
      setStorageProblem(host.saveSettings(edit.stored) ?? undefined);
    },
    [host, settings, stored, typed],
  );

  /** A new input: nothing typed for it yet. */
  const newInput = useCallback((value: Omit<WebInput, "id"> & { read: ReadGrid }) => {
    inputCount.current += 1;
    setTyped(new Set());
    setInput({ ...value, id: inputCount.current });
  }, []);


  /** The engine chunk is normally there long before a user drops a file; wait for it if not. */
  const ready = useCallback(async (): Promise<Engine> => engineRef.current ?? loadEngine(), [loadEngine]);

  const openFile = useCallback(
    (file: File, sheetName?: string) =>
      run("input", ui.web.readingFile(file.name), async (progress) => {
        const eng = await ready();
        const read = await host.readFile(file, eng, sheetName, progress);
        setInput(undefined);
        setDownloaded(undefined);
        setWorkbook(read.sheetName !== undefined ? { file, sheetName: read.sheetName, sheetNames: read.sheetNames } : undefined);
        progress(ui.web.readingScores);
        await paint();
        const options = readOptions(read);
        const sheet = eng.readScores(read.grid, options);
        newInput({ sheet, kind: "file", sourceLabel: ui.web.fileSource(file.name, read.sheetName), read: { grid: read.grid, options } });
      }),
    [host, newInput, ready, run],
  );

  const paste = useCallback(
    (pasted: Pasted | undefined) =>
      run("input", ui.read.reading, async () => {
        if (!pasted) throw new InputError(ui.web.notATable);
        if (pasted.kind === "text" && pasted.text.length > LIMITS.pasteChars) throw new InputError(th.limits.pasteTooLarge(pasted.text.length, LIMITS.pasteChars));
        const eng = await ready();
        await paint();
        const { grid, warnings } =
          pasted.kind === "html" ? { grid: pasted.grid, warnings: [] } : eng.readDelimitedText(pasted.text, pasted.text.includes("\t") ? "\t" : undefined);
        const sheet = eng.readScores(grid, { warnings });
        setDownloaded(undefined);
        setWorkbook(undefined);
        newInput({ sheet, kind: "paste", sourceLabel: ui.web.pasteSource(pasted.kind), read: { grid, options: { warnings } } });
      }),
    [newInput, ready, run],
  );

  const openPrevious = useCallback(
    (file: File | undefined) =>
      run("previous", ui.web.readingFile(file?.name ?? ""), async () => {
        setPrevious(undefined);
        if (!file) return;
        const eng = await ready();
        const read = await host.readFile(file, eng);
        const options = readOptions(read);
        setPrevious({ name: file.name, sheet: eng.readScores(read.grid, options), read: { grid: read.grid, options } });
      }),
    [host, ready, run],
  );

  const openCatalogue = useCallback(
    (file: File | undefined) =>
      run("catalogue", ui.web.readingFile(file?.name ?? ""), async () => {
        // A file that cannot be used leaves the catalogue in use as it was.
        if (!file) {
          setEdited(undefined);
          return;
        }
        const eng = await ready();
        const read = await host.readFile(file, eng);
        const { catalogue, warnings } = eng.catalogueFromTable(read.grid, { sheetName: read.sheetName ?? file.name, fileName: file.name });
        setEdited({ fileName: file.name, catalogue, warnings: [...read.warnings, ...warnings] });
      }),
    [host, ready, run],
  );

  /** The year's catalogue (the newest before anything is read), as the user last edited it if they did. */
  const downloadCatalogue = useCallback(
    () =>
      run("catalogue", ui.web.loadingXlsx, async () => {
        const eng = await ready();
        const catalogues = cataloguesWith(eng, edited?.catalogue);
        // The year the report uses: as set, else as read, else the newest catalogue's.
        const year = settings.year ?? input?.sheet.assessmentYear ?? Math.max(...catalogues.map((c) => c.toYear));
        const catalogue = eng.catalogueForYear(year, catalogues);
        const fileName = safeFileName(ui.catalogue.fileName(catalogue.id));
        host.download(await host.writeCatalogue(catalogue), fileName);
        setCatalogueDownloaded(fileName);
      }),
    [edited, host, input, ready, run, settings.year],
  );

  const review: ReportResult | undefined = useMemo(() => {
    if (!engine || !input) return undefined;
    return buildReport(engine, input.sheet, settings, editedCatalogues ?? engine.builtInCatalogues, previous?.sheet);
  }, [engine, input, settings, previous, editedCatalogues]);

  /** The user's edited catalogue, when it is not the one this report's year uses (so it is not used). */
  const editedUnused = edited && review && review.analysis.catalogueId !== edited.catalogue.id ? review.analysis.catalogueId : undefined;

  const download = useCallback(
    () =>
      run("download", ui.web.loadingXlsx, async (progress) => {
        if (!review) return;
        progress(ui.web.building);
        const bytes = await host.writeWorkbook(review.plan);
        const fileName = safeFileName(ui.web.fileName(review.analysis.assessmentYear, review.analysis.agency));
        host.download(bytes, fileName);
        const done = { fileName, sheets: review.plan.sheets.map((s) => s.name) };
        setDownloaded(done);
        const eng = await ready();
        await paint();
        setDownloaded({ ...done, toDo: await eng.officeToDo(review, settings.document) });
      }),
    [host, ready, review, run, settings.document],
  );

  return {
    engine, engineError, settings, setSettings, storageProblem, origins, input, workbook, previous, review, busy, error, step, downloaded,
    edited, editedUnused, catalogueDownloaded, openFile, paste, openPrevious, openCatalogue, downloadCatalogue, download,
  };
}

export type WebModel = ReturnType<typeof useWebApp>;
