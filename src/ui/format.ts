import { formatScore } from "../core/text/numbers";

export { formatScore };

/** "+1.25", "−2.00", "0.00": a score change as read aloud and printed. */
export function formatChange(change: number): string {
  const text = formatScore(Math.abs(change));
  if (text === "0.00") return text;
  return change > 0 ? `+${text}` : `−${text}`;
}

/** Thai digits typed in a field are read as numbers too. */
export function parseTypedNumber(text: string): number | undefined {
  const t = text.trim().replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}
