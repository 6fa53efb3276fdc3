/**
 * Dates as a Thai clerk types them, and back. Offices write dates in พ.ศ. ("15/3/2569",
 * "15 มี.ค. 69", "๑๕ มีนาคม ๒๕๖๙"); the settings keep ISO "yyyy-mm-dd" (Gregorian). Pure.
 */
import { toArabicDigits } from "./digits";
import { BE_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT } from "./years";

/** The years a document date may be in (พ.ศ.): a typo such as 2096 or 25690 is refused. */
export const DOCUMENT_YEAR_RANGE = { min: 2500, max: 2700 } as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-03-15" when day/month/year (Gregorian) is a real date in the allowed years, else undefined. */
function isoOf(day: number, month: number, gregorian: number): string | undefined {
  const be = gregorian + BE_OFFSET;
  if (be < DOCUMENT_YEAR_RANGE.min || be > DOCUMENT_YEAR_RANGE.max) return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(gregorian, month, 0)).getUTCDate();
  return day <= last ? `${gregorian}-${pad(month)}-${pad(day)}` : undefined;
}

/** A typed year → Gregorian: 4 digits ≥ 2400 are พ.ศ., other 4 digits ค.ศ., 2 digits พ.ศ. 25xx ("69" = 2569). */
function gregorianYear(text: string): number | undefined {
  const y = Number(text);
  if (text.length === 2) return 2500 + y - BE_OFFSET;
  if (text.length !== 4) return undefined;
  return y >= 2400 ? y - BE_OFFSET : y;
}

/** The month named in Thai, full or short, with or without its dots ("มี.ค.", "มีค", "มีนาคม"). */
function monthNamed(text: string): number | undefined {
  const t = text.replace(/\./g, "");
  const full = THAI_MONTHS.findIndex((m) => m === t);
  if (full >= 0) return full + 1;
  const short = THAI_MONTHS_SHORT.findIndex((m) => m.replace(/\./g, "") === t);
  return short >= 0 ? short + 1 : undefined;
}

/**
 * A date typed in any of the usual ways → ISO, or undefined when it is not one. Accepted:
 * "15/3/2569", "15-03-2569", "15.3.69", "15 มีนาคม 2569", "15 มี.ค. 2569", "วันที่ 15 มีนาคม พ.ศ. 2569",
 * Thai or Arabic digits, and ISO "2026-03-15" (a พ.ศ. year there, "2569-03-15", is read as พ.ศ.).
 */
export function parseThaiDate(text: string): string | undefined {
  const t = toArabicDigits(text).replace(/\s+/g, " ").trim().replace(/^วันที่\s*/, "").replace(/\s*พ\.\s?ศ\.\s*/, " ").trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const y = gregorianYear(iso[1]);
    return y === undefined ? undefined : isoOf(Number(iso[3]), Number(iso[2]), y);
  }
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(t);
  if (numeric) {
    const y = gregorianYear(numeric[3]);
    return y === undefined ? undefined : isoOf(Number(numeric[1]), Number(numeric[2]), y);
  }
  const named = /^(\d{1,2})\s*([\u0E00-\u0E7F.]+?)\s*(\d{4}|\d{2})$/.exec(t);
  if (named) {
    const month = monthNamed(named[2]);
    const y = gregorianYear(named[3]);
    return month === undefined || y === undefined ? undefined : isoOf(Number(named[1]), month, y);
  }
  return undefined;
}

function parts(iso: string): { day: number; month: number; be: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { day: Number(m[3]), month: Number(m[2]), be: Number(m[1]) + BE_OFFSET } : undefined;
}

/** ISO → "15/3/2569", as a clerk types it (Arabic digits); "" when not a date. */
export function shortThaiDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.day}/${p.month}/${p.be}` : "";
}

/** ISO → "15 มีนาคม 2569" (Arabic digits; the documents convert digits as set); "" when not a date. */
export function longThaiDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.day} ${THAI_MONTHS[p.month - 1]} ${p.be}` : "";
}

/** Today's date where the user is, as ISO. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
