import { agencyKindOf, agencyTerms, composeSaraAm, inAgencyWords } from "../../src/core/agency";
import { LEVEL_RULES, levelFor, levelRuleFor, sameLevel } from "../../src/core/analysis/levels";
import { splitRecommendation } from "../../src/core/analysis/recommendation";
import { makeReport, readScores } from "../../src/core/pipeline";
import type { PlanCell, SheetPlan } from "../../src/core/plan/types";
import { sampleGrid } from "../helpers/fixtures";
import { sheetOf } from "../helpers/documents";

function tableRows(sheet: SheetPlan): PlanCell[][] {
  return sheet.blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
}
function paragraphs(sheet: SheetPlan): string[] {
  return sheet.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
}

describe("level rules as data", () => {
  test("grades up to 2565, ผ่าน levels from 2566; a later year keeps the newest rule", () => {
    expect(LEVEL_RULES.map((r) => [r.fromYear, r.toYear])).toEqual([[2557, 2565], [2566, 2569]]);
    expect(levelRuleFor(2571)).toBe(LEVEL_RULES[1]);
    expect(levelFor(2565, 94.62, {})).toBe("A");
    expect(levelFor(2568, 94.9, { IIT: 99.36, EIT: 90.32, OIT: 95 })).toBe("ผ่านดี");
    expect(levelFor(2568, 96, { IIT: 99, EIT: 94, OIT: 96 })).toBe("ผ่านดี");
    expect(levelFor(2568, 96, { IIT: 99, EIT: 96 })).toBe("ผ่าน"); // every tool needs every tool's score
    expect(levelFor(2569, 72, {})).toBe("ต้องปรับปรุง");
    expect(sameLevel("ผ่านเกณฑ์", "ผ่าน")).toBe(true);
    expect(sameLevel("ผ่าน", "ผ่านดี")).toBe(false);
  });

  test("the 2568 sample prints ผ่าน where the rules give ผ่านดี: the paste's level stays, with a warning", () => {
    const { analysis: a } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
    expect([a.overall.level, a.overall.computedLevel]).toEqual(["ผ่าน", "ผ่านดี"]);
    const w = a.warnings.filter((x) => x.message.includes('"ผ่านดี"'));
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('ระบุระดับผลการประเมิน "ผ่าน"');
    // The same level printed and computed says nothing.
    expect(makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv"))).analysis.warnings.some((x) => x.message.includes("ระดับผลการประเมิน"))).toBe(false);
  });
});

describe("ITAS texts that state only a finding", () => {
  test("the sample's ดังนั้น texts are split; its o27 and i13 (no ดังนั้น, no ควร/ให้) are weaknesses", () => {
    const { analysis: a } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")));
    const q = (code: string) => a.questions.find((x) => x.code === code)!;
    expect(q("e9").weakness).toMatch(/ไม่เคยใช้ระบบการให้บริการออนไลน์/);
    expect(q("e9").action).toMatch(/^หน่วยงานควรพัฒนาระบบการให้บริการออนไลน์/);
    expect(q("o27").weakness).toMatch(/^การเปิดเผยรายงานผลการบริหารและ พัฒนา ทรัพยากรบุคคลประจำปี/);
    expect(q("i13").weakness).toMatch(/^ผู้บริหารสูงสุดของหน่วยงานไม่จริงจัง/);
    // The action is the catalogue's for that item, not the finding again.
    expect(q("o27").action).toMatch(/^นำผลคะแนน ITA มาวิเคราะห์/);
    expect(q("i13").action).toMatch(/^ผู้บริหารประกาศนโยบายต่อต้านการทุจริต/);
    expect(q("i13").textSource).toBe("paste");
  });

  test.each([
    ["ไม่พบช่องทางการให้บริการออนไลน์ของหน่วยงาน", { weakness: "ไม่พบช่องทางการให้บริการออนไลน์ของหน่วยงาน" }],
    ["ข้อมูลยังไม่ครบถ้วนเท่าที่ควร", { weakness: "ข้อมูลยังไม่ครบถ้วนเท่าที่ควร" }],
    ["หน่วยงานควรเผยแพร่ข้อมูลให้ครบถ้วน", { action: "หน่วยงานควรเผยแพร่ข้อมูลให้ครบถ้วน" }],
    ["ให้ทุกกองส่งข้อมูลภายในวันที่ 5", { action: "ให้ทุกกองส่งข้อมูลภายในวันที่ 5" }],
    ["ข้อมูลล่าช้า ดังนั้น ควรเผยแพร่ทุกเดือน", { weakness: "ข้อมูลล่าช้า", action: "ควรเผยแพร่ทุกเดือน" }],
    ["รักษาระดับ", undefined],
  ])("%s", (text, expected) => {
    expect(splitRecommendation(text)).toEqual(expected);
  });
});

describe("agency type from the name", () => {
  test.each([
    ["เทศบาลนครตรัง", "cityMunicipality", "นายกเทศมนตรี", "ปลัดเทศบาล", "เทศบัญญัติงบประมาณรายจ่ายประจำปี"],
    ["เทศบาลเมืองพัทลุง", "townMunicipality", "นายกเทศมนตรี", "ปลัดเทศบาล", "เทศบัญญัติงบประมาณรายจ่ายประจำปี"],
    ["เทศบาลตำบลควนเสารัง", "subdistrictMunicipality", "นายกเทศมนตรี", "ปลัดเทศบาล", "เทศบัญญัติงบประมาณรายจ่ายประจำปี"],
    ["องค์การบริหารส่วนตำบลสิงห์", "subdistrictAdministration", "นายกองค์การบริหารส่วนตำบล", "ปลัดองค์การบริหารส่วนตำบล", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี"],
    ["อบต.สิงห์", "subdistrictAdministration", "นายกองค์การบริหารส่วนตำบล", "ปลัดองค์การบริหารส่วนตำบล", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี"],
    ["อบจ.พัทลุง", "provincialAdministration", "นายกองค์การบริหารส่วนจังหวัด", "ปลัดองค์การบริหารส่วนจังหวัด", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี"],
  ])("%s", (name, kind, head, secretary, ordinance) => {
    const t = agencyTerms(name);
    expect([t.kind, t.head, t.permanentSecretary, t.budgetOrdinance]).toEqual([kind, head, secretary, ordinance]);
    expect(t.secretaryOfficeHead).toMatch(/^หัวหน้าสำนักปลัด/);
    expect([t.deputyHead, t.deputyPermanentSecretary]).toEqual([`รอง${head}`, `รอง${secretary}`]);
  });

  test("ำ written as ํ + า (text copied from a PDF) still names the kind", () => {
    const split = (t: string) => t.replace(/\u0E33/g, "\u0E4D\u0E32");
    expect(split("เทศบาลตำบลควนเสารัง")).not.toBe("เทศบาลตำบลควนเสารัง");
    expect(agencyKindOf(split("เทศบาลตำบลควนเสารัง"))).toBe("subdistrictMunicipality");
    expect(agencyKindOf(split("องค์การบริหารส่วนตำบลสิงห์"))).toBe("subdistrictAdministration");
    // A tone mark between the two halves (น + ํ + ้ + า) comes before ำ.
    expect(composeSaraAm("น\u0E4D\u0E49\u0E32")).toBe("น้ำ");
  });

  test("no name or an unknown kind gives words right for every kind", () => {
    expect(agencyKindOf(null)).toBe("unknown");
    expect(agencyKindOf("กรุงเทพมหานคร")).toBe("unknown");
    expect(inAgencyWords("ตามข้อบัญญัติงบประมาณ", agencyTerms(undefined))).toBe("ตามเทศบัญญัติหรือข้อบัญญัติงบประมาณ");
    expect(inAgencyWords("ตามเทศบัญญัติหรือข้อบัญญัติงบประมาณ", agencyTerms("เทศบาลตำบลบ้านเรือน"))).toBe("ตามเทศบัญญัติงบประมาณ");
  });

  test("the 2568 o14 default action uses the agency's ordinance; the analysis carries the terms", () => {
    const grid = (agency: string) => [[agency], ["ITA 2568"], ["o14", 50]];
    const r = (agency: string) => makeReport(readScores(grid(agency))).analysis;
    expect(r("เทศบาลตำบลควนเสารัง").questions[0].action).toContain("ตามเทศบัญญัติงบประมาณ");
    expect(r("องค์การบริหารส่วนตำบลสิงห์").questions[0].action).toContain("ตามข้อบัญญัติงบประมาณ");
    expect(r("องค์การบริหารส่วนตำบลสิงห์").agencyTerms.kind).toBe("subdistrictAdministration");
  });
});

describe("a measure never contradicts the scores", () => {
  test("target 95 on the 2568 sample: ประเด็นที่ 3's questions meet it, its indicator 7 (88.73) does not", () => {
    const { analysis: a, plan } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), { target: 95 });
    const g3 = a.groups.find((g) => g.number === 3)!;
    expect(g3.improve).toEqual([]);
    expect(g3.indicatorsBelow).toEqual([7]);
    const [measures, followUp] = [sheetOf(plan, "measures"), sheetOf(plan, "followUp")];
    const row3 = tableRows(measures).find((r) => String(r[0].value).startsWith("๓."))!;
    expect(row3[2].value).not.toContain("รักษาระดับ");
    expect(row3[2].value).toContain("แต่คะแนนตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (๘๘.๗๓) ต่ำกว่าเป้าหมาย ๙๕ คะแนน");
    const out3 = tableRows(followUp).find((r) => String(r[0].value).startsWith("๓."))!;
    expect(out3[6].value).toContain("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (๘๘.๗๓) ต่ำกว่าเป้าหมาย ๙๕ คะแนน");
    // ประเด็นที่ 4 (i10–i12, indicator 4 at 99.31) still keeps its level; ประเด็นที่ 6's items meet the
    // target and its indicator 10 (90.00) is below it because of o27 in ประเด็นที่ 7, planned there.
    expect(tableRows(measures).find((r) => String(r[0].value).startsWith("๔."))![2].value).toContain("รักษาระดับ");
    expect(a.groups.find((g) => g.number === 6)!.indicatorsBelow).toEqual([]);
  });
});

describe("the 2565 layout with indicator-only scores (seed 000)", () => {
  const { analysis: a, plan } = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv")));
  const [analysis, measures] = [sheetOf(plan, "analysis"), sheetOf(plan, "measures")];

  test("the issues column lists what the indicator's questions measure, not the score again", () => {
    const rows = tableRows(analysis).filter((r) => r.length === 7);
    const ind1 = rows.find((r) => r[3].value === "การปฏิบัติหน้าที่")!;
    expect(ind1[5].value).toContain("๑. การปฏิบัติงานตามมาตรฐาน ขั้นตอน และระยะเวลาที่กำหนด");
    expect(ind1[5].value).not.toMatch(/ยังต่ำกว่าเป้าหมาย|๙๕\.๖๒/);
    // OIT's long item list is summarised by its sub-indicators.
    const ind9 = rows.find((r) => r[3].value === "การเปิดเผยข้อมูล")!;
    expect(String(ind9[5].value).split("\n")).toEqual(["๑. ข้อมูลพื้นฐาน", "๒. การบริหารงาน", "๓. การบริหารเงินงบประมาณ", "๔. การบริหารและพัฒนาทรัพยากรบุคคล", "๕. การส่งเสริมความโปร่งใส"]);
    // The measure plan, published with the analysis, refers to that list rather than printing it again.
    const m1 = tableRows(measures).find((r) => String(r[0].value).includes("การปฏิบัติหน้าที่"))!;
    expect(m1[1].value).toBe("คะแนน ๙๕.๖๒ ต่ำกว่าเป้าหมาย ๑๐๐: ๖ ประเด็นตามผลการวิเคราะห์รายตัวชี้วัด");
    expect(m1[1].value).not.toContain("การปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่ออย่างเท่าเทียมกัน");
    expect(a.indicators.find((i) => i.number === 1)?.aspects).toHaveLength(6);
  });

  test("the follow-up's outcome does not name again the indicator its row is labelled with", () => {
    const out1 = tableRows(plan.sheets.find((s) => s.role === "followUp")!).find((r) => String(r[0].value) === "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่")!;
    expect(out1[6].value).toBe("ผล ITA ปี ๒๕๖๕: ตัวชี้วัดนี้ได้ ๙๕.๖๒ คะแนน ต่ำกว่าเป้าหมาย\nเป้าหมาย ITA ปี ๒๕๖๖: ไม่ต่ำกว่า ๑๐๐ คะแนน");
  });

  test("a table of indicators is not headed as an analysis by question", () => {
    expect(paragraphs(analysis).some((p) => p.includes("ผลการวิเคราะห์รายข้อคำถาม"))).toBe(false);
    expect(paragraphs(analysis)).toContain("ผลการวิเคราะห์รายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");
  });
});
