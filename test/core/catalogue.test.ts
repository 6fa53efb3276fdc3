import { BUILT_IN_CATALOGUES, catalogueForYear } from "../../src/core/catalogue";
import { splitCode } from "../../src/core/codes";

const range = (letter: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${letter}${from + i}`);

describe.each(BUILT_IN_CATALOGUES.map((c) => [c.id, c] as const))("catalogue %s", (_id, cat) => {
  test("every question has a title and its own default weakness and corrective action", () => {
    const weaknesses = new Set(cat.questions.map((q) => q.weakness));
    const actions = new Set(cat.questions.map((q) => q.action));
    expect(weaknesses.size).toBe(cat.questions.length);
    expect(actions.size).toBe(cat.questions.length);
    for (const q of cat.questions) {
      expect(q.title.length).toBeGreaterThanOrEqual(3); // "Q&A" is an official item title
      expect(q.weakness).toMatch(/[ก-๙]{10}/);
      expect(q.action).toMatch(/[ก-๙]{10}/);
      expect(q.weakness + q.action).not.toMatch(/<[a-z]/i);
    }
  });

  test("questions map to an indicator of their own tool; weights sum to 1", () => {
    for (const q of cat.questions) {
      const ind = cat.indicators.find((i) => i.number === q.indicator);
      expect(ind?.tool).toBe(splitCode(q.code)!.tool);
    }
    expect(cat.weights.IIT + cat.weights.EIT + cat.weights.OIT).toBeCloseTo(1);
    expect(cat.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test("a default measure for every indicator (and every ประเด็น in the issue layout), with steps and units", () => {
    const measures = [...Object.values(cat.indicatorMeasures), ...cat.issues.map((i) => i.measure)];
    expect(Object.keys(cat.indicatorMeasures).map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const m of measures) {
      expect(m.steps.length).toBeGreaterThanOrEqual(3);
      expect(m.units.length).toBeGreaterThan(0);
      expect(m.period.from).toBeGreaterThanOrEqual(1);
      expect(m.period.to).toBeLessThanOrEqual(12);
      expect(m.period.from).toBeLessThanOrEqual(m.period.to);
      expect(m.output.length).toBeGreaterThan(10);
    }
  });
});

test("the 2568 layout: i1–i15, e1–e9, o1–o28 in seven ประเด็น", () => {
  const cat = catalogueForYear(2568);
  expect(cat.layout).toBe("issues");
  expect(cat.questions.map((q) => q.code)).toEqual([...range("i", 1, 15), ...range("e", 1, 9), ...range("o", 1, 28)]);
  expect(cat.issues.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  const issueOf = (code: string) => cat.questions.find((q) => q.code === code)?.issue;
  expect([issueOf("i1"), issueOf("e7"), issueOf("o1"), issueOf("i10"), issueOf("o14"), issueOf("o18"), issueOf("o28")]).toEqual([1, 2, 3, 4, 5, 6, 7]);
});

test("the 2565–2567 layout: i1–i30, e1–e15, o1–o43 by tool and indicator", () => {
  for (const year of [2565, 2566, 2567]) expect(catalogueForYear(year).id).toBe("ita-2565");
  const cat = catalogueForYear(2566);
  expect(cat.layout).toBe("tools");
  expect(cat.questions.map((q) => q.code)).toEqual([...range("i", 1, 30), ...range("e", 1, 15), ...range("o", 1, 43)]);
  expect(cat.questions.find((q) => q.code === "i7")?.indicator).toBe(2);
  expect(cat.questions.find((q) => q.code === "e11")?.indicator).toBe(8);
  expect(cat.questions.find((q) => q.code === "o42")?.subIndicator).toBe("10.2");
});

test("years outside the catalogues fall back to the nearest", () => {
  expect(catalogueForYear(2563).id).toBe("ita-2565");
  expect(catalogueForYear(2571).id).toBe("ita-2569");
});
