/**
 * The Office layer against the double at every ExcelApi level the pane supports (1.1, 1.4, 1.7,
 * 1.9 and the latest): what works, what is said in Thai, and that no call needs a newer set than
 * the host has (the double fails such a call with ApiNotFound).
 */
import { TESTED_LEVELS } from "../../src/excel/requirements";
import { formulaCells } from "../office-double";
import { readAndGenerate, sampleWorkbook, setup, sheetOf, userTypes } from "./helpers";

const LEVELS = [...TESTED_LEVELS, "1.17"];
const ANALYSIS = "วิเคราะห์ผล ITA";

describe.each(LEVELS)("ExcelApi %s", (level) => {
  const n = Number(level.split(".")[1]);

  test("reading the pasted scores works; a multi-area selection is said in Thai", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: level });
    const range = await s.actions.readScoreTable("usedRange");
    expect(range.grid.length).toBeGreaterThan(50);
    const multi = setup({ ...sampleWorkbook(), excelApi: level, selection: "A1:F20,A30:F40" });
    await expect(multi.actions.readScoreTable("selection")).rejects.toThrow(/หลายส่วนแยกกัน|2 ส่วนแยกกัน/);
  });

  test(n >= 4 ? "generate, edit, generate again: every call within the host's sets" : "generation is refused in Thai; nothing is written", async () => {
    const s = setup({ ...sampleWorkbook(), excelApi: level, ...(n >= 9 ? { ignoreFitToPages: "inactive" as const } : {}) });
    const caps = s.actions.capabilities();
    expect(caps.generate).toBe(n >= 4);
    expect(caps.printSetup).toBe(n >= 9);
    if (n < 4) {
      const range = await s.actions.readScoreTable("usedRange");
      await expect(readAndGenerate(s)).rejects.toThrow(/ExcelApi 1\.4/);
      expect(s.double.state.sheets.map((x) => x.name)).toEqual(["หน้าปก", range.sheetName]);
      return;
    }
    const first = await readAndGenerate(s);
    expect(first.outcome.sheets.filter((g) => g.role !== "analysisColumns").map((g) => g.status)).toEqual(["created", "created", "created", "created", "created"]);
    // The first report sheet is the one the user sees afterwards.
    expect(s.double.state.activeSheetId).toBe(sheetOf(s.double, ANALYSIS).id);
    expect(sheetOf(s.double, ANALYSIS).pageLayout.paperSize).toBe(n >= 9 ? "A4" : "Letter");
    // Fit-to-width lost on inactive sheets (office-js #1860) comes back after the retry.
    if (n >= 9) for (const name of ["มาตรการส่งเสริม", "รายงานผลการดำเนินการ"]) expect(sheetOf(s.double, name).pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(first.outcome.notes.some((t) => /ไม่รับการตั้งค่า/.test(t))).toBe(false);

    // Replacing our unedited sheets resets them (useStandardHeight only from 1.7).
    const again = await readAndGenerate(s);
    expect(again.outcome.sheets.filter((g) => g.role !== "analysisColumns").map((g) => g.status)).toEqual(["replaced", "replaced", "replaced", "replaced", "replaced"]);
    await userTypes(s.double, ANALYSIS, "B40", "แก้เอง");
    const third = await readAndGenerate(s);
    expect(third.outcome.sheets[0]).toMatchObject({ status: "copied", name: `${ANALYSIS} (2)` });
    expect(formulaCells(s.double.state)).toEqual([]);

    const catalogue = await s.actions.writeCatalogueSheet((await import("../../src/core/catalogue/data/ita2568")).ITA_2568);
    expect(catalogue).toBe("รายการข้อคำถาม ITA");
  });
});
