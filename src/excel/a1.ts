import { columnLetters } from "../core/reader/address";

/** A1 addresses as Office.js reports them ("'My Sheet'!B3:H60", "Sheet1!A1"), 1-based. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Excel's last row and column (entire-column "D:E" and entire-row "3:5" addresses reach them). */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

export function parseAddress(address: string): Block {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(local);
  if (columns) return { top: 1, left: columnNumber(columns[1]), bottom: LAST_ROW, right: columnNumber(columns[2]) };
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: LAST_COLUMN };
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(local);
  if (!m) throw new Error(`Unexpected range address from Excel: ${address}`);
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

export function formatBlock(b: Block): string {
  const first = `${columnLetters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? first : `${first}:${columnLetters(b.right)}${b.bottom}`;
}

/** A cell lookup over a loaded block; "" outside it. */
export function cellsOf(address: string, grid: readonly (readonly unknown[])[]): (row: number, column: number) => unknown {
  const b = parseAddress(address);
  return (row, column) => grid[row - b.top]?.[column - b.left] ?? "";
}
