import { measureGeneration, measureSyncsPerGeneration } from "./bench";

test("the benchmark's figure: one generation of the 001 sample costs at most 3 round trips", async () => {
  expect(await measureSyncsPerGeneration()).toBeLessThanOrEqual(3);
  const { syncs, largestRequestBytes } = await measureGeneration();
  expect(syncs).toBe(3);
  expect(largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
});
