/// <reference types="office-js" />
import { CATALOGUE_COLUMN_WIDTHS, catalogueFromRows, catalogueTable, type CatalogueRowKind } from "../core/catalogue/table";
import type { Catalogue } from "../core/catalogue/types";
import type { Warning } from "../core/model";
import { DEFAULT_FONT } from "../core/plan/settings";
import { REPORT_STYLES } from "../core/plan/styles";
import { lineCount, rowHeightFor } from "../core/plan/textMetrics";
import { columnLetters } from "../core/reader/address";
import { formatBlock } from "./a1";
import { jsonBytes, queueInRequests, rowChunks, write, type Write } from "./batch";
import { detectFeatures, type Features } from "./capabilities";
import { hashSheet, queueReadRecord, saveRecord, withSheet } from "./fingerprints";
import { OfficeLayerError, run, type OfficeHost } from "./host";
import { findSheetName, locateFound, readBlock } from "./readRange";
import { charsToPoints } from "./renderPlan";
import { loadSettings } from "./settingsStore";
import { decideSheet, EMPTY_SHEET } from "./sheets";
import { excelTh } from "./strings";

/**
 * The catalogue as an editable sheet (core/catalogue/table.ts gives the rows). Written cell by
 * cell in one row per question or measure, never through the report layout: a row split over
 * two would no longer read back as one item. Rows are unmerged and wrapped, so Excel's autofit
 * sizes them; only the long note spans the table with a height of its own.
 */

function spans(kinds: readonly CatalogueRowKind[], wanted: (k: CatalogueRowKind) => boolean): [number, number][] {
  const out: [number, number][] = [];
  kinds.forEach((k, i) => {
    if (!wanted(k)) return;
    const last = out[out.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else out.push([i + 1, i + 1]);
  });
  return out;
}

function catalogueWrites(ws: Excel.Worksheet, cat: Catalogue, font: { name: string; size: number }, features: Features, budget: number): Write[] {
  const { rows, kinds } = catalogueTable(cat);
  const width = CATALOGUE_COLUMN_WIDTHS.length;
  const out: Write[] = [];
  CATALOGUE_COLUMN_WIDTHS.forEach((w, i) => {
    const c = columnLetters(i + 1);
    out.push(write(w, () => (ws.getRange(`${c}:${c}`).format.columnWidth = charsToPoints(w))));
  });
  const indexed = rows.map((cells, i) => ({ row: i + 1, cells }));
  for (const chunk of rowChunks(indexed, budget / 2, (r) => 2 * jsonBytes(r.cells))) {
    const range = ws.getRange(formatBlock({ top: chunk[0].row, bottom: chunk[chunk.length - 1].row, left: 1, right: width }));
    const formats = chunk.map((r) => r.cells.map(() => "@"));
    const values = chunk.map((r) => r.cells);
    out.push(write(formats, () => (range.numberFormat = formats)));
    out.push(write(values, () => (range.values = values)));
  }
  const all = ws.getRange(formatBlock({ top: 1, bottom: rows.length, left: 1, right: width }));
  out.push(
    write(font, () => {
      all.format.font.name = font.name;
      all.format.font.size = font.size;
      all.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    }, 3),
  );
  const block = (from: number, to: number) => ws.getRange(formatBlock({ top: from, bottom: to, left: 1, right: width }));
  for (const [from, to] of spans(kinds, (k) => k === "title" || k === "section" || k === "header" || k === "meta")) {
    out.push(write("bold", () => (block(from, to).format.font.bold = true)));
  }
  for (const [from, to] of spans(kinds, (k) => k === "header" || k === "question" || k === "measure")) {
    out.push(
      write("table", () => {
        const range = block(from, to);
        range.format.wrapText = true;
        for (const side of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as Excel.BorderIndex[]) {
          const border = range.format.borders.getItem(side);
          border.style = "Continuous" as Excel.BorderLineStyle;
          border.weight = "Thin" as Excel.BorderWeight;
        }
      }, 13),
    );
    out.push(write("autofit", () => block(from, to).format.autofitRows()));
  }
  for (const [from, to] of spans(kinds, (k) => k === "header")) {
    out.push(
      write("header", () => {
        const range = block(from, to);
        range.format.fill.color = `#${REPORT_STYLES.tableHeader.fill}`;
        range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      }, 2),
    );
  }
  for (const [from] of spans(kinds, (k) => k === "title")) out.push(write("title", () => (block(from, from).format.font.size = font.size + 2)));
  // The note is one long paragraph: merged across the table, with the height it needs.
  for (const [from] of spans(kinds, (k) => k === "note")) {
    const total = CATALOGUE_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
    const height = Math.min(409, rowHeightFor(lineCount(rows[from - 1][0], total, font.size), font.size));
    out.push(
      write("note", () => {
        const range = block(from, from);
        range.merge(false);
        range.format.wrapText = true;
        range.format.font.italic = true;
        range.format.rowHeight = height;
      }, 4),
    );
  }
  if (features.tabColor) out.push(write("tab", () => (ws.tabColor = "#7F7F7F")));
  return out;
}

/** Writes the catalogue sheet (a copy beside it when the user edited ours); returns its name. */
export async function writeCatalogueSheet(host: OfficeHost, cat: Catalogue, budget: number): Promise<string> {
  const features = detectFeatures(host);
  if (!features.generate) throw new OfficeLayerError(excelTh.capabilities.noGenerate);
  const settings = loadSettings(host);
  const font = { name: settings?.fontName ?? DEFAULT_FONT.name, size: settings?.fontSize ?? DEFAULT_FONT.size };
  const base = excelTh.catalogueSheetName;
  return run(host, async (trips) => {
    const ctx = trips.context;
    const sheets = ctx.workbook.worksheets.load("items/name");
    const readRecord = queueReadRecord(trips, host, features);
    await trips.sync();
    const record = readRecord();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const previous = record.sheets.find((s) => s.role === "catalogue");
    let earlier: Excel.Range | undefined;
    if (previous && taken.has(previous.name.toLowerCase())) {
      earlier = ctx.workbook.worksheets.getItem(previous.name).getUsedRangeOrNullObject(true).load("address,formulas");
      await trips.sync();
    }
    const decision = decideSheet({
      role: "catalogue",
      base,
      record,
      exists: (n) => taken.has(n.toLowerCase()),
      contentHash: (n) => (earlier && previous && n.toLowerCase() === previous.name.toLowerCase() ? (earlier.isNullObject ? EMPTY_SHEET : hashSheet(earlier.address, earlier.formulas)) : undefined),
    });
    const ws = decision.mode === "reset" ? ctx.workbook.worksheets.getItem(decision.name) : ctx.workbook.worksheets.add(decision.name);
    const writes: Write[] = [];
    if (decision.mode === "reset") {
      writes.push(
        write("reset", () => {
          const all = ws.getRange();
          all.unmerge();
          all.clear("All" as Excel.ClearApplyTo);
          // ExcelApi 1.7; without it the rows written next are autofitted anyway.
          if (features.standardSizes) all.format.useStandardHeight = true;
        }, 3),
      );
    }
    writes.push(...catalogueWrites(ws, cat, font, features, budget));
    await queueInRequests(trips, writes, budget, () => undefined);
    const written = ws.getUsedRangeOrNullObject(true).load("address,formulas");
    await trips.sync();
    const hash = written.isNullObject ? EMPTY_SHEET : hashSheet(written.address, written.formulas);
    try {
      await saveRecord(trips, host, withSheet(record, { role: "catalogue", name: decision.name, hash }));
    } catch (error) {
      throw new OfficeLayerError(excelTh.outcome.fingerprintNotSaved(error instanceof Error ? error.message : String(error)), error);
    }
    return decision.name;
  });
}

/** Reads the user's catalogue sheet onto `base`; undefined when the workbook has none. */
export async function readCatalogueSheet(
  host: OfficeHost,
  base: Catalogue,
  cellsPerRequest: number,
): Promise<{ catalogue: Catalogue; warnings: Warning[] } | undefined> {
  const features = detectFeatures(host);
  return run(host, async (trips) => {
    const readRecord = queueReadRecord(trips, host, features);
    const name = await findSheetName(trips, excelTh.catalogueSheetName);
    if (name === undefined) return undefined;
    const range = await readBlock(trips, await locateFound(trips, name, features), readRecord(), cellsPerRequest);
    return catalogueFromRows(range.grid, base, { sheetName: range.sheetName, firstRow: range.rowOffset + 1, firstColumn: range.columnOffset + 1 });
  });
}
