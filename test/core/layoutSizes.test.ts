import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { FONT_SIZE_RANGE } from "../../src/core/plan/settings";
import { sampleGrid } from "../helpers/fixtures";

// The 2568 measure plan at 20 pt once sent the row splitting into an endless loop (out of memory):
// every sample must lay out at every font size a user may choose, with every row on a page.
describe.each([FONT_SIZE_RANGE.min, 14, 18, 19, 20, 21, FONT_SIZE_RANGE.max])("a report at %d pt", (size) => {
  test.each(["ita-2568-khuansaorang.tsv", "ita-2565-tharnkasem.tsv", "ita-2569-huaysaingam.tsv"] as const)("%s lays out", (name) => {
    const plan = makeReport(readScores(sampleGrid(name)), { settings: { font: { name: "TH SarabunPSK", size } } }).plan;
    for (const sheet of plan.sheets) {
      const laid = layoutSheet(sheet, plan);
      expect(laid.rows.length).toBeGreaterThan(0);
      expect(laid.rows.every((r) => r.height > 0 && r.height <= 409)).toBe(true);
    }
  });
});
