/**
 * The text/html flavour of a clipboard (a table copied from the ITAS web page, Excel or Word)
 * → a grid, the way Excel pastes it: a spanned cell's text in its first cell, the cells it
 * covers empty. Group labels that span rows therefore appear only on their first row, which
 * is what the reader expects from a plain-text paste too.
 */
export function htmlTableToGrid(html: string, parser: DOMParser = new DOMParser()): string[][] | undefined {
  const doc = parser.parseFromString(html, "text/html");
  const tables = Array.from(doc.querySelectorAll("table")).filter((t) => !t.parentElement?.closest("table"));
  if (tables.length === 0) return undefined;
  const grid: string[][] = [];
  for (const table of tables) {
    if (grid.length > 0) grid.push([]);
    grid.push(...tableRows(table));
  }
  return grid.some((row) => row.some((c) => c !== "")) ? grid : undefined;
}

function tableRows(table: HTMLTableElement): string[][] {
  const rows: string[][] = [];
  /** Columns still covered by a rowspan from above: column → rows left. */
  const covered = new Map<number, number>();
  for (const tr of Array.from(table.rows)) {
    const row: string[] = [];
    let col = 0;
    const skipCovered = () => {
      while ((covered.get(col) ?? 0) > 0) {
        row[col] = "";
        col++;
      }
    };
    for (const cell of Array.from(tr.cells)) {
      skipCovered();
      const colspan = clampSpan(cell.getAttribute("colspan"));
      const rowspan = clampSpan(cell.getAttribute("rowspan"));
      row[col] = cellText(cell);
      for (let k = 1; k < colspan; k++) row[col + k] = "";
      if (rowspan > 1) for (let k = 0; k < colspan; k++) covered.set(col + k, rowspan);
      col += colspan;
    }
    skipCovered();
    rows.push(Array.from(row, (c) => c ?? ""));
    for (const [c, left] of covered) {
      if (left <= 1) covered.delete(c);
      else covered.set(c, left - 1);
    }
  }
  return rows;
}

function clampSpan(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : 1;
}

/** Visible text of a cell: line breaks kept where the page broke lines, other runs of space collapsed. */
function cellText(cell: HTMLTableCellElement): string {
  const clone = cell.cloneNode(true) as HTMLElement;
  clone.querySelectorAll("br").forEach((br) => br.replaceWith("\n"));
  clone.querySelectorAll("p, div, li").forEach((block) => block.append("\n"));
  clone.querySelectorAll("style, script").forEach((el) => el.remove());
  return (clone.textContent ?? "")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
