/**
 * Turns any cell value (string, number, Date, ExcelJS rich text, formula result…) into
 * clean one-line-per-paragraph text: HTML tags from converted documents removed,
 * non-breaking and zero-width spaces normalised, runs of spaces collapsed.
 */
export function cellText(value: unknown): string {
  return cleanText(rawText(value));
}

function rawText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return o.richText.map((run) => rawText((run as Record<string, unknown>)?.text)).join("");
    }
    if ("result" in o) return rawText(o.result);
    if ("text" in o) return rawText(o.text);
    if ("error" in o) return "";
  }
  return "";
}

const HTML_BREAK = /<\s*(br|\/p|\/li|\/div|\/tr)\s*\/?>/gi;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

export function cleanText(text: string): string {
  if (text === "") return "";
  let t = text;
  if (t.includes("<")) t = t.replace(HTML_BREAK, "\n").replace(HTML_TAG, " ");
  if (t.includes("&")) t = t.replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
  t = t.replace(/\\([*_#-])/g, "$1"); // markdown escapes from converted documents
  t = t.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[\u200b\ufeff]/g, "");
  return t
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
