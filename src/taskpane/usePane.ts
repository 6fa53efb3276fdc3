import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Catalogue } from "../core/catalogue/types";
import type { ScoreSheet, Warning } from "../core/model";
import type { OfficeToDo } from "../core/plan/officeToDo";
import type { ReportResult } from "../core/pipeline";
import type { UserSettings } from "../core/userSettings";
import type { ExcelActions, GenerationOutcome, HostCapabilities, SheetRange } from "../excel/types";
import type { Engine } from "../ui/engine";
import { buildReport, cataloguesWith, messageOf, yearOf } from "../ui/report";
import { ui } from "../ui/strings";
import { useAction } from "../ui/useAction";
import { useEngine } from "../ui/useEngine";

export interface PaneInput {
  range: SheetRange;
  sheet: ScoreSheet;
}

export type PaneStep = "read" | "previous" | "generate" | "catalogue";

export interface CustomCatalogue {
  catalogue: Catalogue;
  warnings: Warning[];
}

/** Settings are written to the workbook this long after the last change (each save is an Excel.run). */
const SAVE_DELAY_MS = 800;

/** Scores of a block read from a sheet; warnings name that sheet's real rows and cells. */
function readScoresFrom(eng: Engine, range: SheetRange, catalogues: readonly Catalogue[]): ScoreSheet {
  return eng.readScores(range.grid, { source: range.sheetName, rowOffset: range.rowOffset, columnOffset: range.columnOffset, catalogues });
}

/**
 * The pane's state and what its buttons do. Everything that touches the workbook goes through
 * `actions` (the one Excel.run owner); this hook only sequences calls and keeps results.
 */
export function usePane(actions: ExcelActions, loadEngine: () => Promise<Engine>) {
  const { engine, error: engineError } = useEngine(loadEngine);
  const caps: HostCapabilities = useMemo(() => actions.capabilities(), [actions]);

  const [settings, setSettingsState] = useState<UserSettings>({});
  /** Bumped when stored settings arrive, so the settings form remounts with them. */
  const [settingsKey, setSettingsKey] = useState(0);
  const [input, setInput] = useState<PaneInput>();
  const [custom, setCustom] = useState<CustomCatalogue>();
  const [previous, setPrevious] = useState<{ name: string; sheet: ScoreSheet }>();
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  /** Which step the last action came from: its progress and error show there, where the user looks. */
  const { step, busy, error, run, fail } = useAction<PaneStep>("read");
  const [saveError, setSaveError] = useState<string>();
  const [outcome, setOutcome] = useState<GenerationOutcome>();
  const [toDo, setToDo] = useState<OfficeToDo>();
  const [catalogueSheet, setCatalogueSheet] = useState<string>();

  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const dirty = useRef(false);

  useEffect(() => {
    let live = true;
    actions.loadSettings().then(
      (stored) => {
        if (!live || !stored || dirty.current) return;
        setSettingsState(stored);
        setSettingsKey((k) => k + 1);
      },
      (e: unknown) => live && setSaveError(ui.settings.saveFailed(messageOf(e))),
    );
    return () => {
      live = false;
    };
  }, [actions]);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      actions.saveSettings(settings).then(
        (saved) => setSaveError(saved.kept === "all" ? undefined : ui.storage.emblemNotInWorkbook(saved.reason)),
        (e: unknown) => setSaveError(ui.settings.saveFailed(messageOf(e))),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [actions, settings]);

  const setSettings = useCallback((next: UserSettings) => {
    dirty.current = true;
    setSettingsState(next);
  }, []);


  /** The user's edited catalogue sheet for the year, if any; the scores are read with its wording. */
  const readCustom = useCallback(
    async (eng: Engine, year: number): Promise<CustomCatalogue | undefined> => actions.readCatalogueSheet(eng.catalogueForYear(year)),
    [actions],
  );

  const read = useCallback(
    (from: "usedRange" | "selection") =>
      run("read", ui.read.reading, async () => {
        if (!engine) return;
        const range = await actions.readScoreTable(from);
        let sheet = readScoresFrom(engine, range, engine.builtInCatalogues);
        setOutcome(undefined);
        setInput({ range, sheet });
        const names = await actions.listSheets();
        setSheetNames(names.filter((n) => n !== range.sheetName));
        // Last: a broken catalogue sheet is reported (with its row) but the scores stay readable.
        const found = await readCustom(engine, yearOf(settingsRef.current, sheet));
        setCustom(found);
        if (found) {
          sheet = readScoresFrom(engine, range, cataloguesWith(engine, found.catalogue));
          setInput({ range, sheet });
        }
      }),
    [actions, engine, readCustom, run],
  );

  const choosePrevious = useCallback(
    (name: string) =>
      run("previous", ui.read.reading, async () => {
        setPrevious(undefined);
        if (!engine || name === "") return;
        const range = await actions.readSheet(name);
        setPrevious({ name, sheet: readScoresFrom(engine, range, engine.builtInCatalogues) });
      }),
    [actions, engine, run],
  );

  const review: ReportResult | undefined = useMemo(() => {
    if (!engine || !input) return undefined;
    return buildReport(engine, input.sheet, settings, cataloguesWith(engine, custom?.catalogue), previous?.sheet);
  }, [engine, input, settings, custom, previous]);

  const generate = useCallback(
    () =>
      run("generate", ui.generate.preparing, async (progress) => {
        if (!engine || !input) return;
        const current = settingsRef.current;
        progress(ui.generate.savingSettings);
        // An emblem too large for the workbook is still used for this report; the user is told.
        const saved = await actions.saveSettings(current);
        setSaveError(saved.kept === "all" ? undefined : ui.storage.emblemNotInWorkbook(saved.reason));
        progress(ui.generate.readingCatalogue);
        const found = await readCustom(engine, yearOf(current, input.sheet));
        setCustom(found);
        const catalogues = cataloguesWith(engine, found?.catalogue);
        const sheet = readScoresFrom(engine, input.range, catalogues);
        const report = buildReport(engine, sheet, current, catalogues, previous?.sheet);
        progress(ui.generate.working);
        setOutcome(undefined);
        setToDo(undefined);
        setOutcome(await actions.generate(input.range, report, progress));
        // The result shows first; the checklist (a layout of every sheet) follows a frame later.
        await new Promise((resolve) => setTimeout(resolve, 0));
        setToDo(await engine.officeToDo(report, current.document));
      }),
    [actions, engine, input, previous, readCustom, run],
  );

  const writeCatalogue = useCallback(
    () =>
      run("catalogue", ui.catalogue.writing, async () => {
        if (!engine) return;
        const base = custom?.catalogue ?? engine.catalogueForYear(yearOf(settingsRef.current, input?.sheet));
        setCatalogueSheet(await actions.writeCatalogueSheet(base));
      }),
    [actions, custom, engine, input, run],
  );

  const selectCell = useCallback(
    (cell: string) => {
      if (!input) return;
      actions.selectCell(input.range.sheetName, cell).catch((e: unknown) => fail("read", e));
    },
    [actions, fail, input],
  );

  const activate = useCallback(
    (name: string) => {
      actions.activateSheet(name).catch((e: unknown) => fail("generate", e));
    },
    [actions, fail],
  );

  return {
    engine,
    engineError,
    caps,
    settings,
    settingsKey,
    setSettings,
    saveError,
    input,
    custom,
    previous,
    sheetNames,
    review,
    busy,
    error,
    step,
    outcome,
    toDo,
    catalogueSheet,
    read,
    choosePrevious,
    generate,
    writeCatalogue,
    selectCell,
    activate,
  };
}

export type PaneModel = ReturnType<typeof usePane>;
