import type { ToolCode } from "../model";
import { th } from "../strings/th";

/** First assessment year graded ผ่าน/ต้องปรับปรุง instead of AA–F. */
export const PASS_LEVELS_FROM = 2566;

/**
 * The level by the year's rules. Up to 2565: AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F.
 * From 2566: ผ่านดีเยี่ยม (total and every tool ≥ 95), ผ่านดี (total and every tool ≥ 85),
 * ผ่าน (total ≥ 85), ต้องปรับปรุง (≥ 70), ต้องปรับปรุงโดยด่วน.
 */
export function levelFor(year: number, total: number, toolScores: Partial<Record<ToolCode, number>>): string {
  if (year < PASS_LEVELS_FROM) {
    if (total >= 95) return "AA";
    if (total >= 85) return "A";
    if (total >= 75) return "B";
    if (total >= 65) return "C";
    if (total >= 55) return "D";
    if (total >= 50) return "E";
    return "F";
  }
  const tools = Object.values(toolScores).filter((s): s is number => typeof s === "number");
  const allAtLeast = (n: number) => tools.length === 3 && tools.every((s) => s >= n);
  if (total >= 95 && allAtLeast(95)) return th.levels.excellent;
  if (total >= 85 && allAtLeast(85)) return th.levels.good;
  if (total >= 85) return th.levels.pass;
  if (total >= 70) return th.levels.improve;
  return th.levels.urgent;
}

/** "ผ่านเกณฑ์" means total ≥ 85 from 2566 on. */
export function passesThreshold(total: number): boolean {
  return total >= 85;
}
