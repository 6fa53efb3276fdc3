import { TOOL_CODES, type ToolCode } from "../model";
import { th } from "../strings/th";

/**
 * Level rules as data, by assessment year. A band applies when the total reaches `minTotal` and,
 * if it says so, every tool reaches `minEveryTool`; the first band that applies is the level.
 * ITAS printed "ผ่าน" for a 2568 result the 2566 rules grade ผ่านดี, so the bands it used in
 * 2568–2569 are not certain: a level printed in the paste wins, and a difference is said.
 */
export interface LevelBand {
  level: string;
  minTotal: number;
  minEveryTool?: number;
}

export interface LevelRule {
  /** First and last assessment year (พ.ศ.) the bands are known for; the last rule also covers later years. */
  fromYear: number;
  toYear: number;
  bands: readonly LevelBand[];
}

const L = th.levels;

export const LEVEL_RULES: readonly LevelRule[] = [
  {
    fromYear: 2557,
    toYear: 2565,
    bands: [
      { level: "AA", minTotal: 95 },
      { level: "A", minTotal: 85 },
      { level: "B", minTotal: 75 },
      { level: "C", minTotal: 65 },
      { level: "D", minTotal: 55 },
      { level: "E", minTotal: 50 },
      { level: "F", minTotal: 0 },
    ],
  },
  {
    fromYear: 2566,
    toYear: 2569,
    bands: [
      { level: L.excellent, minTotal: 95, minEveryTool: 95 },
      { level: L.good, minTotal: 85, minEveryTool: 85 },
      { level: L.pass, minTotal: 85 },
      { level: L.improve, minTotal: 70 },
      { level: L.urgent, minTotal: 0 },
    ],
  },
];

/** The rule of `year`: the one covering it, the newest for a later year, the oldest for an earlier one. */
export function levelRuleFor(year: number, rules: readonly LevelRule[] = LEVEL_RULES): LevelRule {
  const covering = rules.find((r) => r.fromYear <= year && year <= r.toYear);
  if (covering) return covering;
  const earlier = rules.filter((r) => r.fromYear <= year);
  return earlier.length > 0 ? earlier[earlier.length - 1] : rules[0];
}

/** The level by the year's rules. A band that asks for every tool needs all three tool scores. */
export function levelFor(year: number, total: number, toolScores: Partial<Record<ToolCode, number>>, rules: readonly LevelRule[] = LEVEL_RULES): string {
  const { bands } = levelRuleFor(year, rules);
  const tools = TOOL_CODES.map((t) => toolScores[t]);
  const everyToolAtLeast = (n: number) => tools.every((s) => s !== undefined && s >= n);
  const band = bands.find((b) => total >= b.minTotal && (b.minEveryTool === undefined || everyToolAtLeast(b.minEveryTool)));
  return (band ?? bands[bands.length - 1]).level;
}

/** "ผ่าน" and "ผ่านเกณฑ์" name the same level; spacing and case are not differences either. */
export function sameLevel(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, "").replace(/^ระดับ/, "").replace(/^ผ่านเกณฑ์$/, "ผ่าน").toUpperCase();
  return norm(a) === norm(b);
}
