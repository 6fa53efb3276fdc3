import { parseUserSettings, type UserSettings } from "../core/userSettings";
import { OfficeLayerError, saveDocumentSettings, type OfficeHost } from "./host";
import { excelTh } from "./strings";
import type { SaveOutcome } from "./types";

/**
 * Settings live in the workbook's document settings (Office.context.document.settings, every
 * Excel since 2013): the file carries them, so a colleague opening it sees the same choices.
 */

export const SETTINGS_KEY = "itasReport.settings";

export function readSetting(host: OfficeHost, key: string): unknown {
  const value: unknown = host.Office.context.document.settings.get(key);
  if (typeof value !== "string") return value ?? undefined;
  // Older or hand-made copies may hold JSON text.
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export function loadSettings(host: OfficeHost): UserSettings | undefined {
  const raw = readSetting(host, SETTINGS_KEY);
  return raw === undefined ? undefined : parseUserSettings(raw);
}

/**
 * Saves the settings in the workbook. If Office refuses them (document settings are capped at
 * about 2 MB) and they carry an emblem, the rest is saved without it rather than not at all:
 * "emblemNotKept" then, with Office's reason. Nothing saved at all is an error.
 */
export async function saveSettings(host: OfficeHost, settings: UserSettings): Promise<SaveOutcome> {
  const settingsObject = host.Office.context.document.settings;
  // Store only what parses back: the same rules apply when reading.
  const clean = parseUserSettings(settings);
  settingsObject.set(SETTINGS_KEY, clean);
  let reason: string;
  try {
    await saveDocumentSettings(host);
    return { kept: "all" };
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
    if (!clean.document?.emblem) throw new OfficeLayerError(excelTh.errors.settingsNotSaved(reason), error);
  }
  const { emblem: _emblem, ...document } = clean.document;
  const rest: UserSettings = { ...clean };
  if (Object.keys(document).length > 0) rest.document = document;
  else delete rest.document;
  settingsObject.set(SETTINGS_KEY, rest);
  try {
    await saveDocumentSettings(host);
    return { kept: "withoutEmblem", reason };
  } catch (error) {
    throw new OfficeLayerError(excelTh.errors.settingsNotSaved(error instanceof Error ? error.message : String(error)), error);
  }
}
