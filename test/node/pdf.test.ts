import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeReport, readScores } from "../../src/core/pipeline";
import { convertToPdf } from "../../src/node/pdf";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";

describe("printing workbooks to PDF with LibreOffice", () => {
  test("a PDF already beside the workbook is the user's: kept, the new one named (2), nothing else left there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-pdfplace-"));
    const workbook = join(dir, "r.xlsx");
    writeFileSync(workbook, await writeWorkbook(makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv"))).plan));
    writeFileSync(join(dir, "r.pdf"), "mine");
    // Another folder with a workbook of the same name: LibreOffice would print both to one name.
    const other = mkdtempSync(join(tmpdir(), "itas-pdfplace-"));
    copyFileSync(workbook, join(other, "r.xlsx"));
    const printed = await convertToPdf("soffice", [workbook, join(other, "r.xlsx")], false);
    expect(printed).toEqual([
      { workbook, pdf: join(dir, "r (2).pdf"), renamed: true },
      { workbook: join(other, "r.xlsx"), pdf: join(other, "r.pdf"), renamed: false },
    ]);
    expect(readFileSync(join(dir, "r.pdf"), "utf8")).toBe("mine");
    expect(readFileSync(join(dir, "r (2).pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readdirSync(dir).sort()).toEqual(["r (2).pdf", "r.pdf", "r.xlsx"]);
    // With overwrite the user asked for it.
    const again = await convertToPdf("soffice", [workbook], true);
    expect(again).toEqual([{ workbook, pdf: join(dir, "r.pdf"), renamed: false }]);
    expect(readFileSync(join(dir, "r.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
