import { toArabicDigits } from "./digits";

/**
 * Reads a score as users paste it: 98.33, "98.33 ", "๙๘.๓๓", "79.05%", "1,000" is not a score.
 * Returns undefined when the text is not a plain number (the caller decides what that means).
 */
export function parseNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") {
    if (value && typeof value === "object" && "result" in (value as object)) {
      return parseNumber((value as { result: unknown }).result);
    }
    return undefined;
  }
  const t = toArabicDigits(value).replace(/[\u00a0\s]+/g, "").replace(/คะแนน$/, "").replace(/%$/, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

/** True when a text looks like an attempt at a number (digits inside), for warnings. */
export function looksNumeric(text: string): boolean {
  return /^[^ก-ฮ]*[0-9๐-๙][^ก-ฮ]*$/.test(text) && text.length <= 24;
}

/** Two-decimal rounding that avoids 94.905 → 94.90 binary surprises. */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

/** "94.90" — scores are always shown with two decimals. */
export function formatScore(n: number): string {
  return round2(n).toFixed(2);
}
