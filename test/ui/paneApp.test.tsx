/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { InputError } from "../../src/core/errors";
import { loadEngine } from "../../src/ui/engine";
import { PaneApp } from "../../src/taskpane/PaneApp";
import { parseDelimitedText } from "../../src/core/reader/delimited";
import { sampleGrid, sampleText } from "../helpers/fixtures";
import { FakeActions } from "./fakeActions";

/** Last year's paste: the same table with the year 2567 in its title. */
function lastYearGrid(): string[][] {
  return parseDelimitedText(sampleText("ita-2568-khuansaorang.tsv").replace(/๒๕๖๘/g, "๒๕๖๗"), "\t");
}

function renderPane(actions: FakeActions) {
  return render(<PaneApp actions={actions} loadEngine={loadEngine} webPageUrl="index.html" />);
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
