/// <reference types="office-js" />
import { layoutSheet, type LaidOutSheet } from "../core/plan/layout";
import type { SheetPlan } from "../core/plan/types";
import type { ReportResult } from "../core/pipeline";
import { columnLetters } from "../core/reader/address";
import { cellsOf } from "./a1";
import { blockRows, columnTexts, maskGeneratedColumns, placeColumns, tableRightEdge, type ColumnsPlan } from "./analysisColumns";
import { countRequests, jsonBytes, queueInRequests, write, type Write } from "./batch";
import { detectFeatures, type Features } from "./capabilities";
import { hashCell, latestColumns, queueReadRecord, sameName, saveRecord, withSheet, type GeneratedRecord } from "./fingerprints";
import { OfficeLayerError, run, type OfficeHost, type RoundTrips } from "./host";
import { chartWrites, deleteOurCharts } from "./chartWrites";
import { annotationWrites, FIT_TO_WIDTH, IMAGE_NAME, resetSheetWrites, sheetSetupWrites, sheetWrites } from "./renderPlan";
import { probeEarlier, probeWritten, type ContentProbe } from "./sheetContent";
import { decideSheet, type SheetDecision } from "./sheets";
import { excelTh } from "./strings";
import type { GeneratedSheet, GenerationOutcome, SheetRange } from "./types";
import { columnsBlock, columnsWrites } from "./writeColumns";

/**
 * One generation in four round trips, whatever the number of questions:
 *   1. the names of the sheets and the record of what was generated before;
 *   2. what our earlier sheets and the cells right of the pasted table hold now;
 *   3. every write, plus reading back what was written (for the fingerprints);
 *   4. the new record into workbook.settings (it holds what 3 read back).
 * Only a write or read too large for one request (over ~4 MB) adds round trips, and a sheet that
 * lost its fit-to-width one more (see readBack).
 */

export interface GenerateOptions {
  budgetBytes: number;
  onProgress?: (message: string) => void;
}

interface Target {
  plan: SheetPlan;
  laid: LaidOutSheet;
  decision: SheetDecision;
  ws?: Excel.Worksheet;
  written?: ContentProbe;
  layout?: Excel.PageLayout;
  /** The charts on our earlier sheet of this name (loaded in round trip 2), to replace ours. */
  charts?: Excel.ChartCollection;
  /** Pictures on our earlier sheet (loaded in round trip 2): ours go before the sheet is written again. */
  shapes?: Excel.ShapeCollection;
}

export async function generate(host: OfficeHost, input: SheetRange, report: ReportResult, options: GenerateOptions): Promise<GenerationOutcome> {
  const features = detectFeatures(host);
  if (!features.generate) throw new OfficeLayerError(excelTh.capabilities.noGenerate);
  const progress = options.onProgress ?? (() => undefined);
  const notes: string[] = [];
  if (!features.printSetup) notes.push(excelTh.capabilities.noPrintSetup);

  const outcome = await run(host, async (trips) => {
    const survey = await surveyWorkbook(trips, input, report, queueReadRecord(trips, host, features), options.budgetBytes, progress, features);
    const record = survey.record;
    if (!survey.columns) notes.push(excelTh.outcome.noQuestionRows);
    else if (!survey.columns.header) notes.push(excelTh.outcome.noHeaderRow(survey.inputName));
    progress(excelTh.progress.writing(survey.targets.map((t) => `"${t.decision.name}"`).join(", ")));
    const columns = survey.columns ? { plan: survey.columns, ws: survey.inputWs } : undefined;
    await writeAll(trips, survey.targets, columns, report, features, options.budgetBytes, progress);
    if (!features.charts) for (const t of survey.targets) if (t.laid.charts.length > 0) notes.push(excelTh.outcome.noChart(t.decision.name));
    const back = await readBack(trips, survey.targets, columns, record, features, options.budgetBytes);
    notes.push(...back.notes);
    const generated: GeneratedSheet[] = survey.targets.map((t) => ({ name: t.decision.name, role: t.plan.role, status: t.decision.status, message: t.decision.message }));
    if (survey.columns) generated.push({ name: survey.inputName, role: "analysisColumns", status: survey.columns.status, message: survey.columns.message });
    progress(excelTh.progress.saving);
    try {
      await saveRecord(trips, host, back.record);
    } catch (error) {
      // The sheets are written; the user must know edits may not be recognised after reopening.
      notes.push(excelTh.outcome.fingerprintNotSaved(error instanceof Error ? error.message : String(error)));
    }
    return { generated, syncs: trips.count };
  });
  return { sheets: outcome.generated, syncs: outcome.syncs, notes, cellNotes: features.notes, draftMarks: features.draftMarks };
}

/**
 * Round trips 1 and 2: which sheets exist, then what our earlier sheets and the cells right of
 * the pasted table hold now; from that, where every document goes.
 */
async function surveyWorkbook(trips: RoundTrips, input: SheetRange, report: ReportResult, readRecord: () => GeneratedRecord, budget: number, progress: (m: string) => void, features: Features) {
  const ctx = trips.context;
  progress(excelTh.progress.reading);
  const sheets = ctx.workbook.worksheets.load("items/name");
  await trips.sync();
  const record = readRecord();
  const names = sheets.items.map((s) => s.name);
  const inputName = names.find((n) => sameName(n, input.sheetName));
  if (inputName === undefined) throw new OfficeLayerError(excelTh.errors.sheetMissing(input.sheetName));

  progress(excelTh.progress.checking);
  const roles = new Set<string>(report.plan.sheets.map((s) => s.role));
  const earlier = new Map<string, ContentProbe>();
  const charts = new Map<string, Excel.ChartCollection>();
  const shapes = new Map<string, Excel.ShapeCollection>();
  const loads: Write[] = [];
  for (const fp of record.sheets) {
    const name = names.find((n) => sameName(n, fp.name));
    if (roles.has(fp.role) && name !== undefined) {
      const ws = ctx.workbook.worksheets.getItem(name);
      const probe = probeEarlier(ws, fp, budget);
      earlier.set(name.toLowerCase(), probe);
      loads.push(...probe.loads);
      // Charts outlive Range.clear: the names of the ones there, to delete ours if the sheet is written again.
      loads.push({ bytes: 200, apply: () => void charts.set(name.toLowerCase(), ws.charts.load("items/name")) });
      // A memo written before may carry our emblem: found now, removed when written again.
      if (features.images && (fp.role === "measuresMemo" || fp.role === "followUpMemo")) {
        loads.push({ bytes: 200, apply: () => void shapes.set(name.toLowerCase(), ws.shapes.load("items/name")) });
      }
    }
  }
  const inputWs = ctx.workbook.worksheets.getItem(inputName);
  const texts = columnTexts(report.analysis.questions, input);
  const tableRight = tableRightEdge(maskGeneratedColumns(input, record));
  const rows = blockRows(texts);
  let right: Excel.Range | undefined;
  if (rows) {
    const prev = latestColumns(record, inputName);
    const top = Math.min(rows.top, prev?.top ?? rows.top);
    const bottom = Math.max(rows.bottom, prev?.bottom ?? rows.bottom);
    // Mostly our earlier columns: about the size of the new texts.
    const cells = `${columnLetters(tableRight + 1)}${top}:XFD${bottom}`;
    loads.push({ bytes: jsonBytes([...texts.values()]), apply: () => void (right = inputWs.getRange(cells).getUsedRangeOrNullObject(true).load("address,formulas")) });
  }
  // Several large sheets of ours may not fit one response: the loads spread over requests.
  await queueInRequests(trips, loads, budget, () => undefined);
  await trips.sync();

  const taken = new Set(names.map((n) => n.toLowerCase()));
  const targets: Target[] = report.plan.sheets.map((plan) => {
    const decision = decideSheet({
      role: plan.role,
      base: plan.name,
      record,
      exists: (n) => taken.has(n.toLowerCase()),
      contentHash: (n) => earlier.get(n.toLowerCase())?.hash(),
    });
    taken.add(decision.name.toLowerCase());
    const existing = decision.mode === "reset" ? charts.get(decision.name.toLowerCase()) : undefined;
    const own = decision.mode === "reset" ? shapes.get(decision.name.toLowerCase()) : undefined;
    return { plan, laid: layoutSheet(plan, report.plan), decision, ...(existing ? { charts: existing } : {}), ...(own ? { shapes: own } : {}) };
  });
  const current = right && !right.isNullObject ? cellsOf(right.address, right.formulas) : () => "";
  const columns = placeColumns({ sheet: inputName, tableRight, texts, record, current });
  return { inputName, inputWs, targets, columns, record };
}

/**
 * In the last request: what the sheets and columns hold now (their fingerprints), whether Excel
 * kept fit-to-width, and the first report sheet made the active one (so the user sees the report,
 * not the score sheet). Excel may drop fit-to-pages unless the Page Layout tab has been opened
 * (office-js #1860; setting a scale does apply): a sheet that lost it is activated and given the
 * zoom again in one more request, then checked again; one that still lost it is said, rather
 * than printed small.
 */
async function readBack(
  trips: RoundTrips,
  targets: Target[],
  columns: { plan: ColumnsPlan; ws: Excel.Worksheet } | undefined,
  record: GeneratedRecord,
  features: Features,
  budget: number,
): Promise<{ record: GeneratedRecord; notes: string[] }> {
  const loads: Write[] = [];
  for (const t of targets) {
    const last = t.laid.rows.length > 0 ? t.laid.rows[t.laid.rows.length - 1].row : 1;
    const values = t.laid.rows.map((row) => row.cells.map((c) => c.value ?? ""));
    t.written = probeWritten(t.ws!, { top: 1, left: 1, bottom: last, right: Math.max(1, t.laid.width) }, jsonBytes(values), budget);
    loads.push(...t.written.loads);
    if (features.printSetup && t.plan.print.fitToWidth) t.layout = t.ws!.pageLayout.load("zoom");
  }
  let writtenColumns: Excel.Range | undefined;
  if (columns) loads.push({ bytes: jsonBytes(columns.plan.values), apply: () => void (writtenColumns = columns.ws.getRange(columnsBlock(columns.plan)).load("formulas")) });
  // The first part rides with the last write request; more only when the sheets are large.
  await queueInRequests(trips, loads, budget, () => undefined);
  if (targets.length > 0) targets[0].ws!.activate();
  await trips.sync();

  const fitLost = (t: Target) => t.layout !== undefined && t.layout.zoom.horizontalFitToPages !== 1;
  const retry = targets.filter(fitLost);
  if (retry.length > 0) {
    for (const t of retry) {
      t.ws!.activate();
      t.ws!.pageLayout.zoom = { ...FIT_TO_WIDTH };
      t.layout = t.ws!.pageLayout.load("zoom");
    }
    targets[0].ws!.activate();
    await trips.sync();
  }
  const notes = retry.filter(fitLost).map((t) => excelTh.outcome.fitNotApplied(t.decision.name));
  let next = record;
  for (const t of targets) {
    next = withSheet(next, { role: t.plan.role, name: t.decision.name, hash: t.written!.hash(), ...t.written!.extent() });
  }
  if (columns && writtenColumns) {
    const { sheet, left, top, bottom } = columns.plan;
    next = { ...next, columns: [...next.columns, { sheet, left, top, bottom, cells: writtenColumns.formulas.flatMap((row) => row.map(hashCell)) }] };
  }
  return { record: next, notes };
}

/** Acquires the worksheets and queues every write, split into requests under the budget. */
async function writeAll(
  trips: RoundTrips,
  targets: Target[],
  columns: { plan: ColumnsPlan; ws: Excel.Worksheet } | undefined,
  report: ReportResult,
  features: Features,
  budget: number,
  progress: (message: string) => void,
): Promise<number> {
  const ctx = trips.context;
  const suspend = () => {
    if (features.printSetup) ctx.application.suspendScreenUpdatingUntilNextSync();
    if (features.suspendCalculation) ctx.application.suspendApiCalculationUntilNextSync();
  };
  suspend();
  const writes: Write[] = [];
  for (const t of targets) {
    t.ws = t.decision.mode === "reset" ? ctx.workbook.worksheets.getItem(t.decision.name) : ctx.workbook.worksheets.add(t.decision.name);
    if (t.decision.mode === "reset") writes.push(...resetSheetWrites(t.ws, features), ...(t.charts ? deleteOurCharts(t.charts) : []));
    for (const shape of t.shapes?.items ?? []) if (shape.name === IMAGE_NAME) writes.push(write(IMAGE_NAME, () => shape.delete()));
    writes.push(...sheetWrites(t.ws, t.plan, report.plan, t.laid, budget));
    writes.push(...sheetSetupWrites(t.ws, t.plan, report.plan, t.laid, features));
    writes.push(...chartWrites(t.ws, report.plan, t.laid, features));
    writes.push(...annotationWrites(t.ws, t.laid, features));
  }
  if (columns) writes.push(...columnsWrites(columns.ws, columns.plan, report.plan, budget));
  const total = countRequests(writes, budget);
  let part = 1;
  if (total > 1) progress(excelTh.progress.writingPart(part, total));
  return queueInRequests(trips, writes, budget, () => {
    progress(excelTh.progress.writingPart(++part, total));
    suspend();
  });
}
