import { toArabicDigits } from "../text/digits";
import { execNotAfter } from "../text/scan";
import { parseNumber } from "../text/numbers";
import { toBuddhistYear } from "../text/years";

/**
 * Facts written in titles and sentences rather than in score rows: the assessment year,
 * the agency, the total score and the printed level. Each takes the rows (as cell texts)
 * the reader did not recognise as scores.
 */

type Rows = readonly (readonly string[])[];

const YEAR_RUN = /(?:(พ\.?\s?ศ\.?|ปีงบประมาณ|ประจำปี|ITA|ปี)\s*)?(\d+)/gi;

/**
 * Four-digit numbers with the word before them, as `(prefix\s*)?(?<!\d)(\d{4})(?!\.?\d)` finds
 * them (without lookbehind, see text/scan.ts): a left-to-right scan of digit runs starts each
 * at its first digit, so only the run's length and what follows it need checking.
 */
export function* yearMentions(text: string): Generator<{ prefix: string | undefined; digits: string }> {
  for (const m of text.matchAll(YEAR_RUN)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[2].length === 4 && !/^\.\d/.test(text.slice(end, end + 2))) yield { prefix: m[1], digits: m[2] };
  }
}

/**
 * The assessment year: a year in a title. A year next to "ประเมิน"/"ITA" outranks the fiscal
 * year of the plan a document may also name ("มาตรการ … ปีงบประมาณ 2566" above "ผลการประเมิน … 2565").
 */
export function findYear(rows: Rows): number | undefined {
  let best: { year: number; weight: number } | undefined;
  for (const cells of rows) {
    for (const cell of cells) {
      if (cell === "" || cell.length > 600) continue;
      const t = toArabicDigits(cell);
      for (const m of yearMentions(t)) {
        const year = toBuddhistYear(Number(m.digits));
        if (year === undefined) continue;
        const prefixed = m.prefix !== undefined;
        if (!prefixed && !/^25\d\d$/.test(m.digits)) continue;
        let weight = prefixed ? 2 : 1;
        if (/ประเมิน|ITA|ITAS/i.test(t)) weight += 3;
        if (/มาตรการ|แผน|ส่วนที่\s*2|การนำผล|รายงานผลการดำเนินการ/.test(t) && !/ผลการประเมิน/.test(t)) weight -= 1;
        if (!best || weight > best.weight) best = { year, weight };
      }
    }
  }
  return best?.year;
}

const AGENCY =
  /(เทศบาล(?:ตำบล|เมือง|นคร)|องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|ทต\.|ทม\.|ทน\.|อบต\.|อบจ\.)\s?([ก-๙A-Za-z][ก-๙A-Za-z0-9]*)/;

/** The agency a title names, e.g. "เทศบาลตำบลควนเสารัง". */
export function findAgency(rows: Rows): string | undefined {
  for (const cells of rows) {
    for (const cell of cells) {
      if (cell === "" || cell.length > 600) continue;
      const m = AGENCY.exec(cell);
      if (m) return `${m[1]}${m[2]}`.replace(/\s+/g, "");
    }
  }
  return undefined;
}

const TOTAL_KEY = /(คะแนนภาพรวม|ผลคะแนนรวม|คะแนนรวม|คะแนนที่ได้|ผลคะแนน|คะแนนเฉลี่ย|ผลการประเมิน\s*ITA|total\s*score|overall)/i;
const TOTAL_LABEL = /^(คะแนนภาพรวม|ผลคะแนนรวม|คะแนนรวม|คะแนนเฉลี่ยรวม|ผลคะแนน(ITA)?|คะแนน\s*ITA|ผลการประเมิน(\s*ITA)?|total(\s*score)?|overall(\s*score)?)\s*[:：]?$/i;

/**
 * Numbers like 94.90 in a sentence, as `(?<![\d.])(\d{1,3}(?:\.\d{1,4})?)(?![\d.]*\d)` finds them:
 * the character before is consumed instead of looked behind at (it can never belong to the
 * previous match, which ends in a digit).
 */
export function* scoreMentions(text: string): Generator<{ text: string; index: number }> {
  for (const m of text.matchAll(/(^|[^\d.])(\d{1,3}(?:\.\d{1,4})?)(?![\d.]*\d)/g)) yield { text: m[2], index: (m.index ?? 0) + m[1].length };
}

/** The total score, from "คะแนนรวม | 94.90" or a sentence "… ได้คะแนน ๙๔.๙๐ คะแนน …". */
export function findTotalScore(rows: Rows): number | undefined {
  for (const cells of rows) {
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === "") continue;
      if (TOTAL_LABEL.test(cell.trim())) {
        for (let k = c + 1; k < cells.length; k++) {
          if (cells[k] === "") continue;
          const n = parseNumber(cells[k]);
          if (n !== undefined && n >= 0 && n <= 100) return n;
          break;
        }
      }
      if (cell.length > 600) continue;
      const t = toArabicDigits(cell);
      const key = TOTAL_KEY.exec(t);
      if (!key) continue;
      const after = t.slice(key.index + key[0].length, key.index + key[0].length + 90);
      for (const { text: number, index } of scoreMentions(after)) {
        const n = Number(number);
        if (n >= 0 && n <= 100 && (number.includes(".") || /^\s*คะแนน/.test(after.slice(index + number.length)))) return n;
        if (n > 100) continue;
      }
    }
  }
  return undefined;
}

const LEVEL_TOKEN = "(ผ่านดีเยี่ยม|ผ่านดี|ผ่านเกณฑ์|ผ่าน|ไม่ผ่าน|ต้องปรับปรุงโดยด่วน|ต้องปรับปรุง|AA|A|B|C|D|E|F)(?![A-Za-z])";
/** "ระดับ … A", not "รักษาระดับ" (execNotAfter stands in for the lookbehind). */
export const LEVEL_IN_TEXT = new RegExp(`ระดับ(?:\\s*(?:ผลการประเมิน|ผลการประเมินอยู่|อยู่ที่|อยู่ใน|คือ|ระดับ|[:：]))*\\s*${LEVEL_TOKEN}`, "g");
const LEVEL_ALONE = new RegExp(`^${LEVEL_TOKEN}$`);

/** The level the paste prints ("ผ่าน", "A"…); "ผ่านเกณฑ์" is read as "ผ่าน". */
export function findLevel(rows: Rows): string | undefined {
  for (const cells of rows) {
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === "" || cell.length > 600) continue;
      const inText = execNotAfter(LEVEL_IN_TEXT, cell, "รักษา");
      if (inText) return normaliseLevel(inText[1]);
      if (/^ระดับ(ผลการประเมิน)?\s*[:：]?$/.test(cell.trim())) {
        const next = cells.slice(c + 1).find((t) => t !== "");
        const alone = next ? LEVEL_ALONE.exec(next.trim()) : null;
        if (alone) return normaliseLevel(alone[1]);
      }
    }
  }
  return undefined;
}

function normaliseLevel(level: string): string {
  return level === "ผ่านเกณฑ์" ? "ผ่าน" : level;
}

