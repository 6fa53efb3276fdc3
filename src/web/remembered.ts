import type { ScoreSheet } from "../core/model";
import type { UserSettings } from "../core/userSettings";
import type { ValueOrigin } from "../ui/report";

/**
 * The browser remembers the settings of the last report. For a new file the year and the agency
 * it states win over remembered ones (a 2565 file from another agency must not come out as last
 * report's 2568 agency); remembered values only fill what the file does not say, and a value the
 * user types while this file is open wins over the file. Pure, so the page and tests share it.
 */

export type FileField = "year" | "agency";
export const FILE_FIELDS: readonly FileField[] = ["year", "agency"];

export type { ValueOrigin };

function stated(sheet: ScoreSheet | undefined, field: FileField): boolean {
  return field === "year" ? sheet?.assessmentYear !== undefined : sheet?.agency !== undefined;
}

/** The settings a report of this input uses: remembered year/agency dropped where the input states its own. */
export function settingsForInput(stored: UserSettings, sheet: ScoreSheet | undefined, typed: ReadonlySet<FileField>): UserSettings {
  const out: UserSettings = { ...stored };
  for (const field of FILE_FIELDS) if (stated(sheet, field) && !typed.has(field)) delete out[field];
  return out;
}

/**
 * A change from the settings panel (which shows the effective settings): fields the user changed
 * are typed for this input; year/agency hidden because the input states them stay remembered.
 */
export function applyEdit(
  stored: UserSettings,
  effective: UserSettings,
  next: UserSettings,
  typed: ReadonlySet<FileField>,
): { stored: UserSettings; typed: Set<FileField> } {
  const nowTyped = new Set(typed);
  const out: UserSettings = { ...next };
  for (const field of FILE_FIELDS) {
    if (next[field] !== effective[field]) nowTyped.add(field);
    else if (!nowTyped.has(field) && stored[field] !== undefined && effective[field] === undefined) {
      if (field === "year") out.year = stored.year!;
      else out.agency = stored.agency!;
    }
  }
  return { stored: out, typed: nowTyped };
}

export function originOf(field: FileField, stored: UserSettings, sheet: ScoreSheet | undefined, typed: ReadonlySet<FileField>, kind: "file" | "paste"): ValueOrigin {
  const effective = settingsForInput(stored, sheet, typed);
  // Kept only when typed for this input or when the input does not state it (then it was remembered).
  if (effective[field] !== undefined) return typed.has(field) ? "settings" : "remembered";
  return stated(sheet, field) ? kind : "fallback";
}
