import { measureGeneration, measureSyncsPerGeneration } from "./bench";

// Names and record, earlier sheets, writes with read-back, the new record (workbook.settings).
test("the benchmark's figure: one generation of the 001 sample costs at most 4 round trips", async () => {
  expect(await measureSyncsPerGeneration()).toBeLessThanOrEqual(4);
  const { syncs, largestRequestBytes } = await measureGeneration();
  expect(syncs).toBe(4);
  expect(largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
});
