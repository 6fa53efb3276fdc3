import JSZip from "jszip";
import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";

/** Each <row> of a sheet part: its number, stored height and whether it is marked manually sized. */
function rowsOf(xml: string): Map<number, { ht?: number; custom: boolean }> {
  const out = new Map<number, { ht?: number; custom: boolean }>();
  for (const m of xml.matchAll(/<row ([^>]*)>/g)) {
    const attrs = m[1];
    const r = Number(/\br="(\d+)"/.exec(attrs)![1]);
    const ht = /\bht="([\d.]+)"/.exec(attrs);
    out.set(r, { ...(ht ? { ht: Number(ht[1]) } : {}), custom: /\bcustomHeight="1"/.test(attrs) });
  }
  return out;
}

/** Rows holding a merged range, from the sheet's <mergeCells>. */
function mergedRows(xml: string): Set<number> {
  const out = new Set<number>();
  for (const m of xml.matchAll(/<mergeCell ref="[A-Z]+(\d+):[A-Z]+(\d+)"/g)) for (let r = Number(m[1]); r <= Number(m[2]); r++) out.add(r);
  return out;
}

describe(".xlsx rows that grow with their text", () => {
  test.each(["ita-2568-khuansaorang.tsv", "ita-2565-tharnkasem.tsv"] as const)("%s: no unmerged table row is marked manually sized; every row keeps the height LibreOffice prints", async (sample) => {
    const report = makeReport(readScores(sampleGrid(sample)));
    const zip = await JSZip.loadAsync(await writeWorkbook(report.plan));
    for (const [i, sheet] of report.plan.sheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
      const rows = rowsOf(xml);
      const merged = mergedRows(xml);
      const laid = layoutSheet(sheet, report.plan);
      // The table rows: from the table header (the repeated row) to the end, without merges.
      // A memo has no table.
      const tableStart = laid.printTitleRows?.[0] ?? Infinity;
      let tableRows = 0;
      for (const row of laid.rows) {
        const stored = rows.get(row.row)!;
        expect({ sheet: sheet.name, row: row.row, ht: stored.ht }).toEqual({ sheet: sheet.name, row: row.row, ht: row.height });
        if (row.row >= tableStart && !merged.has(row.row)) {
          tableRows++;
          expect({ sheet: sheet.name, row: row.row, custom: stored.custom }).toEqual({ sheet: sheet.name, row: row.row, custom: false });
        }
        // Rows Excel cannot refit (a merged range) keep their height.
        if (merged.has(row.row)) expect({ sheet: sheet.name, row: row.row, custom: stored.custom }).toEqual({ sheet: sheet.name, row: row.row, custom: true });
      }
      if (laid.printTitleRows) expect(tableRows).toBeGreaterThan(3);
      // Numbered on its own, from page 1.
      expect(xml).toMatch(/<pageSetup [^>]*firstPageNumber="1"[^>]*useFirstPageNumber="1"/);
    }
  });
});
