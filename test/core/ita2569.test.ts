import { BUILT_IN_CATALOGUES, catalogueForYear, chooseCatalogue, newestCheckedYear, questionWithRole } from "../../src/core/catalogue";
import { ITA_2569 } from "../../src/core/catalogue/data/ita2569";
import { catalogueFromRows, catalogueToRows } from "../../src/core/catalogue/table";
import { makeReport, readScores } from "../../src/core/pipeline";
import type { SheetPlan } from "../../src/core/plan/types";
import { FALLBACK_YEAR } from "../../src/ui/report";
import { sampleGrid } from "../helpers/fixtures";
import { sheetOf } from "../helpers/documents";

const range = (letter: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${letter}${from + i}`);

/** Every text a sheet of the plan prints, in order. */
function textsOf(sheet: SheetPlan): string[] {
  const out: string[] = [];
  for (const b of sheet.blocks) {
    if (b.kind === "title") out.push(...b.lines.map((l) => l.text));
    if (b.kind === "paragraph") out.push(b.text);
    if (b.kind === "table") for (const row of [b.header, ...b.rows]) for (const c of row) if (typeof c.value === "string") out.push(c.value);
  }
  return out;
}

describe("the 2569 catalogue", () => {
  test("o1–o26 with the 2569 titles, no o27/o28; IIT and EIT as in 2568", () => {
    const cat = catalogueForYear(2569);
    expect(cat.id).toBe("ita-2569");
    expect(cat.questions.map((q) => q.code)).toEqual([...range("i", 1, 15), ...range("e", 1, 9), ...range("o", 1, 26)]);
    const title = (code: string) => cat.questions.find((q) => q.code === code)?.title;
    expect([title("o1"), title("o13"), title("o20"), title("o21"), title("o22"), title("o25"), title("o26")]).toEqual([
      "โครงสร้าง หน้าที่และอำนาจ",
      "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล",
      "No Gift Policy",
      "การประเมินความเสี่ยงการทุจริต",
      "รายงานผลการจัดการความเสี่ยง",
      "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
      "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส",
    ]);
    expect(cat.questions.filter((q) => q.code.startsWith("i") || q.code.startsWith("e"))).toEqual(
      catalogueForYear(2568).questions.filter((q) => q.code.startsWith("i") || q.code.startsWith("e")),
    );
  });

  test("titles not published for 2569 (o2, o5–o7) are marked unconfirmed, and only those; a paste that names one is not warned", () => {
    expect(ITA_2569.questions.filter((q) => q.unconfirmed).map((q) => q.code)).toEqual(["o2", "o5", "o6", "o7"]);
    const named = makeReport(readScores([["ITA 2569"], ["ข้อ", "ข้อคำถาม", "คะแนน"], ["o2", "ข้อมูลผู้บริหาร", 100]])).analysis;
    expect(named.warnings).toEqual([]);
    const bare = makeReport(readScores([["ITA 2569"], ["o2", 100]])).analysis;
    expect(bare.warnings.map((w) => w.message)).toEqual([expect.stringContaining("หัวข้อของข้อ o2 ")]);
  });

  test("every OIT item has a ประเด็น and a sub-indicator of its own indicator", () => {
    for (const q of ITA_2569.questions.filter((x) => x.code.startsWith("o"))) {
      expect(ITA_2569.issues.some((i) => i.number === q.issue)).toBe(true);
      expect(ITA_2569.subIndicators.find((s) => s.id === q.subIndicator)?.indicator).toBe(q.indicator);
    }
  });

  test("the items our documents answer carry a role in every year's set", () => {
    const roles = Object.fromEntries(BUILT_IN_CATALOGUES.map((c) => [c.id, [questionWithRole(c, "measures")?.code, questionWithRole(c, "followUp")?.code]]));
    expect(roles).toEqual({ "ita-2565": ["o42", "o43"], "ita-2568": ["o27", "o28"], "ita-2569": ["o25", "o26"] });
    for (const c of BUILT_IN_CATALOGUES) expect(c.questions.filter((q) => q.role).length).toBe(2);
  });

  test("2569's No Gift item cites มาตรา 128, and risk assessment and its report are two items", () => {
    const q = (code: string) => ITA_2569.questions.find((x) => x.code === code)!;
    expect(q("o20").action).toContain("มาตรา 128");
    expect(q("o21").weakness).not.toBe(q("o22").weakness);
    expect(q("o22").title).toContain("รายงาน");
  });
});

describe("checked years", () => {
  test("each catalogue says the years it was checked for; a later year keeps the newest set and says so", () => {
    expect(BUILT_IN_CATALOGUES.map((c) => [c.id, c.fromYear, c.toYear])).toEqual([["ita-2565", 2565, 2567], ["ita-2568", 2568, 2568], ["ita-2569", 2569, 2569]]);
    expect(chooseCatalogue(2569)).toEqual({ catalogue: ITA_2569 });
    expect(chooseCatalogue(2570)).toEqual({ catalogue: ITA_2569, outside: "after" });
    expect(chooseCatalogue(2563).outside).toBe("before");
  });

  test("a 2570 paste is analysed with the 2569 set and a Thai warning pointing to the editable catalogue", () => {
    const { analysis: a } = makeReport(readScores([["ผลการประเมิน ITA ประจำปี 2570"], ["o25", 80], ["i1", 100]]));
    expect(a.catalogueId).toBe("ita-2569");
    expect(a.catalogueYears).toEqual({ from: 2569, to: 2569 });
    const w = a.warnings.find((x) => x.message.includes("2570"))!;
    expect(w.message).toContain('ชุด "ita-2569"');
    expect(w.message).toContain("รายการข้อคำถามและข้อความเริ่มต้น (แก้ไขได้)");
    expect(makeReport(readScores([["ITA 2569"], ["i1", 100]])).analysis.warnings).toEqual([]);
  });

  test("a paste without a year is taken as the newest checked year (2569), and told so; the pages agree", () => {
    const { analysis: a } = makeReport(readScores([["o25", 80]]));
    expect([a.assessmentYear, a.catalogueId]).toEqual([2569, "ita-2569"]);
    expect(a.warnings.map((w) => w.message)).toContain("ไม่พบปีที่ประเมินในข้อมูลที่วาง จึงใช้ปี 2569 — ระบุปีได้ด้วยตัวเลือกปีที่ประเมิน");
    expect(FALLBACK_YEAR).toBe(newestCheckedYear());
  });

  test("a year before the first catalogue is said too", () => {
    const { analysis: a } = makeReport(readScores([["ITA 2563"], ["i1", 100]]));
    expect(a.catalogueId).toBe("ita-2565");
    expect(a.warnings.some((w) => w.message.includes("2563") && w.message.includes("ก่อนปี"))).toBe(true);
  });

  test("the catalogue table shows the years and round-trips them, roles and unconfirmed titles", () => {
    const rows = catalogueToRows(ITA_2569);
    const yearsRow = rows.find((r) => r[0] === "ปีที่ตรวจสอบ")!;
    expect(yearsRow[1]).toBe("2569");
    expect(rows.find((r) => r[0] === "o25")!.slice(7, 9)).toEqual(["มาตรการส่งเสริมคุณธรรมฯ", ""]);
    expect(rows.find((r) => r[0] === "o2")!.slice(7, 9)).toEqual(["", "ยังไม่ยืนยัน"]);
    expect(catalogueFromRows(rows, ITA_2569, { sheetName: "S" })).toEqual({ catalogue: ITA_2569, warnings: [] });

    // A user who has checked the list against 2570: years, a confirmed title and a moved role come through.
    yearsRow[1] = "๒๕๖๙–๒๕๗๐";
    const o2 = rows.find((r) => r[0] === "o2")!;
    o2[4] = "ข้อมูลผู้บริหาร (ตามคู่มือ 2570)";
    o2[8] = "";
    rows.find((r) => r[0] === "o25")![7] = "";
    rows.find((r) => r[0] === "o24")![7] = "มาตรการส่งเสริมคุณธรรมฯ";
    const { catalogue, warnings } = catalogueFromRows(rows, ITA_2569, { sheetName: "S" });
    expect(warnings).toEqual([]);
    expect([catalogue.fromYear, catalogue.toYear]).toEqual([2569, 2570]);
    expect(catalogue.questions.find((q) => q.code === "o2")).not.toHaveProperty("unconfirmed");
    expect(questionWithRole(catalogue, "measures")?.code).toBe("o24");
    const { analysis } = makeReport(readScores([["ITA 2570"], ["i1", 100]]), { catalogues: [catalogue] });
    expect(analysis.warnings).toEqual([]);
  });

  test("bad years in an edited table keep the built-in ones and say where", () => {
    const rows = catalogueToRows(ITA_2569);
    const at = rows.findIndex((r) => r[0] === "ปีที่ตรวจสอบ");
    rows[at][1] = "ปีหน้า";
    rows.find((r) => r[0] === "o3")![7] = "คู่มือ";
    const { catalogue, warnings } = catalogueFromRows(rows, ITA_2569, { sheetName: "S" });
    expect([catalogue.fromYear, catalogue.toYear]).toEqual([2569, 2569]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(new RegExp(`^ชีต "S" แถว ${at + 1}: ปีประเมิน "ปีหน้า"`)),
      expect.stringContaining('เอกสาร "คู่มือ" ของข้อ o3'),
    ]);
  });
});

describe("a 2569 export of codes and scores only", () => {
  const { analysis: a, plan } = makeReport(readScores(sampleGrid("ita-2569-huaysaingam.tsv")));

  test("is analysed with the 2569 titles and texts, and no o27/o28", () => {
    expect([a.assessmentYear, a.catalogueId, a.agency]).toEqual([2569, "ita-2569", "องค์การบริหารส่วนตำบลห้วยทรายงาม"]);
    // The only warning: the titles we could only guess.
    expect(a.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^หัวข้อของข้อ o2, o5, o6, o7 ในรายการชุด "ita-2569" เป็นหัวข้อที่คาดไว้/)]);
    const o25 = a.questions.find((q) => q.code === "o25")!;
    expect(o25).toMatchObject({ title: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", verdict: "improve", textSource: "catalogue" });
    expect(o25.action).toContain("มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
    const all = plan.sheets.flatMap(textsOf).join("\n");
    expect(all).not.toMatch(/o2[78]\b/);
    expect(all).not.toContain("ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม (o25)");
  });

  test("the measure plan and the follow-up report name their item by role: o25 and o26", () => {
    const [measures, followUp] = [sheetOf(plan, "measures"), sheetOf(plan, "followUp")];
    expect(textsOf(measures)).toContain('เอกสารนี้จัดทำเพื่อเผยแพร่บนเว็บไซต์ของหน่วยงานเป็นข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) หัวข้อ “การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร” (ข้อ o25 ในการประเมินปี ๒๕๖๙)');
    expect(textsOf(followUp).some((t) => t.includes("“รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส” (ข้อ o26"))).toBe(true);
    // The same documents made from 2565 and 2568 results name those years' items.
    const old = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv"))).plan;
    expect(textsOf(sheetOf(old, "measures")).some((t) => t.includes("(ข้อ o42 ในการประเมินปี ๒๕๖๕)"))).toBe(true);
    const y68 = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv"))).plan;
    expect(textsOf(sheetOf(y68, "followUp")).some((t) => t.includes("(ข้อ o28 ในการประเมินปี ๒๕๖๘)"))).toBe(true);
  });

  test("an อบต.'s default texts use ข้อบัญญัติ, a เทศบาล's เทศบัญญัติ", () => {
    const grid = [["ITA 2569"], ["o5", 50]];
    const o5 = (agency: string) => makeReport(readScores(grid), { agency }).analysis.questions[0].action;
    expect(o5("องค์การบริหารส่วนตำบลห้วยทรายงาม")).toContain("ตามข้อบัญญัติงบประมาณ");
    expect(o5("เทศบาลเมืองตัวอย่าง")).toContain("ตามเทศบัญญัติงบประมาณ");
    expect(o5("เทศบาลเมืองตัวอย่าง")).not.toContain("ข้อบัญญัติ");
  });
});
