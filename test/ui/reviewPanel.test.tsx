/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { engine } from "../../src/ui/engineModule";
import { ReviewPanel } from "../../src/ui/ReviewPanel";
import { thaiTheme } from "../../src/ui/theme";
import { sampleGrid } from "../helpers/fixtures";

const wrap = (el: ReactElement) => render(<FluentProvider theme={thaiTheme}>{el}</FluentProvider>);

describe("ReviewPanel", () => {
  test("shows year, agency, total, counts per tool and each question with its verdict", () => {
    const sheet = engine.readScores(sampleGrid("ita-2568-khuansaorang.tsv"));
    const { analysis } = engine.makeReport(sheet, engine.reportOptionsFrom({}));
    wrap(<ReviewPanel sheet={sheet} analysis={analysis} settings={{}} sourceLabel='ชีต "ITA" ช่วง A1:D120' />);

    expect(screen.getByTestId("review-year").textContent).toBe("2568 (จากข้อมูลที่วาง)");
    expect(screen.getByText("เทศบาลตำบลควนเสารัง")).toBeTruthy();
    expect(screen.getByText(/^94\.90 คะแนน ระดับ ผ่าน/)).toBeTruthy();
    expect(screen.getByTestId("review-counts").textContent).toContain("IIT 15 ข้อ · EIT 9 ข้อ · OIT 27 ข้อ · ตัวชี้วัด 10 ตัว");

    // Every question is listed (51) with score and verdict against the default target 100.
    const table = screen.getByRole("table", { name: "คะแนนรายข้อ (51 ข้อ)" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(51);
    const improve = rows.filter((r) => r.textContent?.includes("ต้องปรับปรุง")).length;
    expect(improve).toBe(analysis.questions.filter((q) => q.score < 100).length);
    expect(improve).toBeGreaterThan(0);
    const i1 = rows.find((r) => within(r).getByRole("rowheader").textContent?.startsWith("i1"));
    expect(i1?.textContent).toMatch(/\d+\.\d\d/);
  });

  test("a setting overrides the year and says so; a lower target turns verdicts into รักษาระดับ", () => {
    const sheet = engine.readScores(sampleGrid("ita-2568-khuansaorang.tsv"));
    const { analysis } = engine.makeReport(sheet, engine.reportOptionsFrom({ year: 2567, target: 50 }));
    wrap(<ReviewPanel sheet={sheet} analysis={analysis} settings={{ year: 2567, target: 50 }} sourceLabel="x" />);
    expect(screen.getByTestId("review-year").textContent).toBe("2567 (ตามที่ตั้งค่า)");
    const table = screen.getByRole("table");
    expect(within(table).queryByText("ต้องปรับปรุง")).toBeNull();
  });

  test("warnings show their place; in the pane a button selects the cell (or the row's first cell)", () => {
    const grid = [
      ["ผลการประเมิน ITA ประจำปี 2568 เทศบาลตำบลทดสอบ"],
      ["ข้อ", "คะแนน"],
      ["i1", "abc"],
      ["i2", 90],
      ["i2", 95],
    ];
    const sheet = engine.readScores(grid, { source: "ITA", rowOffset: 4, columnOffset: 1 });
    const { analysis } = engine.makeReport(sheet, engine.reportOptionsFrom({}));
    const located = analysis.warnings.find((w) => w.cell);
    const rowOnly = analysis.warnings.find((w) => !w.cell && w.row !== undefined);
    expect(located?.cell).toBe("C7");
    expect(rowOnly).toBeDefined();

    const picked: string[] = [];
    const view = wrap(<ReviewPanel sheet={sheet} analysis={analysis} settings={{}} sourceLabel="x" onSelectCell={(c) => picked.push(c)} firstColumn={2} />);
    fireEvent.click(screen.getByRole("button", { name: "ไปที่ช่อง C7" }));
    fireEvent.click(screen.getByRole("button", { name: `ไปที่แถว ${rowOnly?.row}` }));
    expect(picked).toEqual(["C7", `B${rowOnly?.row}`]);
    expect(screen.getByText(located?.message as string, { exact: false })).toBeTruthy();
    view.unmount();

    // The browser page has no sheet to jump to: the address is text.
    wrap(<ReviewPanel sheet={sheet} analysis={analysis} settings={{}} sourceLabel="x" />);
    expect(screen.queryByRole("button", { name: /ไปที่/ })).toBeNull();
    expect(screen.getByText("(ช่อง C7)")).toBeTruthy();
  });

  test("a paste with indicator scores only lists indicators", () => {
    const sheet = engine.readScores(sampleGrid("ita-2565-tharnkasem.tsv"));
    const { analysis } = engine.makeReport(sheet, engine.reportOptionsFrom({}));
    wrap(<ReviewPanel sheet={sheet} analysis={analysis} settings={{}} sourceLabel="x" />);
    const table = screen.getByRole("table", { name: "คะแนนรายตัวชี้วัด (10 ตัว)" });
    expect(within(table).getAllByRole("row")).toHaveLength(11);
    expect(screen.getByTestId("review-year").textContent).toBe("2565 (จากข้อมูลที่วาง)");
  });
});
