import fc from "fast-check";
import { layoutSheet } from "../../src/core/plan/layout";
import { REPORT_STYLES } from "../../src/core/plan/styles";
import { MAX_ROW_HEIGHT, lineCount, wrapLines } from "../../src/core/plan/textMetrics";
import type { ReportPlan, SheetPlan } from "../../src/core/plan/types";
import { LANDSCAPE } from "../../src/core/plan/print";

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
