import JSZip from "jszip";

/** Per worksheet id (ExcelJS's, which names the part xl/worksheets/sheet<id>.xml): its auto-height rows. */
export type AutoHeightRows = Map<number, Set<number>>;

/**
 * Marks rows as auto-height in a workbook ExcelJS wrote: their stored height kept, their manual
 * flag removed. ExcelJS has no way to write a row height without `customHeight="1"`
 * (lib/xlsx/xform/sheet/row-xform.js writes both whenever a row has a height), so this small
 * step edits the `<row>` tags of the sheet parts and nothing else. Without the flag, Excel
 * refits the row to its text on opening and on every edit, and LibreOffice prints the stored
 * height and refits the row when a cell is edited.
 */
export async function withAutoHeightRows(xlsx: Uint8Array, rows: AutoHeightRows): Promise<Uint8Array> {
  if ([...rows.values()].every((s) => s.size === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  for (const [id, auto] of rows) {
    if (auto.size === 0) continue;
    const name = `xl/worksheets/sheet${id}.xml`;
    const part = zip.file(name);
    if (!part) throw new Error(`${name} is missing from the workbook ExcelJS wrote`);
    const xml = await part.async("string");
    const edited = xml.replace(/<row r="(\d+)"([^>]*?) customHeight="1"/g, (tag: string, r: string, between: string) => (auto.has(Number(r)) ? `<row r="${r}"${between}` : tag));
    zip.file(name, edited);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
