/**
 * The office's own image of the Garuda emblem (ตราครุฑ) for the memo: checked by its bytes, not its
 * name or MIME type, and kept as base64 within the settings' limit. Pure (no DOM, no Buffer), so
 * the pane, the page and the command line take it the same way.
 */
import { EMBLEM_LIMIT, type DocumentFacts } from "./plan/settings";

export type Emblem = NonNullable<DocumentFacts["emblem"]>;

/** The largest image file taken, in bytes (its base64 fits EMBLEM_LIMIT). */
export const EMBLEM_MAX_BYTES = Math.floor(EMBLEM_LIMIT / 4) * 3;

export type EmblemResult = { ok: true; emblem: Emblem } | { ok: false; reason: "notImage" | "tooLarge" | "empty"; bytes: number };

/** PNG or JPEG by its signature; undefined for anything else (GIF, SVG, a renamed PDF…). */
export function imageKind(bytes: Uint8Array): Emblem["extension"] | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  return undefined;
}

export function emblemFromBytes(bytes: Uint8Array): EmblemResult {
  if (bytes.length === 0) return { ok: false, reason: "empty", bytes: 0 };
  const extension = imageKind(bytes);
  if (!extension) return { ok: false, reason: "notImage", bytes: bytes.length };
  if (bytes.length > EMBLEM_MAX_BYTES) return { ok: false, reason: "tooLarge", bytes: bytes.length };
  return { ok: true, emblem: { base64: toBase64(bytes), extension } };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : "=";
  }
  return out;
}

/** The emblem as a data: URL, for a preview. */
export function emblemDataUrl(emblem: Emblem): string {
  return `data:image/${emblem.extension};base64,${emblem.base64}`;
}
