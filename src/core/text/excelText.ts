/**
 * Would Excel, typing or writing this string into a General cell, keep it as the same text?
 * Excel turns a string into a formula (leading = + - @), a number (12, 1,234.5, 50%, 1E5,
 * (5), ฿100, 1 1/2), a date or time (1/10/2568, 2025-10-01, 1 ต.ค. 2568, 8:30), a boolean
 * (TRUE), an error value (#N/A), or drops a leading apostrophe (the quote prefix). Only such
 * strings need the Text format ("@"); every other cell keeps General, so numbers and formulas
 * a user types there later work.
 *
 * Generous on purpose: a string protected without need is still shown as typed; one that
 * slips through changes the document. Thai digits are included (Excel does not read them as
 * numbers today, but they are digits and "๑/๑๐/๒๕๖๘" reads as a date to a person).
 */

const FORMULA_START = /^[=+\-@]/;
const ERROR_VALUE = /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/i;
/** Digits, signs, separators, currency and percent only (numbers, fractions, dates, times). */
const NUMERIC_LOOKING = /^[\s\d\u0e50-\u0e59.,:/%$฿€£¥()+-]+$/;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d*)?e[+-]?\d+$/i;
const DIGIT = /[\d\u0e50-\u0e59]/;
/** Month names Excel's date parser knows in English and Thai (full and abbreviated). */
const MONTHS = [
  "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?",
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
  "ม\\.ค\\.", "ก\\.พ\\.", "มี\\.ค\\.", "เม\\.ย\\.", "พ\\.ค\\.", "มิ\\.ย\\.", "ก\\.ค\\.", "ส\\.ค\\.", "ก\\.ย\\.", "ต\\.ค\\.", "พ\\.ย\\.", "ธ\\.ค\\.",
].join("|");
const D = "[\\d\\u0e50-\\u0e59]";
/** "1 ต.ค. 2568", "1-Oct-25", "Oct 1, 2025", "ตุลาคม 2568". */
const DATE_WITH_MONTH = new RegExp(`^(?:${D}{1,2}[\\s\\-/.]*)?(?:${MONTHS})(?:[\\s\\-/.,]*${D}{1,4}){0,2}$`, "i");

export function excelWouldConvert(text: string): boolean {
  if (text === "") return false;
  if (FORMULA_START.test(text) || text.startsWith("'")) return true;
  const t = text.trim();
  if (t === "") return false;
  if (/^(?:true|false)$/i.test(t) || ERROR_VALUE.test(t)) return true;
  if ((NUMERIC_LOOKING.test(t) && DIGIT.test(t)) || SCIENTIFIC.test(t)) return true;
  return DATE_WITH_MONTH.test(t);
}

/** Number format for a cell holding `value`: Text only where Excel would not keep the string. */
export function textSafeFormat(value: unknown, general = "General"): string {
  return typeof value === "string" && excelWouldConvert(value) ? "@" : general;
}
