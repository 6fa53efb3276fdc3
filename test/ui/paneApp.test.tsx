/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { InputError } from "../../src/core/errors";
import type { ReportOptions } from "../../src/core/pipeline";
import { loadEngine, type Engine } from "../../src/ui/engine";
import { PaneApp } from "../../src/taskpane/PaneApp";
import { parseDelimitedText } from "../../src/core/reader/delimited";
import { sampleGrid, sampleText } from "../helpers/fixtures";
import { FakeActions } from "./fakeActions";

/** Last year's paste: the same table with the year 2567 in its title. */
function lastYearGrid(): string[][] {
  return parseDelimitedText(sampleText("ita-2568-khuansaorang.tsv").replace(/๒๕๖๘/g, "๒๕๖๗"), "\t");
}

function renderPane(actions: FakeActions, engine: () => Promise<Engine> = loadEngine) {
  return render(<PaneApp actions={actions} loadEngine={engine} webPageUrl="index.html" />);
}

/** The real engine, recording the report options every report is made with. */
function recordingEngine(seen: ReportOptions[]): () => Promise<Engine> {
  return async () => {
    const engine = await loadEngine();
    return { ...engine, makeReport: (sheet, options, previous) => (seen.push(options ?? {}), engine.makeReport(sheet, options, previous)) };
  };
}

async function readSheet() {
  const button = await screen.findByRole("button", { name: "อ่านจากชีตที่เปิดอยู่" });
  await waitFor(() => expect(button.hasAttribute("disabled")).toBe(false));
  fireEvent.click(button);
  await screen.findByText("สิ่งที่อ่านได้");
}

describe("PaneApp", () => {
  test("read → review (warnings jump to their row) → settings saved to the workbook → generate → links", async () => {
    const actions = new FakeActions({ ITA: sampleGrid("ita-2568-khuansaorang.tsv"), "ITA 2567": lastYearGrid() }, "ITA");
    renderPane(actions);
    await readSheet();
    expect(actions.calls).toContain("readScoreTable:usedRange");
    expect(screen.getByText(/^ชีต "ITA" ช่วง A1:/)).toBeTruthy();
    expect(screen.getByText("เทศบาลตำบลควนเสารัง")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "ไปที่แถว 59" }));
    await waitFor(() => expect(actions.selected).toEqual(["ITA!A59"]));

    fireEvent.change(screen.getByLabelText("ชื่อหน่วยงาน"), { target: { value: "เทศบาลตำบลควนเสารัง อำเภอตะโหมด" } });
    fireEvent.change(screen.getByLabelText("เป้าหมายคะแนน"), { target: { value: "95" } });
    // Saved once typing pauses, not on every keystroke.
    await waitFor(() => expect(actions.saved.at(-1)).toEqual({ agency: "เทศบาลตำบลควนเสารัง อำเภอตะโหมด", target: 95 }), { timeout: 3000 });
    expect(actions.saved.length).toBe(1);

    fireEvent.change(screen.getByLabelText("ชีตคะแนนปีก่อน"), { target: { value: "ITA 2567" } });
    await screen.findByText(/อ่านคะแนนปีก่อนจากชีต "ITA 2567" แล้ว: ปี 2567, 51 ข้อ/);
    expect(screen.getByText(/^ปีก่อน \(2567\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "สร้างรายงาน" }));
    await screen.findByText("สร้างรายงานเสร็จแล้ว (5 ชีต)");
    const { input, report } = actions.generated[0];
    expect(input.sheetName).toBe("ITA");
    expect(report.analysis.agency).toBe("เทศบาลตำบลควนเสารัง อำเภอตะโหมด");
    expect(report.analysis.target).toBe(95);
    expect(report.analysis.previous?.assessmentYear).toBe(2567);

    const list = screen.getByRole("list", { name: "ชีตที่สร้าง" });
    fireEvent.click(within(list).getByRole("button", { name: "ไปที่ชีต มาตรการส่งเสริม" }));
    await waitFor(() => expect(actions.activated).toEqual(["มาตรการส่งเสริม"]));
    expect(within(list).getAllByText("สร้างใหม่")).toHaveLength(5);

    // Again: the host's outcome messages are shown as they come.
    fireEvent.click(screen.getByRole("button", { name: "สร้างรายงานอีกครั้ง" }));
    await screen.findByText(/— แทนที่ชีต "วิเคราะห์ผล ITA" เดิม/);
    expect(actions.generated).toHaveLength(2);
  });

  test("after generating: what next — the drafts by cell, the missing facts, print, memo, the year's OIT items; notes listed without ExcelApi 1.18", async () => {
    const actions = new FakeActions({ ITA: sampleGrid("ita-2568-khuansaorang.tsv") }, "ITA");
    actions.settings = { document: { office: "สำนักปลัด", number: "พท ๗๑๒๐๑/๑", date: "2026-04-28", district: "ตะโหมด", province: "พัทลุง", round: 12, preparer: { name: "นางสาวก", position: "นิติกร" } } };
    renderPane(actions);
    await readSheet();
    expect(screen.queryByRole("heading", { name: "สิ่งที่ต้องทำต่อ" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "สร้างรายงาน" }));
    const box = (await screen.findByRole("heading", { name: "สิ่งที่ต้องทำต่อ" }, { timeout: 5000 })).closest("section")!;
    const steps = within(box).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(steps[0]).toMatch(/^ตรวจและแก้ไขข้อความร่าง 14 ช่อง/);
    expect(steps[0]).toMatch(/ชีต “รายงานผลการดำเนินการ” ช่อง F\d+/);
    expect(steps[0]).toContain("หมายเหตุของแต่ละช่องอยู่ด้านล่าง");
    // Only the signers' names are missing.
    expect(steps.find((t) => t.startsWith("กรอกข้อมูล"))).toMatch(/ที่ยังว่าง: ชื่อผู้ลงนามตามลำดับการเสนอ \(/);
    expect(steps.some((t) => t.startsWith("พิมพ์ทุกชีต"))).toBe(true);
    expect(steps.some((t) => t.startsWith("เสนอผู้บริหารพร้อมบันทึกข้อความ"))).toBe(true);
    expect(steps.find((t) => t.startsWith("เมื่อได้รับความเห็นชอบแล้ว"))).toContain("รายงานผลการดำเนินการฯ ในหัวข้อ o28");
    // ExcelApi below 1.18 here: the notes are listed with their cells.
    expect(within(box).getByRole("heading", { name: /^หมายเหตุของโปรแกรม \(\d+\)$/ })).toBeTruthy();
    expect(box.textContent).toContain("ร่างจากโปรแกรม: กรอกสิ่งที่ดำเนินการได้จริงแทนเส้นจุด");
  });

  test("with cell notes (ExcelApi 1.18) the pane does not repeat them", async () => {
    const actions = new FakeActions({ ITA: sampleGrid("ita-2568-khuansaorang.tsv") }, "ITA");
    actions.annotations = { cellNotes: true, draftMarks: true };
    renderPane(actions);
    await readSheet();
    fireEvent.click(screen.getByRole("button", { name: "สร้างรายงาน" }));
    const box = (await screen.findByRole("heading", { name: "สิ่งที่ต้องทำต่อ" }, { timeout: 5000 })).closest("section")!;
    expect(box.textContent).toContain("มีหมายเหตุ (Note) บอกว่าต้องกรอกอะไร");
    expect(within(box).queryByRole("heading", { name: /หมายเหตุของโปรแกรม/ })).toBeNull();
    expect(box.textContent).toMatch(/กรอกข้อมูลของเอกสารที่ยังว่าง: ส่วนราชการ, เลขที่หนังสือ, วันที่/);
  });

  test("stored settings are loaded from the workbook and used", async () => {
    const actions = new FakeActions({ ITA: sampleGrid("ita-2568-khuansaorang.tsv") }, "ITA");
    actions.settings = { agency: "อบต.ทดสอบ", year: 2567, layout: "tools" };
    renderPane(actions);
    await readSheet();
    expect(screen.getByText("อบต.ทดสอบ")).toBeTruthy();
    expect((screen.getByLabelText("ชื่อหน่วยงาน") as HTMLInputElement).value).toBe("อบต.ทดสอบ");
    expect(screen.getByTestId("review-year").textContent).toBe("2567 (ตามที่ตั้งค่า)");
    expect((screen.getByLabelText("รูปแบบรายงาน") as HTMLSelectElement).value).toBe("tools");
  });

  test("document facts: stored ones fill the fields; an edit is saved to the workbook and reaches the report", async () => {
    const actions = new FakeActions({ ITA: sampleGrid("ita-2568-khuansaorang.tsv") }, "ITA");
    const emblem = { base64: "iVBORw0KGgo=", extension: "png" as const };
    actions.settings = { document: { district: "ตะโหมด", date: "2026-03-15", chain: [{}, {}, { name: "นายซี" }], emblem } };
    const seen: ReportOptions[] = [];
    renderPane(actions, recordingEngine(seen));
    await readSheet();
    fireEvent.click(screen.getByText(/^ข้อมูลเอกสาร/, { selector: "summary" }));
    expect((screen.getByLabelText("อำเภอ") as HTMLInputElement).value).toBe("ตะโหมด");
    expect((screen.getByLabelText("ลงวันที่ (วัน/เดือน/ปี พ.ศ.)") as HTMLInputElement).value).toBe("15/3/2569");
    expect((screen.getByLabelText("ชื่อ-สกุล ลำดับที่ 3") as HTMLInputElement).value).toBe("นายซี");
    expect(screen.getByLabelText("ตำแหน่ง ลำดับที่ 3").getAttribute("placeholder")).toBe("นายกเทศมนตรี");
    expect(screen.getByAltText("ตราครุฑที่เลือกไว้")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("จังหวัด"), { target: { value: "พัทลุง" } });
    fireEvent.change(screen.getByLabelText("รอบการรายงานผล"), { target: { value: "6" } });
    const expected = { district: "ตะโหมด", province: "พัทลุง", date: "2026-03-15", round: 6, chain: [{}, {}, { name: "นายซี" }], emblem };
    await waitFor(() => expect(actions.saved.at(-1)).toEqual({ document: expected }), { timeout: 3000 });
    // An emblem too large for this workbook: the rest is kept, the user is told, the report still has it.
    actions.saveOutcome = { kept: "withoutEmblem", reason: "Settings exceed the 2 MB limit." };
    seen.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "สร้างรายงาน" }));
    await screen.findByText("สร้างรายงานเสร็จแล้ว (5 ชีต)");
    expect(seen.at(-1)?.settings?.document).toEqual(expected);
    expect(screen.getByText(/^เก็บรูปตราครุฑไว้ในไฟล์ Excel นี้ไม่ได้ \(Settings exceed the 2 MB limit\.\)/)).toBeTruthy();
  });

  test("unusable input shows the engine's Thai message; nothing is generated", async () => {
    const actions = new FakeActions({ Empty: [["สวัสดี"], ["ไม่มีคะแนน"]] }, "Empty");
    renderPane(actions);
    const button = await screen.findByRole("button", { name: "อ่านจากชีตที่เปิดอยู่" });
    await waitFor(() => expect(button.hasAttribute("disabled")).toBe(false));
    fireEvent.click(button);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('ไม่พบคะแนน ITA ในชีต "Empty"');
    expect(screen.queryByRole("button", { name: "สร้างรายงาน" })).toBeNull();

    actions.failRead = new InputError("เลือกช่วงได้ครั้งละหนึ่งช่วงเท่านั้น");
    fireEvent.click(screen.getByRole("button", { name: "อ่านเฉพาะช่วงที่เลือก" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("เลือกช่วงได้ครั้งละหนึ่งช่วงเท่านั้น"));
  });

  test("an old Excel: the host's notes are shown and generation is off, reading still works", async () => {
    const actions = new FakeActions({ ITA: sampleGrid("ita-2568-khuansaorang.tsv") }, "ITA");
    actions.caps = { printSetup: false, generate: false, notes: ["Excel รุ่นนี้รองรับ ExcelApi 1.3"] };
    renderPane(actions);
    expect(screen.getByText("Excel รุ่นนี้รองรับ ExcelApi 1.3")).toBeTruthy();
    expect(screen.getByRole("link", { name: "เปิดหน้าสำหรับเบราว์เซอร์" }).getAttribute("href")).toBe("index.html");
    await readSheet();
    expect(screen.getByRole("button", { name: "สร้างรายงาน" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Excel รุ่นนี้สร้างรายงานในไฟล์ไม่ได้")).toBeTruthy();
  });

  test("the catalogue of the year is written to a sheet for editing, with a link to it", async () => {
    const actions = new FakeActions({ ITA: sampleGrid("ita-2568-khuansaorang.tsv") }, "ITA");
    renderPane(actions);
    await readSheet();
    fireEvent.click(screen.getByRole("button", { name: "เขียนรายการข้อคำถามลงชีต" }));
    await screen.findByText(/เขียนชีต "รายการข้อคำถาม" แล้ว/);
    expect(actions.calls).toContain("writeCatalogueSheet:ita-2568");
    fireEvent.click(screen.getByRole("button", { name: "ไปที่ชีต รายการข้อคำถาม" }));
    await waitFor(() => expect(actions.activated).toEqual(["รายการข้อคำถาม"]));
  });
});
