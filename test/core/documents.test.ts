import { makeReport, readScores } from "../../src/core/pipeline";
import { agencyTerms } from "../../src/core/agency";
import { formatter } from "../../src/core/plan/format";
import { layoutSheet } from "../../src/core/plan/layout";
import { pageBodyPoints } from "../../src/core/plan/page";
import { pageOfRows } from "../../src/core/plan/paginate";
import { approvalChain, officialTitles } from "../../src/core/plan/signatures";
import { thaiDate } from "../../src/core/plan/thaiDate";
import type { PlanCell, ReportPlan, SheetPlan } from "../../src/core/plan/types";
import { imageSize } from "../../src/core/plan/imageSize";
import { sampleGrid } from "../helpers/fixtures";
import { emblemPng, FULL_FACTS, sheetOf } from "../helpers/documents";

const sample = readScores(sampleGrid("ita-2568-khuansaorang.tsv"));
const full = makeReport(sample, { settings: { document: FULL_FACTS } });
const bare = makeReport(sample);

/** Every text of a sheet, in order: titles, paragraphs, cells. */
function texts(sheet: SheetPlan): string[] {
  return sheet.blocks.flatMap((b) => {
    if (b.kind === "title") return b.lines.map((l) => l.text);
    if (b.kind === "paragraph") return [b.text];
    if (b.kind === "rows") return b.rows.flat().map((c) => String(c.value ?? ""));
    if (b.kind === "table") return [...b.header, ...b.rows.flat()].map((c) => String(c.value ?? ""));
    return [];
  });
}

/** The memo's label row: the value after a label cell. */
function field(sheet: SheetPlan, label: string): string {
  for (const b of sheet.blocks) {
    if (b.kind !== "rows") continue;
    for (const row of b.rows) {
      const i = row.findIndex((c: PlanCell) => c.value === label && c.style === "memoLabel");
      if (i >= 0) return String(row[i + 1].value);
    }
  }
  throw new Error(`no ${label}`);
}

describe("the approval memo (บันทึกข้อความ)", () => {
  const memo = sheetOf(full.plan, "measuresMemo");
  const text = texts(memo).join("\n");

  test("sheet order for printing: analysis; memo, measure plan; memo, follow-up report", () => {
    expect(full.plan.sheets.map((s) => s.role)).toEqual(["analysis", "measuresMemo", "measures", "followUpMemo", "followUp"]);
    expect(full.plan.sheets.every((s) => s.name.length <= 31)).toBe(true);
    expect(memo.print.orientation).toBe("portrait");
  });

  test("the heading and the fields of the ระเบียบงานสารบรรณ, from the settings", () => {
    expect(texts(memo)[0]).toBe("บันทึกข้อความ");
    expect(field(memo, "ส่วนราชการ")).toBe("สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง");
    expect(field(memo, "ที่")).toBe("พท ๕๒๗๐๒/๑๒๓");
    expect(field(memo, "วันที่")).toBe("๓ ธันวาคม ๒๕๖๙");
    expect(field(memo, "เรื่อง")).toContain("ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใส");
    expect(text).toContain("เรียน  นายกเทศมนตรีตำบลควนเสารัง");
    for (const heading of ["เรื่องเดิม", "ข้อเท็จจริง", "ข้อพิจารณา"]) expect(texts(memo)).toContain(heading);
  });

  test("the paragraphs are written from the analysis: year, score, level, what is attached, the OIT item", () => {
    const a = full.analysis;
    expect(a.overall.score).toBeCloseTo(94.9);
    expect(text).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(text).toContain(`ได้คะแนนภาพรวม ๙๔.๙๐ คะแนน อยู่ในระดับ ${a.overall.level}`);
    const below = a.questions.filter((q) => q.verdict === "improve").length;
    expect(text).toContain(`พบข้อที่ได้คะแนนต่ำกว่า ๑๐๐ คะแนน ${formatter("thai").int(below)} ข้อ`);
    expect(text).toContain(`ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ${formatter("thai").int(a.groups.length)} มาตรการ`);
    expect(text).toContain("ดังที่แนบมาพร้อมนี้");
    // The plan for FY 2569 is evidence for ITA 2569: its item there, by role.
    expect(text).toContain("ตามข้อ o25 “การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร”");
    expect(text).toContain("เผยแพร่ทางเว็บไซต์ของเทศบาลตำบลควนเสารัง ตามข้อ o25 ของการประเมินปี ๒๕๖๙");
    expect(text).toContain("จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ");
    const report = texts(sheetOf(full.plan, "followUpMemo")).join("\n");
    expect(report).toContain("ขอความเห็นชอบรายงานผลการดำเนินการ");
    expect(report).toContain("(รอบ ๖ เดือน)");
    expect(report).toContain("ในรอบ ๖ เดือน (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙)");
    // A six-month report of FY 2569 is published within ITA 2569: o26.
    expect(report).toContain("ตามข้อ o26");
  });

  test("the chain signs with comments, the head with อนุมัติ / ไม่อนุมัติ; names in brackets", () => {
    expect(text).toContain("ความเห็นหัวหน้าสำนักปลัดเทศบาล");
    expect(text).toContain("(นางวิไลวรรณ ศรีสุข)");
    expect(text).toContain("(นายประเสริฐ แก้วมณี)\nปลัดเทศบาลตำบลควนเสารัง");
    expect(text).toMatch(/คำสั่งนายกเทศมนตรี\n\(\s+\) อนุมัติ\s+\(\s+\) ไม่อนุมัติ\n\nลงชื่อ \.+\n\(นายสมศักดิ์ บุญมา\)\nนายกเทศมนตรีตำบลควนเสารัง/);
    expect(text).toMatch(/ลงชื่อ \.+ ผู้เสนอ\n\(นางสาวสุนิสา ทองคำ\)\nนิติกรชำนาญการ/);
  });

  test("without any facts: dotted lines to write in, positions by the agency's kind", () => {
    const m = sheetOf(bare.plan, "measuresMemo");
    expect(field(m, "ส่วนราชการ")).toMatch(/^\.{20,}$/);
    expect(field(m, "ที่")).toMatch(/^\.{10,}$/);
    expect(field(m, "วันที่")).toMatch(/^\.{10,}$/);
    const t = texts(m).join("\n");
    expect(t).toMatch(/ลงชื่อ \.+ ผู้เสนอ\n\(\.+\)\nตำแหน่ง \.+/);
    expect(t).toMatch(/\(\.+\)\nหัวหน้าสำนักปลัด\nเทศบาลตำบลควนเสารัง/);
    expect(t).toContain("เรียน  นายกเทศมนตรีตำบลควนเสารัง");
  });

  test("at most two A4 pages, and the head's block never alone on a page", () => {
    for (const report of [full, bare, makeReport(sample, { settings: { document: { ...FULL_FACTS, round: 12 }, font: { name: "TH SarabunPSK", size: 14 } } })]) {
      for (const role of ["measuresMemo", "followUpMemo"]) {
        const sheet = sheetOf(report.plan, role);
        const laid = layoutSheet(sheet, report.plan);
        expect({ role, pages: laid.pages <= 2 }).toEqual({ role, pages: true });
        const pages = pageOfRows(laid.rows, pageBodyPoints(sheet.print, laid.columns));
        // The comment blocks print together, on the page of the preparer's signature or after it.
        const signs = laid.rows.map((r, i) => [r, pages[i]] as const).filter(([r]) => r.cells.some((c) => typeof c.value === "string" && c.value.includes("ลงชื่อ")));
        expect(new Set(signs.slice(1).map(([, p]) => p)).size).toBe(1);
      }
    }
  });

  test("the office's emblem goes at the top left, 1.5 cm tall in its own proportions", () => {
    const report = makeReport(sample, { settings: { document: { ...FULL_FACTS, emblem: { base64: emblemPng(), extension: "png" } } } });
    const images = sheetOf(report.plan, "measuresMemo").images!;
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ row: 1, column: 1, height: 42.5 });
    expect(images[0].width).toBeCloseTo(42.5 * 0.9);
    expect(imageSize(emblemPng(), "png")).toEqual({ width: 90, height: 100 });
    expect(sheetOf(full.plan, "measuresMemo").images).toBeUndefined();
  });
});

describe("signature blocks closing the documents", () => {
  const block = (plan: ReportPlan, role: string) => {
    const last = sheetOf(plan, role).blocks.at(-1)!;
    if (last.kind !== "rows") throw new Error("no signature block");
    return last;
  };

  test("preparer on the left, the head's approval on the right, named", () => {
    const b = block(full.plan, "measures");
    expect(b.keep).toBe("withPrevious");
    const [left, right] = b.rows[0];
    expect(String(left.value)).toMatch(/ลงชื่อ \.+ ผู้จัดทำ\n\(นางสาวสุนิสา ทองคำ\)\nนิติกรชำนาญการ$/);
    expect(String(right.value)).toMatch(/^อนุมัติ\n\nลงชื่อ \.+ ผู้อนุมัติ\n\(นายสมศักดิ์ บุญมา\)\nนายกเทศมนตรีตำบลควนเสารัง$/);
    const [, endorse] = block(full.plan, "followUp").rows[0];
    expect(String(endorse.value)).toMatch(/^เห็นชอบ\n\nลงชื่อ \.+ ผู้เห็นชอบ/);
    expect(String(block(full.plan, "followUp").rows[0][0].value)).toContain("ผู้รายงาน");
  });

  test("dotted where a name is missing; the head's position by kind", () => {
    const [left, right] = block(bare.plan, "measures").rows[0];
    expect(String(left.value)).toMatch(/\(\.+\)\nตำแหน่ง \.+$/);
    expect(String(right.value)).toMatch(/\(\.+\)\nนายกเทศมนตรีตำบลควนเสารัง$/);
    const obt = makeReport(sample, { agency: "อบต.สิงห์" });
    expect(String(block(obt.plan, "measures").rows[0][1].value)).toMatch(/นายกองค์การบริหารส่วนตำบลสิงห์$/);
  });

  test("never on a page alone: the table's last row (or its last lines) prints with it", () => {
    for (const report of [full, bare, makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv")))]) {
      for (const role of ["measures", "followUp"]) {
        const sheet = sheetOf(report.plan, role);
        const laid = layoutSheet(sheet, report.plan);
        const pages = pageOfRows(laid.rows, pageBodyPoints(sheet.print, laid.columns), laid.printTitleRows);
        const n = laid.rows.length;
        expect({ role, together: pages[n - 1] === pages[n - 2] }).toEqual({ role, together: true });
        expect(laid.rows[n - 2].cells.some((c) => c.style === "text" || c.style === "draft")).toBe(true);
      }
    }
  });
});

describe("covers", () => {
  test("each document opens with title, year, agency, district and province on a page of its own", () => {
    for (const role of ["analysis", "measures", "followUp"]) {
      const sheet = sheetOf(full.plan, role);
      const t = texts(sheet);
      expect(t).toContain("เทศบาลตำบลควนเสารัง");
      expect(t).toContain("อำเภอตะโหมด จังหวัดพัทลุง");
      const laid = layoutSheet(sheet, full.plan);
      // The document's title starts page 2, with a manual break: the one a cover needs.
      const breaks = laid.rows.filter((r) => r.pageBreakBefore);
      expect(breaks[0].cells[0].style).toBe("title");
      expect(sheet.print.firstFooter).toBe("");
    }
    expect(texts(sheetOf(full.plan, "analysis"))).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(texts(sheetOf(full.plan, "measures"))).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    expect(texts(sheetOf(full.plan, "followUp"))).toContain("รอบ ๖ เดือน");
    // "อ." and "จ." as typed are not doubled; nothing typed prints dotted.
    const typed = makeReport(sample, { settings: { document: { district: "อ.ตะโหมด", province: "จังหวัดพัทลุง" } } });
    expect(texts(sheetOf(typed.plan, "analysis"))).toContain("อำเภอตะโหมด จังหวัดพัทลุง");
    expect(texts(sheetOf(bare.plan, "analysis")).some((x) => /^อำเภอ \.+ จังหวัด \.+$/.test(x))).toBe(true);
  });
});

describe("document facts", () => {
  test("Thai dates: ๓ ธันวาคม ๒๕๖๙; a year in พ.ศ. is taken as such; no date, or not a real day: none", () => {
    expect(thaiDate("2026-12-03", formatter("thai"))).toBe("๓ ธันวาคม ๒๕๖๙");
    expect(thaiDate("2026-12-03", formatter("arabic"))).toBe("3 ธันวาคม 2569");
    expect(thaiDate("2569-04-28", formatter("arabic"))).toBe("28 เมษายน 2569");
    expect(thaiDate("2026-02-30", formatter("thai"))).toBeUndefined();
    expect(thaiDate(undefined, formatter("thai"))).toBeUndefined();
    expect(thaiDate("3/12/2026", formatter("thai"))).toBeUndefined();
  });

  test("the chain: positions default by kind, counted from the head; names kept", () => {
    const titles = officialTitles("อบต.สิงห์", agencyTerms("อบต.สิงห์"));
    expect(approvalChain(undefined, titles)).toEqual([
      { position: "หัวหน้าสำนักปลัดองค์การบริหารส่วนตำบลสิงห์" },
      { position: "ปลัดองค์การบริหารส่วนตำบลสิงห์" },
      { position: "นายกองค์การบริหารส่วนตำบลสิงห์" },
    ]);
    expect(approvalChain({ chain: [{ name: "นายก" }, { name: "นายข", position: "รองนายก" }] }, titles)).toEqual([
      { name: "นายก", position: "ปลัดองค์การบริหารส่วนตำบลสิงห์" },
      { name: "นายข", position: "รองนายก" },
    ]);
    expect(officialTitles(null, agencyTerms(null)).head).toBe("ผู้บริหารท้องถิ่น");
    expect(officialTitles("เทศบาลเมืองพัทลุง", agencyTerms("เทศบาลเมืองพัทลุง")).head).toBe("นายกเทศมนตรีเมืองพัทลุง");
  });
});
