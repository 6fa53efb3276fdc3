import fc from "fast-check";
import { fitColumns } from "../../src/core/plan/columns";
import { layoutSheet } from "../../src/core/plan/layout";
import { unbreakablePieces, wrapText } from "../../src/core/plan/lineBreak";
import { pageBodyPoints } from "../../src/core/plan/page";
import { countPages, pageOfRows } from "../../src/core/plan/paginate";
import { cutToFit } from "../../src/core/plan/rows";
import { LANDSCAPE } from "../../src/core/plan/print";
import { REPORT_STYLES } from "../../src/core/plan/styles";
import { MAX_ROW_HEIGHT, lineCount, rowHeightFor, wrapLines } from "../../src/core/plan/textMetrics";
import { textWidthPoints } from "../../src/core/plan/textWidth";
import type { EditRoom, ReportPlan, SheetPlan } from "../../src/core/plan/types";
import { th } from "../../src/core/strings/th";

const plan = (sheet: SheetPlan, size = 16): ReportPlan => ({
  font: { name: "TH SarabunPSK", size },
  styles: REPORT_STYLES,
  sheets: [sheet],
  meta: { title: "t", agency: null, assessmentYear: 2568, planYear: 2569 },
});

const tableSheet = (cells: string[], widths = [10, 30, 40], editRoom?: EditRoom): SheetPlan => ({
  name: "s",
  role: "analysis",
  columns: widths,
  print: LANDSCAPE,
  blocks: [{ kind: "table", header: widths.map(() => ({ value: "หัว", style: "tableHeader" as const })), rows: [cells.map((v) => ({ value: v, style: "text" as const }))], repeatHeader: true, ...(editRoom ? { editRoom } : {}) }],
});
const lay = (sheet: SheetPlan, size = 16) => layoutSheet(sheet, plan(sheet, size));
const CONTINUED = `${th.report.continued} `;
const squash = (s: string) => s.replace(/\s+/g, "");

const thaiWord = fc.constantFrom("หน่วยงาน", "ควร", "จัดทำ", "คู่มือ", "การปฏิบัติงาน", "และ", "เผยแพร่", "บนเว็บไซต์", "ให้", "ประชาชน", "ทราบ", "E-Service", "๑.", "ทั่วถึง");
const thaiText = fc.array(fc.tuple(thaiWord, fc.constantFrom("", "", " ", "\n")), { minLength: 1, maxLength: 400 }).map((parts) => parts.map(([w, sep]) => w + sep).join("").trim());

describe("step 1: text widths from the font's advance widths", () => {
  test("Thai marks take no width; bold is wider; Thai digits are wider than Arabic ones", () => {
    expect(textWidthPoints("กี่", 16)).toBeCloseTo(textWidthPoints("ก", 16), 5);
    expect(textWidthPoints("ประสิทธิภาพ", 16, true)).toBeGreaterThan(textWidthPoints("ประสิทธิภาพ", 16));
    expect(textWidthPoints("๑๒๓", 16)).toBeGreaterThan(textWidthPoints("123", 16));
    // LibreOffice's advances: the font's, on its glyph grid (ทุจริต… measured 159.4 pt wide in LibreOffice).
    expect(textWidthPoints("ทุจริตและการใช้อำนาจที่", 16)).toBeCloseTo(159.4, 0);
    expect(textWidthPoints("ก", 32)).toBeCloseTo(2 * textWidthPoints("ก", 16), 0);
  });
});

describe("step 2: lines break between words", () => {
  test("Thai words from the dictionary; no break before closing or after opening punctuation", () => {
    expect(unbreakablePieces("ประสิทธิภาพการสื่อสาร")).toEqual(["ประสิทธิภาพ", "การ", "สื่อสาร"]);
    expect(unbreakablePieces("งาน (ต่อ) ครับ")).toEqual(["งาน ", "(ต่อ) ", "ครับ"]);
    expect(unbreakablePieces("ข้อ 3.5, และ")).toEqual(["ข้อ ", "3.5, ", "และ"]);
  });

  test("a line never ends inside a word, and every line fits the width", () => {
    fc.assert(
      fc.property(thaiText, fc.integer({ min: 60, max: 300 }), (text, width) => {
        const lines = wrapText(text, width, 16);
        expect(squash(lines.map((l) => l.text).join(""))).toBe(squash(text));
        for (const l of lines) if (unbreakablePieces(l.text.trimEnd()).length > 1) expect(textWidthPoints(l.text.trimEnd(), 16)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 150 },
    );
  });

  test("more lines at a larger size; no break after a hyphen or a slash joining words", () => {
    const long = "ข้อความยาว ".repeat(20);
    expect(lineCount(long, 30, 20)).toBeGreaterThan(lineCount(long, 30, 16));
    expect(wrapLines("E-Service E-Service", 15, 16)).toEqual(["E-Service", "E-Service"]);
    expect(wrapLines("ระบบ E-Service", 14, 16)).toEqual(["ระบบ", "E-Service"]);
    expect(unbreakablePieces("แก้ไข/ปรับปรุง")).toEqual(["แก้ไข/ปรับปรุง"]);
  });
});

describe("step 3: heights, as LibreOffice computes them", () => {
  test("about 1.63 em per line plus 1.5 pt at 16 pt, in whole pixels (LibreOffice cuts the rest off)", () => {
    expect(rowHeightFor(1, 16)).toBe(27.75);
    expect(rowHeightFor(10, 16) - rowHeightFor(9, 16)).toBeCloseTo(26.1, 0);
    for (let n = 1; n < 16; n++) expect(Number.isInteger(rowHeightFor(n, 16) / 0.75)).toBe(true);
  });

  test("columns are widened to their longest word, so ประสิทธิภาพ never breaks", () => {
    const sheet = tableSheet(["ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", "ข", "ค"], [10, 30, 40]);
    const widths = fitColumns(sheet, plan(sheet));
    expect(widths[0]).toBeGreaterThan(10);
    expect(widths.slice(1)).toEqual([30, 40]);
    expect(wrapLines("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร", widths[0], 16).some((l) => l.includes("ประสิทธิภาพ"))).toBe(true);
  });
});

describe("one cell holds one whole text", () => {
  test("a text that leaves room for an edit stays in one auto-height row; merged rows keep explicit heights", () => {
    const steps = Array.from({ length: 2 }, (_, i) => `${i + 1}. จัดทำคู่มือการปฏิบัติงานและเผยแพร่ให้ประชาชนทราบ`).join("\n");
    const sheet: SheetPlan = { ...tableSheet(["๑", "มาตรการ", steps]), blocks: [{ kind: "paragraph", text: "ย่อหน้า" }, ...tableSheet(["๑", "มาตรการ", steps]).blocks] };
    const laid = lay(sheet);
    expect(laid.rows).toHaveLength(3);
    expect(laid.rows[2].cells[2].value).toBe(steps);
    expect(laid.rows[2].autoHeight).toBe(true);
    expect(laid.rows[1].autoHeight).toBe(true);
    expect(laid.rows[0].autoHeight).toBeUndefined();
    expect(laid.rows[0].merges).toEqual([{ from: 1, to: 3 }]);
    expect(laid.rows.some((r) => r.pageBreakBefore)).toBe(false);
  });

  test("a text a page holds but with no room for 300 more characters goes on in parts that each leave that room", () => {
    const steps = Array.from({ length: 6 }, (_, i) => `${i + 1}. จัดทำคู่มือการปฏิบัติงานและเผยแพร่ให้ประชาชนทราบทางเว็บไซต์`).join("\n");
    // The table says where users add text and how much (the measure plan's steps: 300 characters).
    const sheet = tableSheet(["๑", "มาตรการ", steps], [10, 20, 60], { column: 2, chars: 300 });
    const laid = lay(sheet);
    expect(lay(tableSheet(["๑", "มาตรการ", steps], [10, 20, 60])).rows).toHaveLength(2);
    const room = pageBodyPoints(sheet.print, laid.columns) - laid.rows[0].height;
    // Whole, the steps fit a page but leave no room for an edit.
    expect(rowHeightFor(lineCount(steps, 60, 16), 16)).toBeLessThanOrEqual(room);
    const added = "\n" + "ประชุมชี้แจงแนวทางการปฏิบัติงานแก่บุคลากรทุกส่วนราชการ ".repeat(6).trim();
    expect(added.length).toBeGreaterThanOrEqual(300);
    expect(rowHeightFor(lineCount(steps + added, 60, 16), 16)).toBeGreaterThan(room);
    const parts = laid.rows.slice(1).map((r) => String(r.cells[2].value ?? ""));
    expect(parts.length).toBeGreaterThan(1);
    // Each part, with the 300 characters added, still fits a page; parts hold whole steps.
    for (const p of parts) expect(rowHeightFor(lineCount(p + added, 60, 16), 16)).toBeLessThanOrEqual(room);
    for (const p of parts) for (const line of p.replace(CONTINUED, "").split("\n")) expect(line).toMatch(/^\d+\. จัดทำ.*เว็บไซต์$/);
    expect(parts.map((p) => p.replace(CONTINUED, "")).join("\n")).toBe(steps);
    expect(parts.slice(1).every((p) => p.startsWith(CONTINUED))).toBe(true);
  });

  test("a text taller than a page goes on between list items, marked (ต่อ), and comes back whole", () => {
    const steps = Array.from({ length: 40 }, (_, i) => `${i + 1}. ติดตามรายงานการดำเนินงานตามแผนและสุ่มตรวจการให้บริการของหน่วยงาน`).join("\n");
    const laid = lay(tableSheet(["๑", "มาตรการ", steps]));
    const parts = laid.rows.slice(1).map((r) => String(r.cells[2].value ?? ""));
    expect(parts.length).toBeGreaterThan(1);
    parts.slice(1).forEach((p) => expect(p.startsWith(CONTINUED)).toBe(true));
    // Cut between list items: every part holds whole steps.
    for (const p of parts) for (const line of p.replace(CONTINUED, "").split("\n")) expect(line).toMatch(/^\d+\. ติดตาม.*หน่วยงาน$/);
    expect(parts.map((p) => p.replace(CONTINUED, "")).join("\n")).toBe(steps);
  });

  test("random texts at every allowed size: rows within the page and Excel's limit, texts whole", () => {
    fc.assert(
      fc.property(thaiText, thaiText, fc.constantFrom(10, 14, 16, 18, 22), (a, b, size) => {
        const sheet = tableSheet(["๑", a, b], [10, 11, 40]);
        const laid = lay(sheet, size);
        const limit = Math.min(MAX_ROW_HEIGHT, pageBodyPoints(sheet.print, laid.columns) - laid.rows[0].height);
        for (const r of laid.rows.slice(1)) expect(r.height).toBeLessThanOrEqual(limit);
        for (const [c, text] of [[1, a], [2, b]] as const) {
          const joined = laid.rows.slice(1).map((r) => String(r.cells[c].value ?? "").replace(CONTINUED, "")).join("");
          expect(squash(joined)).toBe(squash(text));
        }
      }),
      { numRuns: 120 },
    );
  });

  test("a long run without spaces is cut between Thai words", () => {
    const words = ["ของ", "หน่วยงาน", "ยัง", "ไม่", "เกิด", "ผล", "จริง", "ใน", "ทาง", "ปฏิบัติ"];
    const text = Array.from({ length: 20 }, () => words.join("")).join("");
    const [head, rest] = cutToFit(text, (h) => h.length <= 200);
    expect(head + rest).toBe(text);
    expect(head.length).toBeLessThanOrEqual(200);
    expect(rest.startsWith("ของ") || words.some((w) => rest.startsWith(w))).toBe(true);
  });
});

describe("pages", () => {
  test("the application breaks the pages: no manual break inside a table; the count follows the heights", () => {
    const long = Array.from({ length: 12 }, (_, i) => `ขั้นตอนที่ ${i + 1} จัดทำคู่มือการปฏิบัติงานและเผยแพร่ให้ประชาชนทราบ`).join("\n");
    const sheet: SheetPlan = {
      ...tableSheet([]),
      blocks: [{ kind: "table", header: [10, 30, 40].map(() => ({ value: "หัว", style: "tableHeader" as const })), rows: Array.from({ length: 12 }, () => ["๑", "ข้อ", long].map((v) => ({ value: v, style: "text" as const }))), repeatHeader: true }],
    };
    const laid = lay(sheet);
    expect(laid.rows.some((r) => r.pageBreakBefore)).toBe(false);
    const body = pageBodyPoints(sheet.print, laid.columns);
    expect(laid.pages).toBe(countPages(laid.rows, body, laid.printTitleRows));
    expect(laid.pages).toBeGreaterThan(5);
  });

  test("a part that must start a page has the only manual break", () => {
    const sheet: SheetPlan = { ...tableSheet(["๑", "ข", "ค"]), blocks: [{ kind: "paragraph", text: "หนึ่ง" }, { kind: "paragraph", text: "สอง", pageBreakBefore: true }] };
    expect(lay(sheet).rows.map((r) => r.pageBreakBefore ?? false)).toEqual([false, true]);
    expect(lay(sheet).pages).toBe(2);
  });

  test("a heading and a table header are not left alone at the foot of a page", () => {
    for (let n = 8; n <= 20; n++) {
      const sheet: SheetPlan = {
        ...tableSheet([]),
        blocks: [
          ...Array.from({ length: n }, () => ({ kind: "paragraph" as const, text: "ย่อหน้า" })),
          { kind: "paragraph", text: "หัวข้อ", style: "sectionHeading" },
          { kind: "table", header: [10, 30, 40].map(() => ({ value: "หัว", style: "tableHeader" as const })), rows: [["๑", "ข้อความ ".repeat(30), "ข"].map((v) => ({ value: v, style: "text" as const }))], repeatHeader: true },
        ],
      };
      const laid = lay(sheet);
      const header = laid.printTitleRows![0];
      const page = pageOfRows(laid.rows, pageBodyPoints(sheet.print, laid.columns), laid.printTitleRows);
      // The heading (row above the header), the header and the first row share a page.
      expect({ n, pages: [page[header - 2], page[header - 1], page[header]] }).toEqual({ n, pages: [page[header - 2], page[header - 2], page[header - 2]] });
    }
  });
});
