import { makeReport, readScores } from "../src/core/pipeline";
import { sampleGrid } from "./helpers/fixtures";
import { FULL_FACTS } from "./helpers/documents";
import { layoutSheet } from "../src/core/plan/layout";
import { pageOfRows } from "../src/core/plan/paginate";
import { pageBodyPoints } from "../src/core/plan/page";
test("dbg", () => {
  const r = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), { settings: { document: FULL_FACTS } });
  const s = r.plan.sheets[2];
  const laid = layoutSheet(s, r.plan);
  const body = pageBodyPoints(s.print, laid.columns);
  const pages = pageOfRows(laid.rows, body, laid.printTitleRows);
  console.log(s.blocks.map((b) => b.kind).join(","));
  console.log(body, laid.printTitleRows, laid.rows.map((x, i) => `${x.row}:${x.height}:p${pages[i]}${x.pageBreakBefore ? "B" : ""}`).join(" "));
});
