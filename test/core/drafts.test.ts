import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { missingFacts, officeToDo } from "../../src/core/plan/officeToDo";
import { plannedOutput } from "../../src/core/plan/followUpSheet";
import { th } from "../../src/core/strings/th";
import { CLAIMED_DONE, printedCells, reportOf, SAMPLES, SOFTWARE_NOTE } from "../helpers/drafts";
import { sampleGrid } from "../helpers/fixtures";

describe("no printed cell holds a software note", () => {
  test.each(SAMPLES)("%s", (sample) => {
    const { plan } = reportOf(sample);
    const cells = printedCells(plan);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((c) => SOFTWARE_NOTE.test(c.text))).toEqual([]);
    // The follow-up report's lines (an action may well plan to say what was done).
    const followUp = cells.filter((c) => c.sheet === plan.sheets.find((s) => s.role === "followUp")!.name).flatMap((c) => c.text.split("\n"));
    expect(followUp.filter((line) => CLAIMED_DONE.test(line))).toEqual([]);
  });

  test("the pattern finds the hints printed before (so the scan can fail)", () => {
    for (const old of [
      "(ช่องผลการดำเนินการและผลลัพธ์เป็นร่าง โปรดแก้ไขให้ตรงกับที่ดำเนินการจริงและแนบหลักฐาน)",
      "คะแนนที่มีเครื่องหมาย * คำนวณจากคะแนนรายข้อ เพราะข้อมูลที่วางไม่มีคะแนนนี้",
      th.analysis.unknownQuestionTitle("o99"),
      th.report.noScoresInGroup,
    ]) expect(old).toMatch(SOFTWARE_NOTE);
    expect("จัดทำคู่มือการปฏิบัติงาน และเผยแพร่บนเว็บไซต์ของหน่วยงานแล้ว").toMatch(CLAIMED_DONE);
    // The notes themselves are software notes.
    for (const note of [th.report.outputNote, th.report.outcomeNote, th.report.computedWhy, th.report.overallUnknownNote("OIT")]) expect(note).toMatch(SOFTWARE_NOTE);
  });

  test("a paste with a question the catalogue lacks prints the code, the note says why", () => {
    const grid = [...sampleGrid("ita-2568-khuansaorang.tsv"), ["o99", "50.00"]];
    const { plan, analysis } = makeReport(readScores(grid));
    expect(analysis.questions.find((q) => q.code === "o99")?.title).toBe(th.analysis.unknownQuestionTitle("o99"));
    const cells = plan.sheets[0].blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat() : []));
    const title = cells.find((c) => c.value === "ข้อ o99");
    expect(title?.note).toBe(th.report.unknownQuestionNote("o99"));
    expect(printedCells(plan).filter((c) => SOFTWARE_NOTE.test(c.text))).toEqual([]);
  });

  test("scores only for two tools: the overall score is a blank for the office, with a note", () => {
    const grid = [["ITA 2568"], ...Array.from({ length: 15 }, (_, i) => [`i${i + 1}`, "90.00"]), ...Array.from({ length: 9 }, (_, i) => [`e${i + 1}`, "80.00"])];
    const { plan, analysis } = makeReport(readScores(grid));
    expect(analysis.overall.score).toBeNull();
    const overall = plan.sheets[0].blocks.find((b) => b.kind === "paragraph");
    expect(overall).toMatchObject({ kind: "paragraph", draft: true, note: expect.stringContaining("OIT") });
    expect(overall?.kind === "paragraph" && overall.text).toContain("……");
  });
});

describe("the follow-up report's drafts", () => {
  test("outputs state what the measure set out to do and leave the result for the office; both columns are drafts with notes", () => {
    const { plan } = reportOf("ita-2568-khuansaorang.tsv");
    const followUp = plan.sheets.find((s) => s.role === "followUp")!;
    const table = followUp.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.rows).toHaveLength(7);
    for (const row of table.rows) {
      const [output, outcome] = row.slice(5);
      expect(output).toMatchObject({ draft: true, note: th.report.outputNote });
      expect(String(output.value)).toMatch(/^ผลที่กำหนดไว้: .+\nผลที่ดำเนินการได้: ………/);
      expect(outcome).toMatchObject({ draft: true, note: th.report.outcomeNote });
      expect(String(outcome.value)).toContain("เป้าหมาย");
    }
    // Nothing else in the plan is a draft.
    const others = plan.sheets.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "table" ? [b.header, ...b.rows].flat() : []))).filter((c) => c.draft);
    expect(others).toHaveLength(14);
  });

  test("an older catalogue's 'done' output loses its แล้ว", () => {
    expect(plannedOutput("เผยแพร่บนเว็บไซต์ของหน่วยงานแล้ว ")).toBe("เผยแพร่บนเว็บไซต์ของหน่วยงาน");
    expect(plannedOutput("จัดทำแผนแล้วเสร็จ")).toBe("จัดทำแผนแล้วเสร็จ");
  });
});

describe("officeToDo", () => {
  test("2569: the follow-up drafts by cell, every fact missing, the OIT items of the year's catalogue", () => {
    const { plan, analysis } = reportOf("ita-2569-huaysaingam.tsv");
    const todo = officeToDo(plan, analysis, undefined);
    expect(todo.drafts.map((d) => d.role)).toEqual(["followUp"]);
    expect(todo.draftCount).toBe(todo.drafts[0].count);
    expect(todo.draftCount).toBe(14);
    // Columns F and G of the table's rows, in runs.
    expect(todo.drafts[0].ranges.every((r) => /^[FG]\d+(:[FG]\d+)?$/.test(r))).toBe(true);
    const followUp = layoutSheet(plan.sheets.find((s) => s.role === "followUp")!, plan);
    const first = todo.drafts[0].ranges[0].split(":")[0];
    const row = followUp.rows[Number(first.slice(1)) - 1];
    expect(row.cells[5]).toMatchObject({ draft: true });
    expect(todo.notes.filter((n) => n.sheet === plan.sheets.find((s) => s.role === "followUp")!.name)).toHaveLength(14);
    expect(todo.missingFacts).toEqual(["office", "number", "date", "district", "province", "round", "preparer", "chain"]);
    expect(todo.publish).toEqual([
      { role: "measures", code: "o25", title: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", year: 2569 },
      { role: "followUp", code: "o26", title: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส", year: 2569 },
    ]);
  });

  test("2565: o42 and o43", () => {
    const { plan, analysis } = reportOf("ita-2565-tharnkasem.tsv");
    expect(officeToDo(plan, analysis, undefined).publish.map((p) => p.code)).toEqual(["o42", "o43"]);
  });

  test("facts given are not asked for; a signer without a name is", () => {
    expect(
      missingFacts({
        office: "สำนักปลัด", number: "นม ๗๑๒๐๑/๑", date: "2026-04-28", district: "เมือง", province: "นครราชสีมา", round: 12,
        preparer: { name: "นางสาวก", position: "นิติกร" }, chain: [{ name: "นายข" }, { position: "นายก" }],
      }),
    ).toEqual(["chain"]);
    expect(missingFacts({ preparer: { name: "  " }, chain: [{ name: "นายข" }] })).toEqual(["office", "number", "date", "district", "province", "round", "preparer"]);
  });
});
