import { TOOL_LETTER, type ToolCode } from "./model";
import { toArabicDigits } from "./text/digits";

export interface ParsedCode {
  tool: ToolCode;
  number: number;
  /** Normalised code, e.g. `o11`. */
  code: string;
  /** Text after the code in the same cell (question wording), if any. */
  rest: string;
}

const LETTER_TOOL: Record<string, ToolCode> = { i: "IIT", e: "EIT", o: "OIT" };

export function makeCode(tool: ToolCode, number: number): string {
  return `${TOOL_LETTER[tool]}${number}`;
}

/** Splits a normalised code back into tool and number. */
export function splitCode(code: string): { tool: ToolCode; number: number } | undefined {
  const m = /^([ieo])(\d+)$/.exec(code);
  return m ? { tool: LETTER_TOOL[m[1]], number: Number(m[2]) } : undefined;
}

// "i1", "I1", "ข้อ i๑", "IIT 1", "IIT-1", "O01", "o-25", "e.9", optionally followed by wording.
const LETTERED = /^(?:ข้อ(?:ที่)?\s*)?(IIT|EIT|OIT|[ieoIEO])\s*[-._]?\s*(\d{1,3})(?![\d.]*\d)\s*[.):]?(?:\s+(.*))?$/s;
// "ข้อ 7", "ข้อ ๐๗", "0๑๑", "011": digits only, tool taken from the surrounding label.
const DIGITS_ONLY = /^(?:ข้อ(?:ที่)?\s*(\d{1,3})|(0\d{1,2}))\s*[.):]?(?:\s+(.*))?$/s;

/**
 * Recognises a question code in a cell. `contextTool` is the tool label the paste last showed
 * (IIT/EIT/OIT); codes written with digits only need it, e.g. `ข้อ ๐๑๑` under OIT is `o11`.
 */
export function parseQuestionCode(text: string, contextTool?: ToolCode): ParsedCode | undefined {
  const t = toArabicDigits(text.trim());
  if (t === "" || t.length > 2000) return undefined;
  const lettered = LETTERED.exec(t);
  if (lettered) {
    const head = lettered[1].toLowerCase();
    const tool = head.length === 3 ? (head.toUpperCase() as ToolCode) : LETTER_TOOL[head];
    return build(tool, Number(lettered[2]), lettered[3]);
  }
  const digits = DIGITS_ONLY.exec(t);
  if (digits && contextTool) return build(contextTool, Number(digits[1] ?? digits[2]), digits[3]);
  return undefined;
}

function build(tool: ToolCode, number: number, rest: string | undefined): ParsedCode | undefined {
  if (!Number.isInteger(number) || number < 1 || number > 200) return undefined;
  return { tool, number, code: makeCode(tool, number), rest: (rest ?? "").trim() };
}

/** Orders codes i…, e…, o… then by number. */
export function compareCodes(a: string, b: string): number {
  const order = "ieo";
  const pa = splitCode(a);
  const pb = splitCode(b);
  if (!pa || !pb) return a.localeCompare(b);
  const d = order.indexOf(a[0]) - order.indexOf(b[0]);
  return d !== 0 ? d : pa.number - pb.number;
}
