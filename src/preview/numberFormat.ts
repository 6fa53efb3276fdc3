import { toThaiDigits } from "../core/text/digits";

/**
 * A number as a spreadsheet shows it with the plan's number formats (src/core/plan/format.ts):
 * sections "positive;negative;zero", a "[$-D…]" locale prefix for Thai digit shapes, literal
 * signs, and "0", "0.0", "0.00"… for the decimals. Enough for what the plan writes; anything
 * else is shown with two decimals, as the renderers' default format ("0.00") would.
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const sections = (format ?? "0.00").split(";");
  const section = value < 0 && sections.length > 1 ? sections[1] : value === 0 && sections.length > 2 ? sections[2] : sections[0];
  // A negative number shown with the first section keeps its minus sign; the second section writes its own.
  const ownSign = value < 0 && sections.length === 1 ? "-" : "";
  const thai = /\[\$-D[0-9A-Fa-f]*\]/.test(section);
  const body = section.replace(/\[[^\]]*\]/g, "").replace(/"([^"]*)"/g, "$1");
  const digits = /0(?:\.(0+))?/.exec(body);
  if (!digits) return ownSign + render(Math.abs(value), 2, thai);
  const decimals = digits[1]?.length ?? 0;
  const shown = body.slice(0, digits.index) + render(Math.abs(value), decimals, thai) + body.slice(digits.index + digits[0].length);
  return ownSign + shown;
}

function render(n: number, decimals: number, thai: boolean): string {
  const text = n.toFixed(decimals);
  return thai ? toThaiDigits(text) : text;
}
