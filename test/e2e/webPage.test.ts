/**
 * The browser page (dist/index.html) in real Chromium, served from 127.0.0.1: open an .xlsx
 * and a .tsv file, paste text and an HTML table, download the workbook and check it with
 * ExcelJS against what the command line's path (makeReport + writeWorkbook) writes.
 * No request may leave 127.0.0.1, and office.js is never asked for.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { makeReport, readScores } from "../../src/core/pipeline";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid, sampleText } from "../helpers/fixtures";
import { launchChromium, screenshotSection, screenshotWidths } from "./helpers/browser";
import { E2E_DIST, ensureDist, OUT } from "./helpers/build";
import { serveStatic, type StaticServer } from "./helpers/server";
import { openWebPage, paste, type OpenedPage } from "./helpers/webPage";

const FIXTURES = join(OUT, "e2e-fixtures");
const SHEETS = ["วิเคราะห์ผล ITA", "บันทึกเสนอมาตรการ", "มาตรการส่งเสริม", "บันทึกเสนอรายงานผล", "รายงานผลการดำเนินการ"];

let server: StaticServer;
let browser: Browser;
let xlsxFixture: string;
let tsvFixture: string;

beforeAll(async () => {
  const dist = await ensureDist();
  server = await serveStatic(dist);
  browser = await launchChromium();
  mkdirSync(FIXTURES, { recursive: true });
  // An .xlsx as an office would save a paste: the sample's rows on a sheet called "ITA".
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("หมายเหตุ").addRow(["ชีตแรกไม่มีคะแนน"]);
  const ws = wb.addWorksheet("ITA");
  for (const row of sampleGrid("ita-2568-khuansaorang.tsv")) ws.addRow(row);
  xlsxFixture = join(FIXTURES, "ita-2568-khuansaorang.xlsx");
  writeFileSync(xlsxFixture, new Uint8Array(await wb.xlsx.writeBuffer()));
  tsvFixture = join(FIXTURES, "ita-2568-khuansaorang.tsv");
  writeFileSync(tsvFixture, sampleText("ita-2568-khuansaorang.tsv"));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openPage = (width = 1000): Promise<OpenedPage> => openWebPage(browser, server, width);

/** The native file input behind the page's Thai file button. */
async function fileInput(page: Page, label: string) {
  const id = await page.locator("label", { hasText: label }).getAttribute("for");
  return page.locator(`[id="${id}"]`);
}

/** Clicks download, saves the file and returns it opened with ExcelJS. */
async function download(page: Page, name: string): Promise<{ wb: ExcelJS.Workbook; fileName: string }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "สร้างและดาวน์โหลดไฟล์ Excel" }).click()]);
  const path = join(FIXTURES, `${name}.xlsx`);
  await dl.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path).buffer as ArrayBuffer);
  return { wb, fileName: dl.suggestedFilename() };
}

/** Every cell value and the print setup of each sheet: what the workbook says, comparably. */
function contentOf(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => {
    const cells: string[] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => cells.push(`${r}:${c}=${JSON.stringify(cell.value)}`)));
    const p = ws.pageSetup;
    return { name: ws.name, cells, page: { paperSize: p.paperSize, orientation: p.orientation, fitToWidth: p.fitToWidth, printTitlesRow: p.printTitlesRow } };
  });
}

async function commandLineWorkbook(): Promise<ExcelJS.Workbook> {
  const { plan } = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(plan)).buffer as ArrayBuffer);
  return wb;
}

function expectOnlyLocal(requests: string[]) {
  const away = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("blob:http://127.0.0.1") && !u.startsWith("data:"));
  expect(away).toEqual([]);
  expect(requests.some((u) => u.includes("office.js") || u.includes("appsforoffice"))).toBe(false);
}

test("an .xlsx file: first sheet without scores → Thai message → choose its sheet → download equals the command line's", async () => {
  const { page, requests } = await openPage();
  // Nothing of ExcelJS is fetched until a workbook is opened or written.
  expect(requests.some((u) => /exceljs|xlsx\./.test(u))).toBe(false);

  await (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(xlsxFixture);
  await expect(page.getByRole("alert").textContent()).resolves.toContain('ไม่พบคะแนน ITA ในชีต "หมายเหตุ"');
  expect(requests.some((u) => /exceljs/.test(u))).toBe(true);
  await page.getByLabel("ชีตที่อ่าน").selectOption("ITA");
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  await expect(page.getByText('ไฟล์ "ita-2568-khuansaorang.xlsx" ชีต "ITA"').count()).resolves.toBe(1);

  const { wb, fileName } = await download(page, "from-xlsx");
  expect(fileName).toBe("รายงาน ITA 2568 เทศบาลตำบลควนเสารัง.xlsx");
  expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
  expect(contentOf(wb)).toEqual(contentOf(await commandLineWorkbook()));
  const analysis = wb.getWorksheet(SHEETS[0]) as ExcelJS.Worksheet;
  const texts: string[] = [];
  const numbers: number[] = [];
  analysis.eachRow((row) => row.eachCell((c) => (typeof c.value === "number" ? numbers.push(c.value) : texts.push(String(c.value)))));
  expect(texts.some((t) => t.includes("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"))).toBe(true);
  expect(numbers).toContain(99.17); // IIT indicator 1, read from "๙๙.๑๗"
  expect(analysis.pageSetup.paperSize).toBe(9); // A4
  expectOnlyLocal(requests);
  await page.close();
});

test("the catalogue: download it as a workbook, edit it, choose it again, and the report uses the edit", async () => {
  const { page, requests } = await openPage();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "ดาวน์โหลดรายการข้อคำถาม (.xlsx)" }).click()]);
  expect(dl.suggestedFilename()).toBe("รายการข้อคำถาม ita-2569.xlsx");
  const path = join(FIXTURES, "catalogue.xlsx");
  await dl.saveAs(path);
  // Edited as a person would in Excel: e1's weakness rewritten.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path).buffer as ArrayBuffer);
  const ws = wb.worksheets[0];
  let edited = 0;
  ws.eachRow((row) => {
    if (row.getCell(1).value === "e1") {
      row.getCell(6).value = "ข้อความที่แก้ในไฟล์รายการ";
      edited++;
    }
  });
  expect(edited).toBe(1);
  await wb.xlsx.writeFile(path);
  await (await fileInput(page, "ไฟล์รายการข้อคำถามที่แก้ไขแล้ว (ไม่บังคับ)")).setInputFiles(path);
  await page.getByText('ใช้รายการข้อคำถามจากไฟล์ "catalogue.xlsx" (ชุด ita-2569)').waitFor();
  const scores = join(FIXTURES, "few.tsv");
  writeFileSync(scores, "ผลการประเมิน ITA 2569 เทศบาลตำบลทดสอบ\nข้อ\tคะแนน\ne1\t80\ne2\t100\n");
  await (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(scores);
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  const report = await download(page, "with-catalogue");
  const texts: string[] = [];
  (report.wb.getWorksheet(SHEETS[0]) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(texts).toContain("ข้อความที่แก้ในไฟล์รายการ");
  expectOnlyLocal(requests);
  await page.close();
});

test("a .tsv file with settings (agency, Arabic digits) → download uses them; settings survive a reload", async () => {
  const { page, requests } = await openPage();
  await (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(tsvFixture);
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  await page.getByLabel("ชื่อหน่วยงาน").fill("เทศบาลตำบลทดสอบระบบ");
  await page.getByLabel("ตัวเลขในข้อความ").selectOption("arabic");
  const { wb, fileName } = await download(page, "from-tsv");
  expect(fileName).toBe("รายงาน ITA 2568 เทศบาลตำบลทดสอบระบบ.xlsx");
  const next = page.getByRole("heading", { name: "สิ่งที่ต้องทำต่อ" });
  expect(await next.locator("xpath=..").textContent()).toMatch(/ตรวจและแก้ไขข้อความร่าง 14 ช่อง.*หัวข้อ o27/);
  await next.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(OUT, "screens", "web-what-next.png") });
  // The downloaded file holds the notes the page mentions.
  const noted: string[] = [];
  (wb.getWorksheet(SHEETS[4]) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => void (c.note ? noted.push(c.address) : undefined)));
  expect(noted.some((address) => address.startsWith("F"))).toBe(true);
  expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
  const measures: string[] = [];
  (wb.getWorksheet(SHEETS[2]) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => measures.push(String(c.value))));
  expect(measures.some((t) => t.includes("เทศบาลตำบลทดสอบระบบ") && t.includes("พ.ศ. 2568"))).toBe(true);

  // After a reload the settings are remembered; a file that names no agency gets the remembered one.
  await page.reload();
  const noAgency = join(FIXTURES, "no-agency.tsv");
  writeFileSync(noAgency, "ITA 2568\nข้อ\tคะแนน\ni1\t90\n");
  await (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(noAgency);
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  await expect(page.getByTestId("review-agency").textContent()).resolves.toBe("เทศบาลตำบลทดสอบระบบ (ค่าที่จำไว้จากครั้งก่อน เพราะข้อมูลนี้ไม่ระบุ)");
  await expect(page.getByLabel("ตัวเลขในข้อความ").inputValue()).resolves.toBe("arabic");
  expectOnlyLocal(requests);
  await page.close();
});

test("document facts (ข้อมูลเอกสาร): typed with a Thai date and an emblem image, remembered after a reload", async () => {
  const { page, requests } = await openPage(450);
  // A real PNG for the emblem: a small piece of the page, as Chromium writes it.
  const emblemPath = join(FIXTURES, "ครุฑ.png");
  writeFileSync(emblemPath, await page.screenshot({ clip: { x: 0, y: 0, width: 64, height: 64 } }));
  await (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(tsvFixture);
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  const summary = page.locator("summary", { hasText: "ข้อมูลเอกสาร" });
  // Closed at first: the first screen stays short.
  await expect(page.getByLabel("อำเภอ").isVisible()).resolves.toBe(false);
  await summary.click();
  await page.getByLabel("ส่วนราชการ (หน่วยงานที่จัดทำ)").fill("สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง");
  await page.getByLabel("อำเภอ").fill("ควนขนุน");
  await page.getByLabel("จังหวัด").fill("พัทลุง");
  await page.getByLabel("ที่ (เลขที่หนังสือ)").fill("พท ๕๑๐๐๑/๑๒๓");
  await page.getByLabel("ลงวันที่ (วัน/เดือน/ปี พ.ศ.)").fill("๑๕ มี.ค. ๖๙");
  await page.getByText("คือวันที่ 15 มีนาคม 2569").waitFor();
  await page.getByLabel("รอบการรายงานผล").selectOption("12");
  await page.getByLabel("ชื่อ-สกุล", { exact: true }).fill("นางสาวสมใจ ใจดี");
  await page.getByLabel("ตำแหน่ง", { exact: true }).fill("นักวิเคราะห์นโยบายและแผน");
  await page.getByLabel("ชื่อ-สกุล ลำดับที่ 1").fill("นายเอ ตัวอย่าง");
  await page.getByLabel("ชื่อ-สกุล ลำดับที่ 3").fill("นายซี ตัวอย่าง");
  await page.getByRole("button", { name: "เพิ่มผู้ลงนาม" }).click();
  await expect(page.getByLabel("ตำแหน่ง ลำดับที่ 3").getAttribute("placeholder")).resolves.toBe("ปลัดเทศบาล");
  await page.getByLabel("ชื่อ-สกุล ลำดับที่ 3").fill("นายบี รองปลัด");
  await page.getByLabel("ชื่อ-สกุล ลำดับที่ 4").fill("นายซี ตัวอย่าง");
  await page.locator('input[type="file"][accept*="png"]').setInputFiles(emblemPath);
  await page.getByAltText("ตราครุฑที่เลือกไว้").waitFor();
  const overflow = await screenshotSection(page, summary, "web-document-facts");
  expect(overflow).toEqual({ 320: 0, 380: 0, 450: 0 });

  await page.reload();
  await (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(tsvFixture);
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  await expect(summary.textContent()).resolves.toBe("ข้อมูลเอกสาร (ปก บันทึกข้อความ ผู้ลงนาม) — กรอกแล้ว 11 รายการ");
  await summary.click();
  const values = await Promise.all(
    ["ส่วนราชการ (หน่วยงานที่จัดทำ)", "อำเภอ", "จังหวัด", "ที่ (เลขที่หนังสือ)", "ลงวันที่ (วัน/เดือน/ปี พ.ศ.)", "รอบการรายงานผล", "ชื่อ-สกุล ลำดับที่ 1", "ชื่อ-สกุล ลำดับที่ 2", "ชื่อ-สกุล ลำดับที่ 4"].map((l) =>
      page.getByLabel(l, { exact: true }).inputValue(),
    ),
  );
  expect(values).toEqual(["สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง", "ควนขนุน", "พัทลุง", "พท ๕๑๐๐๑/๑๒๓", "15/3/2569", "12", "นายเอ ตัวอย่าง", "", "นายซี ตัวอย่าง"]);
  await expect(page.getByLabel("ชื่อ-สกุล", { exact: true }).inputValue()).resolves.toBe("นางสาวสมใจ ใจดี");
  const src = await page.getByAltText("ตราครุฑที่เลือกไว้").getAttribute("src");
  expect(src).toBe(`data:image/png;base64,${readFileSync(emblemPath).toString("base64")}`);
  // Stored as the settings shape says: ISO date, the chain in order, the emblem as base64.
  const stored = JSON.parse((await page.evaluate(() => window.localStorage.getItem("itas-report.settings.v1"))) ?? "{}");
  expect(stored.document).toMatchObject({ date: "2026-03-15", round: 12, chain: [{ name: "นายเอ ตัวอย่าง" }, {}, { name: "นายบี รองปลัด" }, { name: "นายซี ตัวอย่าง" }] });
  await page.setViewportSize({ width: 1000, height: 1400 });
  await summary.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: join(OUT, "screens", "web-document-facts-reloaded.png") });
  expectOnlyLocal(requests);
  await page.close();
});

test("two different files one after the other: each report has its own file's year and agency", async () => {
  const { page, requests } = await openPage();
  const tsv2565 = join(FIXTURES, "ita-2565-tharnkasem.tsv");
  writeFileSync(tsv2565, sampleText("ita-2565-tharnkasem.tsv"));
  const choose = async (path: string) => (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(path);

  // The first report: the user types the year and the agency, as a new user does.
  await choose(tsvFixture);
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  await expect(page.getByTestId("review-year").textContent()).resolves.toBe("2568 (จากไฟล์)");
  await page.getByLabel("ปีที่ประเมิน (พ.ศ.)").fill("2568");
  await page.getByLabel("ชื่อหน่วยงาน").fill("เทศบาลตำบลควนเสารัง");
  await expect(page.getByTestId("review-year").textContent()).resolves.toBe("2568 (ตามที่ตั้งค่า)");
  expect((await download(page, "first-of-two")).fileName).toBe("รายงาน ITA 2568 เทศบาลตำบลควนเสารัง.xlsx");

  // The second file says 2565 and ธารเกษม: that wins over what was typed for the first one.
  await choose(tsv2565);
  // The file is read in a worker: the progress line names it too, so wait for the new review itself.
  await page.getByTestId("review-year").filter({ hasText: "2565" }).waitFor();
  await expect(page.getByTestId("review-year").textContent()).resolves.toBe("2565 (จากไฟล์)");
  await expect(page.getByTestId("review-agency").textContent()).resolves.toBe("เทศบาลตำบลธารเกษม (จากไฟล์)");
  await expect(page.getByLabel("ปีที่ประเมิน (พ.ศ.)").inputValue()).resolves.toBe("");
  await expect(page.getByLabel("ชื่อหน่วยงาน").inputValue()).resolves.toBe("");
  await expect(page.getByText("(จากข้อมูลที่วาง)").count()).resolves.toBe(0);
  const second = await download(page, "second-of-two");
  expect(second.fileName).toBe("รายงาน ITA 2565 เทศบาลตำบลธารเกษม.xlsx");
  const titles: string[] = [];
  (second.wb.getWorksheet(SHEETS[0]) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => titles.push(String(c.value))));
  expect(titles).toContain("เทศบาลตำบลธารเกษม");
  expect(titles.some((t) => t.includes("ควนเสารัง"))).toBe(false);
  await screenshotWidths(page, "web-second-file");
  expectOnlyLocal(requests);
  await page.close();
});

test("pasting tab-separated text (text/plain) → review at pane widths → download", async () => {
  const { page, requests } = await openPage(380);
  await screenshotWidths(page, "web-start");
  await paste(page, { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  await expect(page.getByText("ข้อความที่วาง", { exact: true }).count()).resolves.toBe(1);
  const overflow = await screenshotWidths(page, "web-review");
  expect(overflow).toEqual({ 320: 0, 380: 0, 450: 0 });
  const { wb } = await download(page, "from-paste-text");
  expect(contentOf(wb)).toEqual(contentOf(await commandLineWorkbook()));
  expectOnlyLocal(requests);
  await page.close();
});

test("pasting an HTML table (text/html, as copied from the ITAS web page) → download", async () => {
  const { page, requests } = await openPage();
  const grid = sampleGrid("ita-2568-khuansaorang.tsv");
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const html = `<meta charset="utf-8"><table>${grid.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</table>`;
  await paste(page, { "text/html": html, "text/plain": "ignored" });
  await page.getByText("ตารางที่วาง (จากหน้าเว็บ)").waitFor();
  await expect(page.getByTestId("review-counts").textContent()).resolves.toContain("IIT 15 ข้อ · EIT 9 ข้อ · OIT 27 ข้อ");
  const { wb } = await download(page, "from-paste-html");
  expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
  expect(contentOf(wb)).toEqual(contentOf(await commandLineWorkbook()));
  expectOnlyLocal(requests);
  await page.close();
});

test("Internet Explorer gets a Thai notice from the inline script; other browsers never see it", async () => {
  const ie = await browser.newContext({ userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko" });
  const page = await ie.newPage();
  // IE never runs type="module" scripts; block them here so the page is what IE shows.
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(`${server.url}index.html`);
  await expect(page.locator("#legacy").isVisible()).resolves.toBe(true);
  await expect(page.locator("#legacy").textContent()).resolves.toContain("Microsoft Edge, Google Chrome หรือ Firefox");
  await ie.close();

  const { page: normal } = await openPage();
  await expect(normal.locator("#legacy").isVisible()).resolves.toBe(false);
  await normal.close();
});

test("opened straight from a folder (file://, e.g. a shared drive) the page still works, offline", async () => {
  const context = await browser.newContext({ acceptDownloads: true, offline: true });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(E2E_DIST, "index.html")).href);
  await paste(page, { "text/plain": sampleText("ita-2568-khuansaorang.tsv") });
  await page.getByText("สิ่งที่อ่านได้").waitFor();
  const { wb } = await download(page, "from-file-url");
  expect(contentOf(wb)).toEqual(contentOf(await commandLineWorkbook()));
  expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("blob:"))).toEqual([]);
  // A file opened here too: read by the worker if the browser starts one from file://, else on the page.
  await (await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)")).setInputFiles(xlsxFixture);
  await expect(page.getByRole("alert").textContent()).resolves.toContain('ไม่พบคะแนน ITA ในชีต "หมายเหตุ"');
  await context.close();
});

test("hostile files and pastes: a zip bomb, an oversized file, a huge paste and a stray quote get the command line's Thai messages, and the page carries on", async () => {
  const { page, requests } = await openPage();
  const { zipSync } = await import("fflate");
  // A few KB on disk, a sheet of 17 MB once inflated (the limit is 8 MB): refused from the zip's directory, quickly.
  const bomb = join(FIXTURES, "bomb.xlsx");
  writeFileSync(bomb, zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "xl/worksheets/sheet1.xml": new Uint8Array(17 * 1024 * 1024).fill(0x20) }, { level: 9 }));
  const input = await fileInput(page, "ไฟล์คะแนน (.xlsx, .csv, .tsv, .txt)");
  const started = Date.now();
  await input.setInputFiles(bomb);
  await expect(page.getByRole("alert").textContent()).resolves.toContain('ไฟล์ .xlsx "bomb.xlsx" มีส่วน "xl/worksheets/sheet1.xml" ที่เมื่อขยายแล้วใหญ่เกินที่อ่านได้ (ไม่เกิน 8 MB)');
  expect(Date.now() - started).toBeLessThan(10_000);
  mkdirSync(join(OUT, "screens"), { recursive: true });
  await page.screenshot({ path: join(OUT, "screens", "web-zip-bomb.png") });

  // From a path, not a buffer: Playwright would build a buffer's File on the page's thread.
  const long = join(FIXTURES, "long.tsv");
  writeFileSync(long, "i1\t90\tx\n".repeat(1_000_000));
  // Read in the worker, the page's own thread free: frames keep coming while 9 MB are parsed
  // (and refused there, before a grid over the limit is copied to the page).
  await page.evaluate(() => {
    const w = window as unknown as { maxGap: number; stop: boolean };
    w.maxGap = 0;
    w.stop = false;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.maxGap = Math.max(w.maxGap, now - last);
      last = now;
      if (!w.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await input.setInputFiles(long);
  await expect(page.getByRole("alert").textContent()).resolves.toContain("ข้อมูลมี 1000001 แถว × 3 คอลัมน์");
  const maxGap = await page.evaluate(() => {
    const w = window as unknown as { maxGap: number; stop: boolean };
    w.stop = true;
    return w.maxGap;
  });
  expect(maxGap).toBeLessThan(500);
  expect(requests.some((u) => u.endsWith("/read-worker.js"))).toBe(true);

  await input.setInputFiles({ name: "big.tsv", mimeType: "text/plain", buffer: Buffer.alloc(11 * 1024 * 1024, 0x41) });
  await expect(page.getByRole("alert").textContent()).resolves.toContain('ไฟล์ "big.tsv" มีขนาด 11 MB เกินขนาดที่อ่านได้ (ไม่เกิน 10 MB)');

  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "i1\t90\n".repeat(1_000_000));
    const box = document.querySelector("[data-paste-target]") as HTMLElement;
    box.focus();
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("alert").textContent()).resolves.toContain("ข้อความที่วางยาว 6000000 ตัวอักษร เกินที่อ่านได้ (ไม่เกิน 5000000 ตัวอักษร)");

  // Still usable: the sample with a stray quote reads whole, the row named among the warnings.
  await paste(page, { "text/plain": sampleText("ita-2568-khuansaorang.tsv").replace("\tรักษาระดับ", '\t"รักษาระดับ') });
  await expect(page.getByTestId("review-counts").textContent()).resolves.toContain("IIT 15 ข้อ · EIT 9 ข้อ · OIT 27 ข้อ");
  await expect(page.getByText(/มีเครื่องหมาย " ที่เปิดแล้วไม่ได้ปิด/).count()).resolves.toBeGreaterThan(0);
  await page.screenshot({ path: join(OUT, "screens", "web-stray-quote.png"), fullPage: true });
  expectOnlyLocal(requests);
  await page.close();
});
