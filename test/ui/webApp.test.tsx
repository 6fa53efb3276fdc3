/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { catalogueToRows } from "../../src/core/catalogue/table";
import type { Catalogue } from "../../src/core/catalogue/types";
import type { ReportPlan } from "../../src/core/plan/types";
import type { UserSettings } from "../../src/core/userSettings";
import type { ReportOptions } from "../../src/core/pipeline";
import { loadEngine, type Engine } from "../../src/ui/engine";
import { readScoreFile, SETTINGS_KEY, browserHost, type StorageProblem, type WebHost } from "../../src/web/host";
import { WebApp } from "../../src/web/WebApp";
import { sampleText } from "../helpers/fixtures";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { sheetOf } from "../helpers/documents";

// A first paste compiles and runs the whole engine; on a busy test machine that can pass the 1 s default.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no TextDecoder; every browser the page supports has.
if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

class TestHost implements WebHost {
  saved: UserSettings[] = [];
  plans: ReportPlan[] = [];
  downloads: { name: string; bytes: Uint8Array }[] = [];
  constructor(private stored: UserSettings = {}) {}
  loadSettings = () => this.stored;
  saveSettings = (s: UserSettings): StorageProblem | undefined => void this.saved.push(s);
  readFile = readScoreFile;
  writeWorkbook = async (plan: ReportPlan) => {
    this.plans.push(plan);
    return new Uint8Array([0x50, 0x4b, 3, 4]);
  };
  download = (bytes: Uint8Array, name: string) => void this.downloads.push({ name, bytes });
  catalogues: Catalogue[] = [];
  writeCatalogue = async (catalogue: Catalogue) => {
    this.catalogues.push(catalogue);
    return new Uint8Array([0x50, 0x4b, 3, 4]);
  };
}

/** A paste as the browser delivers it: a ClipboardEvent-like event carrying the given flavours. */
function paste(target: Element, flavours: Record<string, string>) {
  const event = new Event("paste", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "clipboardData", { value: { getData: (type: string) => flavours[type] ?? "" } });
  // A native event (React's fireEvent has no clipboardData): state updates must be inside act().
  act(() => void target.dispatchEvent(event));
  return event;
}

const pasteBox = () => screen.getByLabelText("วางตารางคะแนนที่นี่");

/** The native file input behind a Thai file button (it is hidden from the accessibility tree). */
function fileInput(label: string): HTMLInputElement {
  const el = screen.getByText(label, { selector: "label" }) as HTMLLabelElement;
  return document.getElementById(el.htmlFor) as HTMLInputElement;
}

describe("WebApp (browser page)", () => {
  test("paste tab-separated text → the same review and settings → download with the chosen settings", async () => {
    const host = new TestHost();
    render(<WebApp host={host} loadEngine={loadEngine} />);
    const event = paste(pasteBox(), { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
    expect(event.defaultPrevented).toBe(true);
    await screen.findByText("สิ่งที่อ่านได้");
    expect(screen.getByText("ข้อความที่วาง")).toBeTruthy();
    expect(screen.getByTestId("review-counts").textContent).toContain("IIT 15 ข้อ · EIT 9 ข้อ · OIT 27 ข้อ");

    fireEvent.change(screen.getByLabelText("ตัวเลขในข้อความ"), { target: { value: "arabic" } });
    expect(host.saved.at(-1)).toEqual({ digits: "arabic" });
    // A paste into a settings field stays in that field.
    const agency = screen.getByLabelText("ชื่อหน่วยงาน");
    expect(paste(agency, { "text/plain": "เทศบาล" }).defaultPrevented).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: "สร้างและดาวน์โหลดไฟล์ Excel" }));
    await screen.findByText("ดาวน์โหลดแล้ว: รายงาน ITA 2568 เทศบาลตำบลควนเสารัง.xlsx");
    expect(host.downloads.map((d) => d.name)).toEqual(["รายงาน ITA 2568 เทศบาลตำบลควนเสารัง.xlsx"]);
    expect(host.plans[0].sheets.map((s) => s.name)).toEqual(["วิเคราะห์ผล ITA", "บันทึกเสนอมาตรการ", "มาตรการส่งเสริม", "บันทึกเสนอรายงานผล", "รายงานผลการดำเนินการ"]);
    // What next: the drafts, the facts, print, memo, publish under the catalogue's items.
    const box = (await screen.findByRole("heading", { name: "สิ่งที่ต้องทำต่อ" }, { timeout: 5000 })).closest("section")!;
    expect(box.textContent).toMatch(/ตรวจและแก้ไขข้อความร่าง 14 ช่อง.*ชีต “รายงานผลการดำเนินการ” ช่อง F\d+/);
    expect(box.textContent).toContain("มีหมายเหตุ (Note)");
    expect(box.textContent).toMatch(/ที่ยังว่าง: ส่วนราชการ, เลขที่หนังสือ/);
    expect(box.textContent).toContain("มาตรการส่งเสริมฯ ในหัวข้อ o27");
    // Arabic digits in the printed prose, as set.
    const prose = JSON.stringify(sheetOf(host.plans[0], "measures").blocks);
    expect(prose).toContain("2569");
    expect(prose).not.toContain("๒๕๖๙");
  });

  test("a new file's year and agency win over remembered ones; remembered values fill only what a file does not say", async () => {
    // Last time the user set 2568 and ควนเสารัง (remembered in the browser).
    const host = new TestHost({ year: 2568, agency: "เทศบาลตำบลควนเสารัง", target: 95 });
    render(<WebApp host={host} loadEngine={loadEngine} />);
    fireEvent.change(fileInput("ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)"), { target: { files: [new File([sampleText("ita-2565-tharnkasem.tsv")], "ita-2565.tsv")] } });
    await screen.findByText("สิ่งที่อ่านได้");
    expect(screen.getByTestId("review-year").textContent).toBe("2565 (จากไฟล์)");
    expect(screen.getByTestId("review-agency").textContent).toBe("เทศบาลตำบลธารเกษม (จากไฟล์)");
    expect((screen.getByLabelText("ชื่อหน่วยงาน") as HTMLInputElement).value).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "สร้างและดาวน์โหลดไฟล์ Excel" }));
    await screen.findByText("ดาวน์โหลดแล้ว: รายงาน ITA 2565 เทศบาลตำบลธารเกษม.xlsx");

    // A paste that names neither: the remembered values fill in, and say so; the target is kept.
    paste(pasteBox(), { "text/plain": "ข้อ\tคะแนน\ni1\t80\n" });
    await waitFor(() => expect(screen.getByTestId("review-year").textContent).toBe("2568 (ค่าที่จำไว้จากครั้งก่อน เพราะข้อมูลนี้ไม่ระบุ)"));
    expect(screen.getByTestId("review-agency").textContent).toBe("เทศบาลตำบลควนเสารัง (ค่าที่จำไว้จากครั้งก่อน เพราะข้อมูลนี้ไม่ระบุ)");
    expect(screen.getByTestId("review-counts").textContent).toContain("ต่ำกว่าเป้าหมาย (95.00) 1 ข้อ");

    // A year typed while a file is open wins over that file, and is remembered.
    fireEvent.change(fileInput("ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)"), { target: { files: [new File([sampleText("ita-2565-tharnkasem.tsv")], "ita-2565.tsv")] } });
    await waitFor(() => expect(screen.getByTestId("review-year").textContent).toBe("2565 (จากไฟล์)"));
    fireEvent.change(screen.getByLabelText("ปีที่ประเมิน (พ.ศ.)"), { target: { value: "2566" } });
    expect(screen.getByTestId("review-year").textContent).toBe("2566 (ตามที่ตั้งค่า)");
    expect(host.saved.at(-1)).toEqual({ year: 2566, agency: "เทศบาลตำบลควนเสารัง", target: 95 });
  });

  test("an empty file says what to do next", async () => {
    render(<WebApp host={new TestHost()} loadEngine={loadEngine} />);
    fireEvent.change(fileInput("ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)"), { target: { files: [new File([""], "ว่าง.csv")] } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("ว่างเปล่า");
    expect(alert.textContent).toContain("เลือกไฟล์คะแนนที่บันทึกจากระบบ ITAS");
  });

  test("an HTML table from the clipboard wins over its text flavour; spans become empty cells", async () => {
    const host = new TestHost();
    render(<WebApp host={host} loadEngine={loadEngine} />);
    const html = `<html><body><p>ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568</p><table>
      <tr><th>แบบ</th><th>ข้อ</th><th>คะแนน</th></tr>
      <tr><td rowspan="2">IIT</td><td>i1</td><td>98.50</td></tr>
      <tr><td>i2</td><td>100</td></tr></table></body></html>`;
    paste(pasteBox(), { "text/html": html, "text/plain": "ไม่ควรอ่านข้อความนี้" });
    await screen.findByText("ตารางที่วาง (จากหน้าเว็บ)");
    expect(screen.getByTestId("review-counts").textContent).toContain("IIT 2 ข้อ");
  });

  test("a paste without scores says so in Thai; the review does not appear", async () => {
    render(<WebApp host={new TestHost()} loadEngine={loadEngine} />);
    paste(pasteBox(), { "text/plain": "สวัสดีครับ\tไม่มีคะแนน" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("ไม่พบคะแนน ITA");
    paste(pasteBox(), { "text/plain": "   " });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("สิ่งที่วางไม่มีตาราง"));
    expect(screen.queryByText("สิ่งที่อ่านได้")).toBeNull();
  });

  test("a .tsv file is read with the file name as its source; last year's file adds the comparison", async () => {
    const host = new TestHost();
    render(<WebApp host={host} loadEngine={loadEngine} />);
    const file = new File([sampleText("ita-2568-khuansaorang.tsv")], "ita-2568.tsv", { type: "text/tab-separated-values" });
    fireEvent.change(fileInput("ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)"), { target: { files: [file] } });
    await screen.findByText('ไฟล์ "ita-2568.tsv"');
    // The Thai button is named by its label and says which file was chosen.
    const button = screen.getByRole("button", { name: "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt) เลือกไฟล์…" });
    expect(document.getElementById(button.getAttribute("aria-describedby") as string)?.textContent).toBe("ita-2568.tsv");
    const last = new File([sampleText("ita-2568-khuansaorang.tsv").replace(/๒๕๖๘/g, "๒๕๖๗")], "ita-2567.tsv");
    fireEvent.change(fileInput("ไฟล์คะแนนปีก่อน (ไม่บังคับ)"), { target: { files: [last] } });
    await screen.findByText(/อ่านคะแนนปีก่อนจากไฟล์ "ita-2567.tsv" แล้ว: ปี 2567, 51 ข้อ/);
    fireEvent.click(screen.getByRole("button", { name: "สร้างและดาวน์โหลดไฟล์ Excel" }));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(JSON.stringify(host.plans[0].sheets[0].blocks)).toContain("เทียบกับปี");
  });

  test("an old .xls file gets a Thai explanation", async () => {
    render(<WebApp host={new TestHost()} loadEngine={loadEngine} />);
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])], "คะแนน.xls");
    fireEvent.change(fileInput("ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)"), { target: { files: [xls] } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe('ไฟล์ "คะแนน.xls" เป็น Excel รุ่นเก่า (.xls) — โปรดเปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ .csv ก่อน');
  });

  test("a refused file's name goes from the file button once a pasted table is read instead", async () => {
    render(<WebApp host={new TestHost()} loadEngine={loadEngine} />);
    const chosenName = () => {
      const button = screen.getByRole("button", { name: "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt) เลือกไฟล์…" });
      return document.getElementById(button.getAttribute("aria-describedby") as string)?.textContent;
    };
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])], "คะแนน.xls");
    fireEvent.change(fileInput("ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)"), { target: { files: [xls] } });
    await screen.findByRole("alert");
    expect(chosenName()).toBe("คะแนน.xls");
    paste(pasteBox(), { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
    await screen.findByText("ข้อความที่วาง");
    expect(chosenName()).toBe("ยังไม่ได้เลือกไฟล์");
    // A file chosen after the paste shows its name.
    const file = new File([sampleText("ita-2568-khuansaorang.tsv")], "ita-2568.tsv");
    fireEvent.change(fileInput("ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)"), { target: { files: [file] } });
    await screen.findByText('ไฟล์ "ita-2568.tsv"');
    expect(chosenName()).toBe("ita-2568.tsv");
  });

  test("document facts typed on the page are remembered in the browser and reach the report", async () => {
    const host = new TestHost();
    const seen: ReportOptions[] = [];
    const engine = async (): Promise<Engine> => {
      const e = await loadEngine();
      return { ...e, makeReport: (sheet, options, previous) => (seen.push(options ?? {}), e.makeReport(sheet, options, previous)) };
    };
    render(<WebApp host={host} loadEngine={engine} />);
    paste(pasteBox(), { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
    await screen.findByText("สิ่งที่อ่านได้");
    fireEvent.click(screen.getByText(/^ข้อมูลเอกสาร/, { selector: "summary" }));
    fireEvent.change(screen.getByLabelText("ที่ (เลขที่หนังสือ)"), { target: { value: "พท ๕๑๐๐๑/๑๒๓" } });
    fireEvent.change(screen.getByLabelText("ลงวันที่ (วัน/เดือน/ปี พ.ศ.)"), { target: { value: "1/10/2568" } });
    fireEvent.change(screen.getByLabelText("ตำแหน่ง ลำดับที่ 1"), { target: { value: "หัวหน้าสำนักปลัด" } });
    const document = { number: "พท ๕๑๐๐๑/๑๒๓", date: "2025-10-01", chain: [{ position: "หัวหน้าสำนักปลัด" }, {}, {}] };
    expect(host.saved.at(-1)).toEqual({ document });
    fireEvent.click(screen.getByRole("button", { name: "สร้างและดาวน์โหลดไฟล์ Excel" }));
    await waitFor(() => expect(host.plans).toHaveLength(1));
    expect(seen.at(-1)?.settings?.document).toEqual(document);
    // A new paste keeps them (they are not the paste's to say).
    paste(pasteBox(), { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
    await waitFor(() => expect((screen.getByLabelText("ที่ (เลขที่หนังสือ)") as HTMLInputElement).value).toBe("พท ๕๑๐๐๑/๑๒๓"));
  });

  test("a full browser storage: the emblem is left out, every other setting kept, the user told in Thai", async () => {
    // localStorage of about 5 MB, mostly used by something else on this site.
    const items = new Map<string, string>([["other", "x".repeat(4_800_000)]]);
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => {
        const used = [...items].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
        if (used + k.length + v.length > 5_000_000) throw new DOMException("quota", "QuotaExceededError");
        items.set(k, v);
      },
    };
    const host = browserHost({ localStorage: storage } as unknown as Window);
    const emblem = { base64: "A".repeat(399_996), extension: "png" as const };
    expect(host.saveSettings({ target: 90, document: { province: "พัทลุง", emblem } })).toBe("emblemNotKept");
    expect(host.loadSettings()).toEqual({ target: 90, document: { province: "พัทลุง" } });
    expect(host.saveSettings({ target: 95, document: { province: "ตรัง" } })).toBeUndefined();
    expect(host.loadSettings()).toEqual({ target: 95, document: { province: "ตรัง" } });
    // The page says so under the settings, and the report still uses the emblem this visit.
    const web = new TestHost();
    web.saveSettings = (s: UserSettings) => (web.saved.push(s), s.document?.emblem ? ("emblemNotKept" as const) : undefined);
    render(<WebApp host={web} loadEngine={loadEngine} />);
    paste(pasteBox(), { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
    await screen.findByText("สิ่งที่อ่านได้");
    fireEvent.click(screen.getByText(/^ข้อมูลเอกสาร/, { selector: "summary" }));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]);
    const input = document.querySelector('input[type="file"][accept*="png"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([png], "ครุฑ.png")] } });
    expect((await screen.findByText(/^เก็บรูปตราครุฑไว้ในเบราว์เซอร์นี้ไม่ได้/)).textContent).toContain("การตั้งค่าอื่นเก็บไว้ครบแล้ว");
    expect(screen.getByAltText("ตราครุฑที่เลือกไว้")).toBeTruthy();
  });

  test("the browser host keeps settings in localStorage and survives a broken stored value", () => {
    const host = browserHost(window);
    host.saveSettings({ agency: "อบต.ทดสอบ", target: 90 });
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY) as string)).toEqual({ agency: "อบต.ทดสอบ", target: 90 });
    expect(browserHost(window).loadSettings()).toEqual({ agency: "อบต.ทดสอบ", target: 90 });
    window.localStorage.setItem(SETTINGS_KEY, "{not json");
    expect(browserHost(window).loadSettings()).toEqual({});
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ year: 1900, target: "x", layout: "tools" }));
    expect(browserHost(window).loadSettings()).toEqual({ layout: "tools" });
  });

  test("the catalogue: download it, choose the edited file, and the report uses the edits (a bad row warns)", async () => {
    const host = new TestHost();
    render(<WebApp host={host} loadEngine={loadEngine} />);
    fireEvent.click(await screen.findByRole("button", { name: "ดาวน์โหลดรายการข้อคำถาม (.xlsx)" }));
    await screen.findByText("ดาวน์โหลดแล้ว: รายการข้อคำถาม ita-2569.xlsx");
    expect(host.catalogues.map((c) => c.id)).toEqual(["ita-2569"]);

    // The user's edit, saved as tab-separated text: e1's weakness rewritten, e2's code spoilt.
    const rows = catalogueToRows(host.catalogues[0]).map((r) => [...r]);
    const e1 = rows.findIndex((r) => r[0] === "e1");
    const e2 = rows.findIndex((r) => r[0] === "e2");
    rows[e1][5] = "ข้อความที่แก้เอง: ผู้รับบริการรอนาน";
    rows[e2][0] = "x99";
    const tsv = rows.map((r) => r.map((c) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join("\t")).join("\n");
    fireEvent.change(fileInput("ไฟล์รายการข้อคำถามที่แก้ไขแล้ว (ไม่บังคับ)"), { target: { files: [new File([tsv], "รายการที่แก้.tsv")] } });
    await screen.findByText('ใช้รายการข้อคำถามจากไฟล์ "รายการที่แก้.tsv" (ชุด ita-2569)');
    expect(screen.getByText(/x99/).textContent).toContain(`แถว ${e2 + 1}`);

    paste(pasteBox(), { "text/plain": "ผลการประเมิน ITA 2569\nข้อ\tคะแนน\ne1\t80\ne2\t90\n" });
    fireEvent.click(await screen.findByRole("button", { name: "สร้างและดาวน์โหลดไฟล์ Excel" }));
    await screen.findByText(/^ดาวน์โหลดแล้ว: รายงาน ITA 2569/);
    const analysis = JSON.stringify(host.plans[0].sheets[0].blocks);
    expect(analysis).toContain("ข้อความที่แก้เอง: ผู้รับบริการรอนาน");

    // A file that is not a catalogue says so, in Thai.
    fireEvent.change(fileInput("ไฟล์รายการข้อคำถามที่แก้ไขแล้ว (ไม่บังคับ)"), { target: { files: [new File([sampleText("ita-2568-khuansaorang.tsv")], "คะแนน.tsv")] } });
    await screen.findByText(/ไม่ใช่รายการข้อคำถาม/);
  });

  test("a setting that is not allowed holds back the download until it is fixed", async () => {
    const host = new TestHost();
    render(<WebApp host={host} loadEngine={loadEngine} />);
    paste(pasteBox(), { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
    const button = await screen.findByRole("button", { name: "สร้างและดาวน์โหลดไฟล์ Excel" });
    fireEvent.change(screen.getByLabelText("เป้าหมายคะแนน"), { target: { value: "200" } });
    await screen.findByText(/มีค่าที่ตั้งไม่ถูกต้อง/);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("เป้าหมายคะแนน"), { target: { value: "95" } });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText(/มีค่าที่ตั้งไม่ถูกต้อง/)).toBeNull();
  });
});
