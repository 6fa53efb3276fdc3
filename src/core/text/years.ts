/** Buddhist-era years and Thai fiscal-year periods. */

export const BE_OFFSET = 543;

/** Accepts a year in either era and returns it in พ.ศ.; undefined when not a plausible ITA year. */
export function toBuddhistYear(year: number): number | undefined {
  if (!Number.isInteger(year)) return undefined;
  if (year >= 2557 && year <= 2650) return year;
  if (year >= 2014 && year <= 2107) return year + BE_OFFSET;
  return undefined;
}

export const THAI_MONTHS = [
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
] as const;

export const THAI_MONTHS_SHORT = [
  "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
] as const;

/** Calendar month (1–12) and BE year of month `m` (1 = ตุลาคม) of fiscal year `fy`. */
export function fiscalMonth(fy: number, m: number): { month: number; year: number } {
  const calendar = ((m + 8) % 12) + 1; // 1 → 10 (Oct), 4 → 1 (Jan)
  return { month: calendar, year: calendar >= 10 ? fy - 1 : fy };
}

/** "ตุลาคม 2568 – กันยายน 2569" for months `from`..`to` of fiscal year `fy` (Arabic digits). */
export function fiscalPeriodText(fy: number, from: number, to: number): string {
  if (from <= 1 && to >= 12) return `ตลอดปีงบประมาณ พ.ศ. ${fy}`;
  const a = fiscalMonth(fy, from);
  const b = fiscalMonth(fy, to);
  if (from === to) return `${THAI_MONTHS[a.month - 1]} ${a.year}`;
  const left = a.year === b.year ? THAI_MONTHS[a.month - 1] : `${THAI_MONTHS[a.month - 1]} ${a.year}`;
  return `${left} – ${THAI_MONTHS[b.month - 1]} ${b.year}`;
}

/** "1 ตุลาคม 2568 ถึง 30 กันยายน 2569" (Arabic digits). */
export function fiscalYearSpan(fy: number): string {
  return `1 ตุลาคม ${fy - 1} ถึง 30 กันยายน ${fy}`;
}
