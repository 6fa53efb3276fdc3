/** @jest-environment jsdom */
import { readClipboard } from "../../src/web/clipboard";
import { htmlTableToGrid } from "../../src/web/htmlTable";

describe("htmlTableToGrid", () => {
  test("rowspan and colspan leave the covered cells empty, as Excel pastes them", () => {
    const grid = htmlTableToGrid(`<table>
      <tr><th>แบบ</th><th colspan="2">ตัวชี้วัด</th><th>คะแนน</th></tr>
      <tr><td rowspan="3">IIT</td><td>๑</td><td>การปฏิบัติหน้าที่</td><td>๙๙.๑๗</td></tr>
      <tr><td>๒</td><td>การใช้งบประมาณ</td><td>๙๘.๗๕</td></tr>
      <tr><td colspan="2">รวม</td><td>99</td></tr>
      <tr><td>EIT</td><td>๖</td><td>คุณภาพการดำเนินงาน</td><td>๙๓.๓๖</td></tr>
    </table>`);
    expect(grid).toEqual([
      ["แบบ", "ตัวชี้วัด", "", "คะแนน"],
      ["IIT", "๑", "การปฏิบัติหน้าที่", "๙๙.๑๗"],
      ["", "๒", "การใช้งบประมาณ", "๙๘.๗๕"],
      ["", "รวม", "", "99"],
      ["EIT", "๖", "คุณภาพการดำเนินงาน", "๙๓.๓๖"],
    ]);
  });

  test("cell text: <br> and paragraphs become line breaks, &nbsp; and runs of space collapse", () => {
    const grid = htmlTableToGrid(`<table><tr><td><p>ข้อ&nbsp;i1</p><p>  การปฏิบัติ   งาน </p></td><td>a<br>b</td><td><style>td{}</style>98.33&nbsp;</td></tr></table>`);
    expect(grid).toEqual([["ข้อ i1\nการปฏิบัติ งาน", "a\nb", "98.33"]]);
  });

  test("several tables in one copy follow each other with an empty row between; nested tables stay inside", () => {
    const grid = htmlTableToGrid(`<table><tr><td>i1</td><td>90</td></tr></table><p>x</p>
      <table><tr><td>e1</td><td><table><tr><td>inner</td></tr></table></td></tr></table>`);
    expect(grid).toEqual([["i1", "90"], [], ["e1", "inner"]]);
  });

  test("no table, or only empty cells → undefined", () => {
    expect(htmlTableToGrid("<p>ไม่มีตาราง</p>")).toBeUndefined();
    expect(htmlTableToGrid("<table><tr><td> </td></tr></table>")).toBeUndefined();
  });
});

describe("readClipboard", () => {
  const data = (flavours: Record<string, string>) => ({ getData: (t: string) => flavours[t] ?? "" });

  test("prefers the HTML table; falls back to text when the HTML has no table", () => {
    expect(readClipboard(data({ "text/html": "<table><tr><td>i1</td><td>90</td></tr></table>", "text/plain": "i1\t90" }))).toEqual({ kind: "html", grid: [["i1", "90"]] });
    expect(readClipboard(data({ "text/html": "<b>i1 90</b>", "text/plain": "i1\t90" }))).toEqual({ kind: "text", text: "i1\t90" });
  });

  test("nothing usable → undefined", () => {
    expect(readClipboard(data({ "text/plain": "  \n" }))).toBeUndefined();
    expect(readClipboard(null)).toBeUndefined();
  });
});
