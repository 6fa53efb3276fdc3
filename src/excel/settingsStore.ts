import { parseUserSettings, type UserSettings } from "../core/userSettings";
import { OfficeLayerError, saveDocumentSettings, type OfficeHost } from "./host";
import { excelTh } from "./strings";

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

export async function saveSettings(host: OfficeHost, settings: UserSettings): Promise<void> {
  // Store only what parses back: the same rules apply when reading.
  host.Office.context.document.settings.set(SETTINGS_KEY, parseUserSettings(settings));
  try {
    await saveDocumentSettings(host);
  } catch (error) {
    throw new OfficeLayerError(excelTh.errors.settingsNotSaved(error instanceof Error ? error.message : String(error)), error);
  }
}
