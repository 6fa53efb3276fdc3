import { readAndGenerate, questionPaste, setup } from "./helpers";

const CODES = [
  ...Array.from({ length: 70 }, (_, i) => `i${i + 1}`),
  ...Array.from({ length: 60 }, (_, i) => `e${i + 1}`),
  ...Array.from({ length: 70 }, (_, i) => `o${i + 1}`),
];

describe("large pastes", () => {
  test("200 questions: still at most 4 round trips, every request under 5 MB", async () => {
    const s = setup({ sheets: [{ name: "S", cells: questionPaste(CODES) }] });
    const { report, syncs, outcome } = await readAndGenerate(s);
    expect(report.analysis.questions).toHaveLength(200);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(outcome.syncs).toBe(syncs);
    expect(Math.max(...s.double.requests.map((r) => r.requestBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  test("writes over the request budget are split across requests and give the same workbook", async () => {
    const whole = setup({ sheets: [{ name: "S", cells: questionPaste(CODES) }] });
    await readAndGenerate(whole);
    const limit = 120_000;
    const split = setup({ sheets: [{ name: "S", cells: questionPaste(CODES) }], requestLimitBytes: limit }, { requestBudgetBytes: 80_000 });
    const progress: string[] = [];
    const range = await split.actions.readScoreTable("usedRange");
    const { reportFor } = await import("./helpers");
    const before = split.double.syncCount();
    const outcome = await split.actions.generate(range, reportFor(range), (m) => progress.push(m));
    expect(split.double.syncCount() - before).toBeGreaterThan(3);
    expect(outcome.syncs).toBe(split.double.syncCount() - before);
    expect(Math.max(...split.double.requests.map((r) => r.requestBytes))).toBeLessThanOrEqual(limit);
    expect(progress.some((m) => /กำลังเขียนส่วนที่ 2 จาก \d+/.test(m))).toBe(true);
    const strip = (d: typeof whole.double) => JSON.stringify(d.state.sheets.map((x) => [x.name, [...x.cells], x.merges, [...x.rowHeights], x.pageLayout, x.pageBreaks]));
    expect(strip(split.double)).toBe(strip(whole.double));
  });

  test("reading the sheets back stays under the response limit (5 MB on the web): loaded in parts, and the next run still knows them", async () => {
    const limit = 60_000;
    const s = setup({ sheets: [{ name: "S", cells: questionPaste(CODES) }], responseLimitBytes: limit, requestLimitBytes: limit }, { requestBudgetBytes: 30_000, readCellsPerRequest: 200 });
    const first = await readAndGenerate(s);
    expect(first.outcome.sheets.filter((g) => g.role !== "analysisColumns").map((g) => g.status)).toEqual(["created", "created", "created", "created", "created"]);
    // Together the three sheets' formulas are well over the limit; no single response is.
    const sheets = s.double.state.sheets.filter((x) => x.name !== "S");
    const total = sheets.reduce((n, x) => n + new TextEncoder().encode(JSON.stringify([...x.cells.values()].map((c) => c.value))).length, 0);
    expect(total).toBeGreaterThan(limit);
    expect(Math.max(...s.double.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(limit);
    const second = await readAndGenerate(s);
    expect(second.outcome.sheets.filter((g) => g.role !== "analysisColumns").map((g) => g.status)).toEqual(["replaced", "replaced", "replaced", "replaced", "replaced"]);
    expect(Math.max(...s.double.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(limit);
  });
});
