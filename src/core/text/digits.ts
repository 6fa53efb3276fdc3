/** Thai digits ๐–๙ ↔ Arabic 0–9. Small pure helpers, date-fns style. */

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits with Arabic ones; everything else is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Replaces Arabic digits with Thai ones; everything else is kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
