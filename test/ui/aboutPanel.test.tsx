/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { AboutPanel, hostReport } from "../../src/taskpane/AboutPanel";
import { PaneApp } from "../../src/taskpane/PaneApp";
import { createExcelActions } from "../../src/excel/excelActions";
import { loadEngine } from "../../src/ui/engine";
import { createOfficeDouble } from "../office-double";
import { FakeActions } from "./fakeActions";

const INFO = { host: "Excel", platform: "Mac", version: "16.89", excelApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"], userAgent: "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15" };

describe("about panel: what a smoke tester sends back", () => {
  test("the report names host, platform, version, the ExcelApi range and the webview", () => {
    expect(hostReport(INFO).split("\n")).toEqual([
      "โปรแกรม: Excel",
      "แพลตฟอร์ม: Mac",
      "รุ่น: 16.89",
      "ExcelApi ที่รองรับ: 1.1–1.7",
      "เบราว์เซอร์ภายใน: Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15",
    ]);
    expect(hostReport({ ...INFO, excelApi: [] })).toContain("ExcelApi ที่รองรับ: (ไม่มี)");
  });

  test("the copy button puts the report on the clipboard; a refused clipboard says how to copy by hand", async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (t: string) => void writes.push(t) } });
    render(<AboutPanel info={INFO} />);
    expect((screen.getByLabelText("ข้อมูล Excel สำหรับคัดลอก") as HTMLTextAreaElement).value).toBe(hostReport(INFO));
    fireEvent.click(screen.getByRole("button", { name: "คัดลอกข้อมูล" }));
    await screen.findByText("คัดลอกแล้ว");
    expect(writes).toEqual([hostReport(INFO)]);

    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async () => Promise.reject(new Error("denied")) } });
    fireEvent.click(screen.getByRole("button", { name: "คัดลอกข้อมูล" }));
    await screen.findByText(/คัดลอกอัตโนมัติไม่ได้/);
  });

  test("in the pane, from the host itself: Office.context.diagnostics and isSetSupported", async () => {
    const double = createOfficeDouble({ excelApi: "1.9", platform: "OfficeOnline", version: "16.0.99999.10000" });
    const actions = createExcelActions({ host: { Office: double.Office, Excel: double.Excel } });
    expect(actions.hostInfo()).toMatchObject({ host: "Excel", platform: "OfficeOnline", version: "16.0.99999.10000", excelApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"] });
    const fake = new FakeActions({ ITA: [["x"]] }, "ITA");
    fake.info = actions.hostInfo();
    render(<PaneApp actions={fake} loadEngine={loadEngine} webPageUrl="index.html" />);
    const box = (await screen.findByLabelText("ข้อมูล Excel สำหรับคัดลอก")) as HTMLTextAreaElement;
    expect(box.value).toContain("แพลตฟอร์ม: OfficeOnline");
    expect(box.value).toContain("ExcelApi ที่รองรับ: 1.1–1.9");
  });
});
