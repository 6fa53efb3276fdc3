import ExcelJS from "exceljs";
import { CATALOGUE_COLUMN_WIDTHS, catalogueTable } from "../core/catalogue/table";
import type { Catalogue } from "../core/catalogue/types";
import { DEFAULT_FONT } from "../core/plan/settings";
import { MAX_ROW_HEIGHT, rowHeightFor, wrapLines } from "../core/plan/textMetrics";

/**
 * The catalogue as an editable .xlsx (the same table the add-in writes to a sheet), for offices
 * without the add-in: edit it in Excel or LibreOffice, then pass it back with --catalogue.
 * One row per question or measure, never split: a row split in two would not read back as one.
 */
export async function writeCatalogueWorkbook(cat: Catalogue, font: { name: string; size: number } = DEFAULT_FONT): Promise<Uint8Array> {
  const { rows, kinds } = catalogueTable(cat);
  const wb = new ExcelJS.Workbook();
  wb.creator = "itas-report";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet(cat.id, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  ws.columns = CATALOGUE_COLUMN_WIDTHS.map((width) => ({ width }));
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
  rows.forEach((cells, i) => {
    const kind = kinds[i];
    const row = ws.getRow(i + 1);
    const bold = kind === "title" || kind === "section" || kind === "header" || kind === "meta";
    const inTable = kind === "header" || kind === "question" || kind === "measure";
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // Text, always: a code such as "1" or a text starting with "=" stays as typed.
      cell.numFmt = "@";
      if (value !== "") cell.value = value;
      cell.font = { name: font.name, size: font.size, bold };
      // Titles and labels run on into the empty cells beside them; table cells wrap.
      cell.alignment = { vertical: "top", wrapText: inTable };
      if (inTable) cell.border = { top: thin, bottom: thin, left: thin, right: thin };
      if (kind === "header") cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
    });
    if (kind === "note") {
      ws.mergeCells(i + 1, 1, i + 1, CATALOGUE_COLUMN_WIDTHS.length);
      row.getCell(1).alignment = { vertical: "top", wrapText: true };
    }
    // Generated files are not autofitted on opening: the height comes from the longest cell.
    const widthOf = (c: number) => (kind === "note" ? CATALOGUE_COLUMN_WIDTHS.reduce((a, b) => a + b, 0) : CATALOGUE_COLUMN_WIDTHS[c] ?? 10);
    const wraps = inTable || kind === "note";
    const lines = wraps ? Math.max(1, ...cells.map((v, c) => (v === "" ? 1 : wrapLines(v, widthOf(c), font.size, bold).length))) : 1;
    // Excel's largest row; a longer text still shows whole in the cell when the user edits it.
    row.height = Math.min(MAX_ROW_HEIGHT, rowHeightFor(lines, font.size));
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
