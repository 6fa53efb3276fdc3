/**
 * Competition ranking ("1, 1, 3"): equal scores share a rank, the next rank skips.
 * Items keep a stable order among equals by `tieBreak` ascending.
 */
export function rankByScore<T>(items: readonly T[], score: (t: T) => number, tieBreak: (t: T) => number): { item: T; rank: number }[] {
  const sorted = [...items].sort((a, b) => score(b) - score(a) || tieBreak(a) - tieBreak(b));
  const out: { item: T; rank: number }[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const rank = prev && sameScore(score(prev.item), score(item)) ? prev.rank : i + 1;
    out.push({ item, rank });
  });
  return out;
}

function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
