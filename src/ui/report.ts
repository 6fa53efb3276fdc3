import type { Analysis } from "../core/analysis/types";
import type { Catalogue } from "../core/catalogue/types";
import { InputError } from "../core/errors";
import type { ScoreSheet } from "../core/model";
import type { ReportResult } from "../core/pipeline";
import type { UserSettings } from "../core/userSettings";
import type { Engine } from "./engine";
import { ui } from "./strings";

/** Where the report's year or agency came from, as the review panel tells the user. */
export type ValueOrigin = "file" | "paste" | "settings" | "remembered" | "fallback";

/**
 * The year used when neither the settings nor the paste give one: the engine's own fallback, the
 * newest year a built-in catalogue was checked for. A constant, so the pane's first load does not
 * pull in the catalogue; a test keeps the two equal.
 */
export const FALLBACK_YEAR = 2569;

/** A user-edited catalogue read back from the workbook replaces the built-in one with its id. */
export function cataloguesWith(engine: Engine, custom: Catalogue | undefined): readonly Catalogue[] {
  if (!custom) return engine.builtInCatalogues;
  const others = engine.builtInCatalogues.filter((c) => c.id !== custom.id);
  return [...others, custom];
}

export function yearOf(settings: UserSettings, sheet: ScoreSheet | undefined): number {
  return settings.year ?? sheet?.assessmentYear ?? FALLBACK_YEAR;
}

/** Scores + settings → what review and generation show and write. */
export function buildReport(
  engine: Engine,
  sheet: ScoreSheet,
  settings: UserSettings,
  catalogues: readonly Catalogue[],
  previous?: ScoreSheet,
): ReportResult {
  return engine.makeReport(sheet, { ...engine.reportOptionsFrom(settings), catalogues }, previous);
}

/** A group whose responsible units the user may set (ประเด็น or indicator, as the report groups). */
export interface UnitGroup {
  number: number;
  title: string;
  defaults: readonly string[];
}

export function unitGroupsOf(analysis: Analysis): { kind: "issues" | "tools"; groups: UnitGroup[] } {
  const byIssue = analysis.layout === "issues" && analysis.groups.some((g) => g.key.startsWith("issue"));
  // The catch-all group of questions outside every ประเด็น has no stable number to key units by.
  const groups = analysis.groups
    .filter((g) => !g.key.endsWith("-other"))
    .map((g) => ({ number: g.number, title: g.title, defaults: g.measure.units }));
  return { kind: byIssue ? "issues" : "tools", groups };
}

/** Errors whose message is Thai and meant for the user (the engine's and the Office layer's own). */
const USER_FACING = new Set(["InputError", "OfficeLayerError"]);

/** A message for the user: our own Thai errors as they are, anything else marked unexpected. */
export function messageOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  if (e instanceof Error && USER_FACING.has(e.name)) return e.message;
  return ui.unexpected(e instanceof Error ? e.message : String(e));
}
