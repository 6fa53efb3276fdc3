/** 1 → "A", 27 → "AA": column letters of an A1-style address. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** (row 3, column 2) → "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
