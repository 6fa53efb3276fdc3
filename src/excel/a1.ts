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

export function parseAddress(address: string): Block {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
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
