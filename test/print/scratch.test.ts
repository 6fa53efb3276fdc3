import { makeReport, readScores } from "../../src/core/pipeline";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { sampleGrid } from "../helpers/fixtures";
import { FULL_FACTS, emblemPng } from "../helpers/documents";
import { pdfInfo, pdfToPngs, printWorkbook } from "../helpers/print";
import { layoutSheet } from "../../src/core/plan/layout";
test("scratch", async () => {
  for (const [name, facts] of [["full", { ...FULL_FACTS, emblem: { base64: emblemPng(), extension: "png" as const } }], ["bare", undefined]] as const) {
    const r = makeReport(readScores(sampleGrid("ita-2568-khuansaorang.tsv")), { settings: facts ? { document: facts } : {} });
    console.log(name, r.plan.sheets.map((s) => `${s.name}:${layoutSheet(s, r.plan).pages}`).join(" "));
    const pdf = printWorkbook(`scratch-${name}`, await writeWorkbook(r.plan));
    console.log(pdfInfo(pdf), pdfToPngs(pdf, `scratch-${name}`).length);
  }
}, 300000);
