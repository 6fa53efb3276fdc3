/**
 * @jest-environment jsdom
 */
import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { pageBodyPoints } from "../../src/core/plan/page";
import { pageOfRows, pageStarts } from "../../src/core/plan/paginate";
import { REPORT_STYLES } from "../../src/core/plan/styles";
import { LANDSCAPE } from "../../src/core/plan/print";
import type { ReportPlan, SheetPlan } from "../../src/core/plan/types";
import { formatNumber } from "../../src/preview/numberFormat";
import { escapeHtml, previewDocuments, previewPages, renderLaidOutSheet, renderSheetHtml } from "../../src/preview/renderHtml";
import { sampleGrid, type SampleName } from "../helpers/fixtures";

const planOf = (name: SampleName, size = 16): ReportPlan => makeReport(readScores(sampleGrid(name)), { settings: { font: { name: "TH SarabunPSK", size } } }).plan;

const parse = (html: string): Document => new DOMParser().parseFromString(html, "text/html");

function tinyPlan(sheet: Partial<SheetPlan>): ReportPlan {
  return {
    font: { name: "TH SarabunPSK", size: 16 },
    styles: REPORT_STYLES,
    sheets: [{ name: "ทดสอบ", role: "analysis", columns: [10, 30, 12], blocks: [], print: LANDSCAPE, ...sheet }],
    meta: { title: "t", agency: null, assessmentYear: 2568, planYear: 2569 },
  };
}

describe("pages as the pagination model breaks them", () => {
  for (const [name, size] of [["ita-2568-khuansaorang.tsv", 16], ["ita-2565-tharnkasem.tsv", 16], ["ita-2569-huaysaingam.tsv", 14], ["ita-2568-khuansaorang.tsv", 18]] as const) {
    test(`${name} at ${size} pt: every sheet's pages, each page's rows, the header on every later page`, () => {
      const plan = planOf(name, size);
      const docs = previewDocuments(plan);
      expect(docs.map((d) => d.name)).toEqual(plan.sheets.map((s) => s.name));
      plan.sheets.forEach((sheet, i) => {
        const laid = layoutSheet(sheet, plan);
        const doc = parse(docs[i].html);
        const pages = Array.from(doc.querySelectorAll("section.page"));
        // The layout's own count, and the model's page of every row.
        expect(docs[i].pages).toBe(laid.pages);
        expect(pages.length).toBe(laid.pages);
        const pageOf = pageOfRows(laid.rows, pageBodyPoints(sheet.print, laid.columns), laid.printTitleRows);
        pages.forEach((page, p) => {
          const own = Array.from(page.querySelectorAll("tr:not([data-repeat])")).map((tr) => Number(tr.getAttribute("data-row")));
          expect(own).toEqual(laid.rows.filter((_, k) => pageOf[k] === p + 1).map((r) => r.row));
          expect(page.querySelector(".footer")?.textContent).toBe(`หน้า ${p + 1}`);
          const repeated = Array.from(page.querySelectorAll("tr[data-repeat]")).map((tr) => Number(tr.getAttribute("data-row")));
          const titles = laid.printTitleRows;
          if (titles && p > 0 && own[0] > titles[1]) {
            expect(repeated).toEqual([titles[0]]);
            // The repeated header is the first row of the page and reads as the header itself.
            expect(page.querySelector("tr")?.getAttribute("data-repeat")).toBe("true");
            expect(page.querySelector("tr")?.textContent).toBe(doc.querySelector(`tr[data-row="${titles[0]}"]`)?.textContent);
          } else expect(repeated).toEqual([]);
        });
        // Every row printed once (not counting the repeats), in order.
        expect(Array.from(doc.querySelectorAll("tr:not([data-repeat])")).map((tr) => Number(tr.getAttribute("data-row")))).toEqual(laid.rows.map((r) => r.row));
      });
    });
  }

  test("the long 2569 paste's measure plan runs over several pages, its header repeated on them", () => {
    const plan = planOf("ita-2569-huaysaingam.tsv", 16);
    const sheet = plan.sheets.find((s) => s.role === "measures")!;
    const laid = layoutSheet(sheet, plan);
    expect(laid.pages).toBeGreaterThan(2);
    const pages = previewPages(laid, sheet.print);
    expect(pages.slice(1).filter((p) => p.rows[0].repeated).length).toBeGreaterThan(1);
  });

  test("pageStarts: where each page starts, consistent with pageOfRows", () => {
    const plan = planOf("ita-2568-khuansaorang.tsv");
    for (const sheet of plan.sheets) {
      const laid = layoutSheet(sheet, plan);
      const body = pageBodyPoints(sheet.print, laid.columns);
      const pageOf = pageOfRows(laid.rows, body, laid.printTitleRows);
      const starts = pageStarts(laid.rows, body, laid.printTitleRows);
      expect(starts).toHaveLength(laid.pages);
      starts.forEach((s, p) => {
        expect(pageOf[s]).toBe(p + 1);
        if (s > 0) expect(pageOf[s - 1]).toBe(p);
      });
    }
  });
});

describe("cells", () => {
  test("text from a paste is escaped everywhere: tags, quotes, ampersands", () => {
    const evil = `<script>alert("x")</script><img src=x onerror='alert(1)'> & "quoted" 'single'`;
    const plan = tinyPlan({
      name: `ชีต "<b>"`,
      blocks: [
        { kind: "title", lines: [{ text: evil, style: "title" }] },
        { kind: "table", header: [{ value: "ก", style: "tableHeader" }, { value: evil, style: "tableHeader" }, { value: "ค", style: "tableHeader" }], rows: [[{ value: "1", style: "text" }, { value: evil, style: "text" }, { value: 1.5, style: "score", numberFormat: "0.00" }]], repeatHeader: true },
      ],
    });
    const { html } = renderSheetHtml(plan.sheets[0], plan);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>");
    const doc = parse(html);
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(doc.querySelectorAll("img")).toHaveLength(0);
    expect(doc.title).toBe(`ชีต "<b>"`);
    expect(doc.querySelector("main")?.getAttribute("data-sheet")).toBe(`ชีต "<b>"`);
    // The text itself survives, whole, as text (lines joined back, since the cell wraps).
    const cells = Array.from(doc.querySelectorAll("td")).map((td) => td.textContent ?? "");
    expect(cells).toContain(evil);
    expect(cells.filter((t) => t.replace(/\n/g, "").replace(/ /g, "") === evil.replace(/ /g, ""))).toHaveLength(3);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  test("merged cells as colspan; a title centred across the row; numbers in their formats; styles as CSS", () => {
    const plan = tinyPlan({
      blocks: [
        { kind: "title", lines: [{ text: "ชื่อเรื่อง", style: "title" }] },
        { kind: "paragraph", text: "ย่อหน้าข้ามทั้งแผ่น" },
        {
          kind: "table",
          header: [{ value: "ข้อ", style: "tableHeader" }, { value: "รายการ", style: "tableHeader" }, { value: "คะแนน", style: "tableHeader" }],
          rows: [
            [{ value: "ประเด็นที่ ๑", style: "groupRow" }],
            [{ value: "รวม", style: "text", span: 2 }, { value: 85.5, style: "scoreImprove", numberFormat: "[$-D00041E]0.00" }],
            [{ value: "ก", style: "text" }, { value: "ข", style: "draft" }, { value: -1.25, style: "change", numberFormat: "+0.00;-0.00;0.00" }],
          ],
          repeatHeader: true,
        },
      ],
    });
    const doc = parse(renderSheetHtml(plan.sheets[0], plan).html);
    const rows = Array.from(doc.querySelectorAll("tr"));
    const spans = rows.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => Number(td.getAttribute("colspan") ?? 1)));
    expect(spans).toEqual([[3], [3], [1, 1, 1], [3], [2, 1], [1, 1, 1]]);
    expect(rows.map((tr) => Array.from(tr.querySelectorAll("td")).reduce((n, td) => n + Number(td.getAttribute("colspan") ?? 1), 0))).toEqual([3, 3, 3, 3, 3, 3]);
    const title = rows[0].querySelector("td") as HTMLElement;
    expect(title.style.textAlign).toBe("center");
    expect(title.style.fontWeight).toBe("bold");
    expect(title.className).toBe("nowrap");
    const score = rows[4].querySelectorAll("td")[1] as HTMLElement;
    expect(score.textContent).toBe("๘๕.๕๐");
    expect(score.style.color).toBe("rgb(192, 0, 0)");
    expect(score.getAttribute("style")).toContain("border:var(--b) solid #000");
    expect(rows[5].querySelectorAll("td")[2].textContent).toBe("-1.25");
    expect((rows[2].querySelector("td") as HTMLElement).style.background).toContain("rgb(217, 226, 243)");
    expect(rows[5].querySelectorAll("td")[1].className).toBe("draft");
    expect(rows[1].querySelector("td")?.getAttribute("style")).not.toContain("border");
  });

  test("a text wraps in the lines the layout counted, so the row is as tall as they are", () => {
    const long = "การเปิดเผยข้อมูลสาธารณะของหน่วยงานผ่านเว็บไซต์ ".repeat(4).trim();
    const plan = tinyPlan({ blocks: [{ kind: "table", header: [{ value: "ก", style: "tableHeader" }, { value: "ข", style: "tableHeader" }, { value: "ค", style: "tableHeader" }], rows: [[{ value: "1", style: "text" }, { value: long, style: "text" }, { value: null, style: "text" }]] }] });
    const laid = layoutSheet(plan.sheets[0], plan);
    const doc = parse(renderSheetHtml(plan.sheets[0], plan).html);
    const cell = doc.querySelectorAll("tr")[1].querySelectorAll("td")[1];
    const lines = (cell.textContent ?? "").split("\n");
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("").replace(/ /g, "")).toBe(long.replace(/ /g, ""));
    // 16 pt text has a line pitch of 26.1 pt: the row holds exactly these lines.
    expect(Math.round((laid.rows[1].height - 1.5) / 26.117)).toBe(lines.length);
  });

  test("pictures a laid-out sheet lists are drawn on their row's page; malformed ones are left out", () => {
    const plan = tinyPlan({ blocks: [{ kind: "paragraph", text: "ก" }, { kind: "paragraph", text: "ข" }] });
    const sheet = plan.sheets[0];
    const laid = {
      ...layoutSheet(sheet, plan),
      images: [
        { row: 2, column: 2, width: 60, height: 60, base64: "iVBORw0KGgo=", extension: "png" },
        { row: 1, column: 1, width: 10, height: 10, base64: '"><script>', extension: "png" },
        { row: 1, column: 1, width: 200, height: 100, svg: `<svg xmlns="http://www.w3.org/2000/svg"><text>"x"</text></svg>` },
        { row: 99, column: 1, width: 5, height: 5, svg: "<svg/>" },
      ],
    };
    const doc = parse(renderLaidOutSheet(laid, sheet, plan).html);
    const imgs = Array.from(doc.querySelectorAll("img.picture")) as HTMLElement[];
    expect(imgs.map((i) => i.getAttribute("src")?.slice(0, 22))).toEqual(["data:image/png;base64,", "data:image/svg+xml;cha"]);
    // The emblem sits under the first row, in the second column.
    expect(imgs[0].getAttribute("style")).toContain(`top:calc(${laid.rows[0].height} * var(--u))`);
    expect(doc.querySelectorAll("script")).toHaveLength(0);
  });
});

test("number formats of the plan", () => {
  expect(formatNumber(94.9, "0.00")).toBe("94.90");
  expect(formatNumber(94.9, "[$-D00041E]0.00")).toBe("๙๔.๙๐");
  expect(formatNumber(1.25, "+0.00;-0.00;0.00")).toBe("+1.25");
  expect(formatNumber(-1.25, "+0.00;-0.00;0.00")).toBe("-1.25");
  expect(formatNumber(0, "+0.00;-0.00;0.00")).toBe("0.00");
  expect(formatNumber(-2, "[$-D00041E]+0.00;[$-D00041E]-0.00;[$-D00041E]0.00")).toBe("-๒.๐๐");
  expect(formatNumber(-3.5, "0.0")).toBe("-3.5");
  expect(formatNumber(7, undefined)).toBe("7.00");
});

test("the indicator chart is drawn over its reserved row, with the plan's names and scores", () => {
  const plan = planOf("ita-2568-khuansaorang.tsv");
  const sheet = plan.sheets[0];
  const laid = layoutSheet(sheet, plan);
  expect(laid.charts).toHaveLength(1);
  const doc = parse(renderLaidOutSheet(laid, sheet, plan).html);
  const svgs = (Array.from(doc.querySelectorAll("img.picture")) as HTMLElement[]).map((i) => i.getAttribute("src") ?? "").filter((s) => s.startsWith("data:image/svg+xml"));
  expect(svgs).toHaveLength(1);
  const svg = decodeURIComponent(svgs[0].slice(svgs[0].indexOf(",") + 1));
  const chart = laid.charts[0].chart;
  expect(svg).toContain(chart.title);
  for (const name of chart.categories) expect(svg).toContain(name.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
  expect((svg.match(/fill="#4472c4"/g) ?? []).length).toBe(chart.values.length);
});
