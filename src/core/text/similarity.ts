/** Fuzzy matching of Thai names (typos, spacing, "การแก้ไข" vs "การแก้"), by character bigrams. */

export function squash(text: string): string {
  return text.replace(/[\s.,:;()"“”'‘’\-–/]+/g, "").toLowerCase();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient of two texts after squashing; 1 = same. */
export function similarity(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  if (x === y) return x === "" ? 0 : 1;
  if (x.length < 2 || y.length < 2) return 0;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let common = 0;
  for (const [g, n] of gx) common += Math.min(n, gy.get(g) ?? 0);
  return (2 * common) / (x.length - 1 + (y.length - 1));
}
