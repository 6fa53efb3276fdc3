import { th } from "../strings/th";
import { BE_OFFSET, THAI_MONTHS } from "../text/years";
import type { Formatter } from "./format";

/**
 * A document date, ISO "yyyy-mm-dd" (Gregorian, as settings keep it), written as Thai documents
 * date: "๓ ธันวาคม ๒๕๖๙" (digits as the formatter chooses). Undefined when there is no date or it
 * is not a real day, so the document prints a dotted line to write it in.
 */
export function thaiDate(iso: string | undefined, f: Formatter): string | undefined {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(iso ?? "");
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A year already in พ.ศ. (a user typing 2569-12-03) is taken as such.
  const gregorian = year > 2400 ? year - BE_OFFSET : year;
  const date = new Date(Date.UTC(gregorian, month - 1, day));
  if (date.getUTCFullYear() !== gregorian || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return f.text(th.documents.thaiDate(String(day), THAI_MONTHS[month - 1], String(gregorian + BE_OFFSET)));
}
