import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import type { SheetRole } from "../../src/core/plan/types";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid, type SampleName } from "../helpers/fixtures";
import { pdfInfo, printWorkbook, requireTool } from "../helpers/print";

/**
 * Issue 9: the analysis, measure plan and follow-up report of each bundled sample print on at most
 * this many pages together (LibreOffice, counted with pdfinfo), the figure `npm run bench` reports
 * as `documentPages`. Counted without the cover each document opens with and without the approval
 * memos: issue 9 set these figures before issue 10 added them, one page each and two per memo.
 */
const MAX_DOCUMENT_PAGES: [SampleName, number][] = [["ita-2568-khuansaorang.tsv", 38]];
/** Known gap (issue 9, open): the 2565 documents print on 31 pages. */
const NOT_YET: [SampleName, number][] = [["ita-2565-tharnkasem.tsv", 27]];
const DOCUMENTS: SheetRole[] = ["analysis", "measures", "followUp"];

describe("printed pages of the bundled samples", () => {
  beforeAll(() => requireTool("pdfinfo"));

  test.each([...MAX_DOCUMENT_PAGES, ...NOT_YET])("%s prints on as many pages as the layout plans", async (name) => {
    const { plan } = makeReport(readScores(sampleGrid(name)));
    const planned = plan.sheets.map((s) => layoutSheet(s, plan).pages);
    const { pages } = pdfInfo(printWorkbook(`pages-${name.replace(/\.tsv$/, "")}`, await writeWorkbook(plan)));
    // The model's page count is what LibreOffice prints (a difference means the layout model drifted).
    expect({ pages, planned }).toEqual({ pages: planned.reduce((a, b) => a + b, 0), planned });
  }, 240_000);

  async function documentPages(name: SampleName): Promise<number> {
    const { plan } = makeReport(readScores(sampleGrid(name)));
    const documents = { ...plan, sheets: plan.sheets.filter((s) => DOCUMENTS.includes(s.role)) };
    expect(documents.sheets.map((s) => s.role)).toEqual(DOCUMENTS);
    const { pages } = pdfInfo(printWorkbook(`documents-${name.replace(/\.tsv$/, "")}`, await writeWorkbook(documents)));
    return pages - documents.sheets.length;
  }

  test.each(MAX_DOCUMENT_PAGES)("%s: the three documents print on at most %i pages besides their covers", async (name, max) => {
    expect(await documentPages(name)).toBeLessThanOrEqual(max);
  }, 240_000);

  test.skip.each(NOT_YET)("%s: the three documents print on at most %i pages besides their covers", async (name, max) => {
    expect(await documentPages(name)).toBeLessThanOrEqual(max);
  }, 240_000);
});
