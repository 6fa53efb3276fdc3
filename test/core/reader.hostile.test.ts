import fc from "fast-check";
import { InputError } from "../../src/core/errors";
import { readScores } from "../../src/core/pipeline";

const anyCell = fc.oneof(
  fc.string(),
  fc.constantFrom("i1", "e9", "o25", "ข้อ i๑", "IIT", "OIT", "ประเด็นที่ ๒", "ตัวชี้วัดที่ 7", "=1+1", "-", "98.33", "๑๐๐.๐๐", "79%", "ITA 2568"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
  fc.object(),
);

describe("hostile input never crashes and never yields an impossible score", () => {
  test("random grids", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 40 }), (grid) => {
        try {
          const sheet = readScores(grid);
          for (const q of sheet.questions) {
            expect(q.score).toBeGreaterThanOrEqual(0);
            expect(q.score).toBeLessThanOrEqual(100);
            expect(q.code).toMatch(/^[ieo]\d+$/);
          }
          for (const w of sheet.warnings) expect(typeof w.message).toBe("string");
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  test("rows that are not arrays, and values of wrong types", () => {
    const grid = [null, "i1 100", 42, [Symbol("x"), () => 1, ["i1"], { richText: "bad" }], ["i2", { result: 97 }], ["i3", new Date(0)]] as unknown as unknown[][];
    const sheet = readScores(grid);
    expect(sheet.questions.map((q) => [q.code, q.score])).toEqual([["i2", 97]]);
    expect(sheet.warnings.some((w) => w.message.includes("i3"))).toBe(true);
  });

  test("a not-a-grid value is an input error", () => {
    expect(() => readScores("i1\t100" as unknown as unknown[][])).toThrow(InputError);
  });

  test("a large sheet within the grid limit is read whole; one over it is refused, the limit said", () => {
    const grid: unknown[][] = [];
    for (let r = 0; r < 120_000; r++) grid.push([`i${(r % 15) + 1}`, 90 + (r % 10), "ข้อความ".repeat(3)]);
    const sheet = readScores(grid);
    expect(sheet.questions).toHaveLength(15);
    // Its last row was read too: the duplicate warnings reach it.
    expect(sheet.warnings.some((w) => w.row === 120_000)).toBe(true);
    grid[0] = new Array(5).fill("x");
    expect(() => readScores(grid, { source: "คะแนน" })).toThrow('ชีต "คะแนน" มี 120000 แถว × 5 คอลัมน์ (600000 ช่อง) เกินที่อ่านได้ (ไม่เกิน 500000 ช่อง)');
  });
});

describe("every skipped row is said", () => {
  test("a row inside the table with a score but no question code gets a warning with its row", () => {
    const grid = [["ผลการประเมิน ITA 2568"], ["ข้อ", "คะแนน"], ["i1", "90"], ["ขยะ", "95", "xx"], ["i2", "80"], ["คะแนนรวม", "85"]];
    const sheet = readScores(grid, { source: "คะแนน" });
    expect(sheet.questions.map((q) => q.code)).toEqual(["i1", "i2"]);
    expect(sheet.warnings).toEqual([expect.objectContaining({ row: 4, message: expect.stringMatching(/^ชีต "คะแนน" แถว 4: แถวนี้อยู่ในตารางและมีตัวเลขคะแนน แต่ไม่พบรหัสข้อคำถาม/) })]);
    // Titles above the table and the total below it are read as prose, not warned about.
    expect(sheet.totalScore).toBe(85);
  });

  test("cells beyond the columns the reader reads are said once, with the first row and column", () => {
    const wide = [...Array(70).fill(""), "95"];
    const sheet = readScores([["i1", 90], wide, ["i2", 80]]);
    expect(sheet.warnings).toEqual([expect.objectContaining({ row: 2, cell: "BM2", message: expect.stringContaining("มีข้อมูลตั้งแต่คอลัมน์ BM ไปทางขวา") })]);
  });
});
