import fc from "fast-check";
import { cutText, layoutSheet } from "../../src/core/plan/layout";
import { REPORT_STYLES } from "../../src/core/plan/styles";
import { MAX_ROW_HEIGHT, lineCount, wrapLines, wrapLinesDetailed } from "../../src/core/plan/textMetrics";
import type { ReportPlan, SheetPlan } from "../../src/core/plan/types";
import { LANDSCAPE } from "../../src/core/plan/print";
import { pageBodyPoints } from "../../src/core/plan/page";

const plan = (sheet: SheetPlan, size = 16): ReportPlan => ({
  font: { name: "TH SarabunPSK", size },
  styles: REPORT_STYLES,
  sheets: [sheet],
  meta: { title: "t", agency: null, assessmentYear: 2568, planYear: 2569 },
});

const tableSheet = (cells: string[], widths = [10, 30, 40]): SheetPlan => ({
  name: "s",
  role: "analysis",
  columns: widths,
  print: LANDSCAPE,
  blocks: [{ kind: "table", header: widths.map(() => ({ value: "หัว", style: "tableHeader" as const })), rows: [cells.map((v) => ({ value: v, style: "text" as const }))], repeatHeader: true }],
});

const thaiWord = fc.constantFrom("หน่วยงาน", "ควร", "จัดทำ", "คู่มือ", "การปฏิบัติงาน", "และ", "เผยแพร่", "บนเว็บไซต์", "ให้", "ประชาชน", "ทราบ", "E-Service", "๑.", "ทั่วถึง");
const thaiText = fc.array(fc.tuple(thaiWord, fc.constantFrom("", "", " ", "\n")), { minLength: 1, maxLength: 400 }).map((parts) => parts.map(([w, sep]) => w + sep).join("").trim());

describe("layout of tall rows", () => {
  test("every part stays printable, continued parts flow, and the text comes back whole", () => {
    fc.assert(
      fc.property(thaiText, thaiText, fc.constantFrom(12, 16, 22, 28), (a, b, size) => {
        const laid = layoutSheet(tableSheet(["๑", a, b]), plan(tableSheet(["๑", a, b]), size));
        const body = laid.rows.slice(1);
        for (const r of body) expect(r.height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
        if (body.length > 1) {
          expect(body[0].flow).toBe("first");
          expect(body[body.length - 1].flow).toBe("last");
        } else expect(body[0].flow).toBeUndefined();
        const squash = (s: string) => s.replace(/\s+/g, "");
        for (const [c, text] of [[1, a], [2, b]] as const) {
          const joined = body.map((r) => (r.cells[c].value ?? "") as string).join("");
          expect(squash(joined)).toBe(squash(text));
        }
        expect(laid.printTitleRows).toEqual([1, 1]);
      }),
      { numRuns: 150 },
    );
  });

  test("a Thai run is never cut inside a word when a space is near", () => {
    const text = Array.from({ length: 40 }, () => "การปฏิบัติงานตามขั้นตอน").join(" ");
    const laid = layoutSheet(tableSheet(["๑", text, ""]), plan(tableSheet(["๑", text, ""])));
    const parts = laid.rows.slice(1).map((r) => r.cells[1].value as string);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.startsWith("การปฏิบัติงานตามขั้นตอน")).toBe(true);
  });

  test("row height grows with the text and the font size", () => {
    const short = layoutSheet(tableSheet(["๑", "สั้น", ""]), plan(tableSheet(["๑", "สั้น", ""]))).rows[1].height;
    const long = "ข้อความยาว ".repeat(20);
    const tall = layoutSheet(tableSheet(["๑", long, ""]), plan(tableSheet(["๑", long, ""]))).rows[1].height;
    expect(tall).toBeGreaterThan(short * 3);
    expect(lineCount(long, 30, 20)).toBeGreaterThan(lineCount(long, 30, 16));
    expect(wrapLines("E-Service E-Service", 17, 16)).toEqual(["E-Service", "E-Service"]);
  });
});

test("a numbered step is never left as a bare number at the end of a part", () => {
  const step = "๔. " + "ติดตามรายงานการดำเนินงานตามแผนและสุ่มตรวจการให้บริการ".repeat(6);
  const text = ["๑. ทบทวนขั้นตอน", "๒. จัดทำคู่มือ", "๓. เผยแพร่คู่มือ", step].join("\n");
  const sheet = tableSheet(["๑", text, ""], [10, 24, 40]);
  const parts = layoutSheet(sheet, plan(sheet)).rows.slice(1).map((r) => String(r.cells[1].value ?? ""));
  expect(parts.length).toBeGreaterThan(1);
  for (const p of parts) expect(p).not.toMatch(/(^|\s)[๐-๙]{1,2}\.\s*$/);
});

test("a run with no spaces is continued between two Thai words, not inside one", () => {
  const words = ["ของ", "หน่วยงาน", "ยัง", "ไม่", "เกิด", "ผล", "จริง", "ใน", "ทาง", "ปฏิบัติ"];
  const text = Array.from({ length: 40 }, () => words.join("")).join("");
  const sheet = tableSheet(["๑", text, ""], [10, 24, 40]);
  const parts = layoutSheet(sheet, plan(sheet)).rows.slice(1).map((r) => String(r.cells[1].value ?? ""));
  expect(parts.length).toBeGreaterThan(1);
  const wordsOnly = new RegExp(`^(?:${[...words, "หน่วย", "งาน"].join("|")})+$`);
  for (const p of parts) expect(p).toMatch(wordsOnly);
  expect(parts.join("")).toBe(text);
});

test("pages are broken by the layout: a long table fills pages, repeats its header, and every page fits", () => {
  const long = Array.from({ length: 30 }, (_, i) => `ขั้นตอนที่ ${i + 1} จัดทำคู่มือการปฏิบัติงานและเผยแพร่ให้ประชาชนทราบ`).join("\n");
  const sheet: SheetPlan = {
    ...tableSheet([]),
    blocks: [{ kind: "table", header: [10, 30, 40].map(() => ({ value: "หัว", style: "tableHeader" as const })), rows: Array.from({ length: 12 }, () => ["๑", "ข้อ", long].map((v) => ({ value: v, style: "text" as const }))), repeatHeader: true }],
  };
  const laid = layoutSheet(sheet, plan(sheet));
  const capacity = pageBodyPoints(sheet.print, sheet.columns);
  const header = laid.rows[0].height;
  const pages: number[] = [0];
  laid.rows.forEach((r, i) => {
    if (r.pageBreakBefore) pages.push(header);
    pages[pages.length - 1] += r.height;
    expect(i === 0 || r.height <= MAX_ROW_HEIGHT).toBe(true);
  });
  expect(pages.length).toBe(laid.pages);
  expect(laid.pages).toBeGreaterThan(5);
  for (const used of pages) expect(used).toBeLessThanOrEqual(capacity);
  // Full pages: all but the last are at least two-thirds used.
  for (const used of pages.slice(0, -1)) expect(used).toBeGreaterThan(capacity * 0.66);
});

describe("layout never hangs and no row outgrows a page (found by review)", () => {
  test("a part ending on a number after a full stop is cut, not looped on", () => {
    const s = "ปฏิบัติตามข้อ 3.\n4. ทบทวนขั้นตอนการปฏิบัติงานและเผยแพร่คู่มือให้ประชาชน";
    const [head, rest] = cutText(s, wrapLinesDetailed(s, 30, 16), 2);
    expect((head + rest).replace(/\s+/g, "")).toBe(s.replace(/\s+/g, ""));
    expect(head).not.toMatch(/(^|\s)[0-9๐-๙]{1,2}[.)]\s*$/);
  });

  const limits = (sheet: SheetPlan, size = 16) => {
    const laid = layoutSheet(sheet, plan(sheet, size));
    const capacity = pageBodyPoints(sheet.print, sheet.columns);
    for (const r of laid.rows) expect(r.height).toBeLessThanOrEqual(Math.min(MAX_ROW_HEIGHT, capacity));
    return laid;
  };

  test("a paragraph longer than a page continues over pages", () => {
    const sheet: SheetPlan = { ...tableSheet([]), blocks: [{ kind: "paragraph", text: Array.from({ length: 2000 }, () => "ข้อความ").join(" ") }] };
    expect(limits(sheet).pages).toBeGreaterThan(3);
  });

  test("a cell of blank lines does not make parts of its own", () => {
    const laid = limits(tableSheet(["๑", "ข้อความ" + "\n".repeat(300), ""]), 22);
    expect(laid.rows.length).toBeLessThan(4);
  });

  test("a table header is never left alone at the foot of a page", () => {
    const filler: SheetPlan["blocks"] = [{ kind: "paragraph", text: Array.from({ length: 11 }, () => "ย่อหน้า").join("\n") }];
    for (let n = 8; n <= 16; n++) {
      const sheet: SheetPlan = {
        ...tableSheet([]),
        blocks: [
          ...Array.from({ length: n }, () => filler[0]),
          { kind: "table", header: [10, 30, 40].map(() => ({ value: "หัว", style: "tableHeader" as const })), rows: [["๑", "ข้อความ ".repeat(8), "ข"].map((v) => ({ value: v, style: "text" as const }))], repeatHeader: true },
        ],
      };
      const laid = limits(sheet);
      const header = laid.printTitleRows![0];
      expect({ n, bodyStartsNewPage: laid.rows[header].pageBreakBefore === true }).toEqual({ n, bodyStartsNewPage: false });
    }
  });

  test("random text at every allowed size: rows fit the page and the row limit", () => {
    fc.assert(
      fc.property(thaiText, thaiText, fc.constantFrom(10, 14, 16, 18, 22), (a, b, size) => {
        limits(tableSheet(["๑", a, b], [10, 11, 40]), size);
      }),
      { numRuns: 200 },
    );
  });
});
