/** The parts of the Office namespace an Excel add-in touches: onReady, requirements, settings. */
import { compareVersions, jsonBytes, type DoubleHost } from "./client";

export interface AsyncResult {
  status: "succeeded" | "failed";
  value: undefined;
  error: { name: string; message: string; code: number } | null;
}

type Callback = (result: AsyncResult) => void;

/** Office caps document settings at about 2 MB. */
const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * Office.context.document.settings: get/set/remove change an in-memory copy; saveAsync
 * writes it to the document (state.savedSettings), asynchronously, like Office.
 */
export class DocumentSettings {
  private live: Record<string, unknown>;
  /** Set by a test to make the next saveAsync fail with this message. */
  failNextSave: string | null = null;

  constructor(private readonly host: DoubleHost) {
    this.live = JSON.parse(JSON.stringify(host.state.savedSettings)) as Record<string, unknown>;
  }

  get(name: string): unknown {
    return name in this.live ? this.live[name] : null;
  }

  set(name: string, value: unknown): void {
    // Values must survive JSON, as Office serialises them.
    this.live[name] = value === undefined ? null : JSON.parse(JSON.stringify(value));
  }

  remove(name: string): void {
    delete this.live[name];
  }

  saveAsync(optionsOrCallback?: unknown, maybeCallback?: Callback): void {
    const callback = typeof optionsOrCallback === "function" ? (optionsOrCallback as Callback) : maybeCallback;
    const failure = this.failNextSave ?? (jsonBytes(this.live) > SETTINGS_LIMIT_BYTES ? "Settings exceed the 2 MB limit." : null);
    this.failNextSave = null;
    const snapshot = JSON.parse(JSON.stringify(this.live)) as Record<string, unknown>;
    setTimeout(() => {
      if (failure === null) this.host.state.savedSettings = snapshot;
      callback?.({
        status: failure === null ? "succeeded" : "failed",
        value: undefined,
        error: failure === null ? null : { name: "Settings Save Error", message: failure, code: 5001 },
      });
    }, 0);
  }

  refreshAsync(callback?: Callback): void {
    this.live = JSON.parse(JSON.stringify(this.host.state.savedSettings)) as Record<string, unknown>;
    setTimeout(() => callback?.({ status: "succeeded", value: undefined, error: null }), 0);
  }
}

export function makeOffice(host: DoubleHost) {
  const settings = new DocumentSettings(host);
  const info = { host: "Excel", platform: host.state.platform };
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
    context: {
      host: "Excel",
      platform: host.state.platform,
      /** https://learn.microsoft.com/javascript/api/office/office.contextinformation */
      diagnostics: { host: "Excel", platform: host.state.platform, version: host.state.version },
      displayLanguage: "th-TH",
      contentLanguage: "th-TH",
      requirements: {
        /** `minVersion` as a string ("1.9"); a number works too (1.10 as a number is 1.1, as in Office). */
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const have = host.state.requirementSets[name];
          if (have === undefined) return false;
          return minVersion === undefined || compareVersions(have, String(minVersion)) >= 0;
        },
      },
      document: { settings },
    },
  };
}

export type OfficeNamespaceDouble = ReturnType<typeof makeOffice>;
