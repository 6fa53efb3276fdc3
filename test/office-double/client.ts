/**
 * The Office.js proxy model, enforced: every call on a proxy only queues an operation; nothing
 * touches the workbook until `context.sync()`, which runs the queue in order, then hands the
 * loaded values to their proxies. A scalar property read before it was loaded *and* synced
 * throws PropertyNotLoaded (office-addin-mock returns a string instead, so that bug class slips
 * through). Each sync is one counted round trip with a rough payload size check.
 */
import { ErrorCodes, notLoaded, OfficeDoubleError } from "./errors";
import type { WorkbookState } from "./state";

/** One entry per context.sync(): what a test can assert about round trips. */
export interface RequestLog {
  operations: string[];
  requestBytes: number;
  responseBytes: number;
}

/** Shared by every context of one double: the workbook and the round-trip counters. */
export class DoubleHost {
  syncCount = 0;
  readonly requests: RequestLog[] = [];
  private editWaiters: (() => void)[] = [];

  constructor(readonly state: WorkbookState) {}

  supports(set: string, version: string): boolean {
    const have = this.state.requirementSets[set];
    return have !== undefined && compareVersions(have, version) >= 0;
  }

  /** Resolves when the user leaves cell edit mode (see OfficeDouble.endCellEdit). */
  waitForCellEditEnd(): Promise<void> {
    if (!this.state.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  endCellEdit(): void {
    this.state.cellEditMode = false;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    waiters.forEach((w) => w());
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What a load hands back when its operation runs: applied only if the whole sync succeeds. */
export interface Loaded {
  responseBytes: number;
  commit(): void;
}

export interface Operation {
  label: string;
  bytes: number;
  /** ExcelApi version the host must support, else the sync fails with ApiNotFound. */
  minApi?: string;
  run(): Loaded | void;
}

/** Size of a value once serialised into a request: its UTF-8 JSON, measured by TextEncoder. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value ?? null) ?? "").length;
}

/** Per-operation framing in a request (object path, action type, ids). */
const OPERATION_OVERHEAD = 60;

export class RequestBatch {
  private queue: Operation[] = [];
  private closed = false;

  constructor(readonly host: DoubleHost) {}

  get state(): WorkbookState {
    return this.host.state;
  }

  enqueue(label: string, args: unknown, run: Operation["run"], minApi?: string): void {
    if (this.closed) {
      throw new OfficeDoubleError(
        ErrorCodes.invalidObjectPath,
        `${label}: this object belongs to an Excel.run batch that has finished; objects cannot be used across Excel.run calls.`,
      );
    }
    this.queue.push({ label, bytes: OPERATION_OVERHEAD + label.length + jsonBytes(args), run, ...(minApi ? { minApi } : {}) });
  }

  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  /**
   * One round trip. Like Office.js, the queue is taken when sync() is called; operations run in
   * order and the first failure rejects the promise (earlier writes stay applied, loaded
   * values of the failed request are not delivered).
   */
  sync(): Promise<void> {
    if (this.closed) return Promise.reject(new OfficeDoubleError(ErrorCodes.invalidObjectPath, "context.sync() called after Excel.run finished."));
    const ops = this.queue;
    this.queue = [];
    this.host.syncCount++;
    const log: RequestLog = { operations: ops.map((o) => o.label), requestBytes: ops.reduce((n, o) => n + o.bytes, 0), responseBytes: 0 };
    this.host.requests.push(log);
    try {
      if (log.requestBytes > this.state.requestLimitBytes) {
        throw new OfficeDoubleError(
          ErrorCodes.requestPayloadSizeLimitExceeded,
          `The request payload size has exceeded the limit (${log.requestBytes} bytes in one sync, limit ${this.state.requestLimitBytes}). Split large writes across several syncs.`,
        );
      }
      const loaded: Loaded[] = [];
      for (const op of ops) {
        if (op.minApi && !this.host.supports("ExcelApi", op.minApi)) {
          throw new OfficeDoubleError(ErrorCodes.apiNotFound, `${op.label} needs ExcelApi ${op.minApi}; this host supports ExcelApi ${this.state.requirementSets.ExcelApi ?? "none"}.`, op.label);
        }
        const result = op.run();
        if (result) loaded.push(result);
      }
      log.responseBytes = loaded.reduce((n, l) => n + l.responseBytes, 0);
      if (log.responseBytes > this.state.responseLimitBytes) {
        throw new OfficeDoubleError(ErrorCodes.responsePayloadSizeLimitExceeded, `The response payload size has exceeded the limit (${log.responseBytes} bytes). Load large ranges in parts.`);
      }
      loaded.forEach((l) => l.commit());
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve();
  }
}

export type LoadOption = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** "a, b/c" | ["a", "b/c"] | { select: "a" } | { a: true } → ["a", "b/c"]. */
export function loadPaths(option: LoadOption): string[] {
  if (option === undefined) return [];
  const split = (s: string) => s.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (typeof option === "string") return split(option);
  if (Array.isArray(option)) return option.flatMap(split);
  if (typeof option.select === "string" || typeof option.expand === "string") {
    return [...split(String(option.select ?? "")), ...split(String(option.expand ?? ""))];
  }
  return Object.entries(option).filter(([, v]) => v === true || (typeof v === "object" && v !== null)).map(([k]) => k);
}

/**
 * Base of every proxy. Subclasses list their scalar properties and navigation properties and
 * say how to read a scalar from the workbook at the moment a load runs.
 */
export abstract class ClientObject {
  /** Values delivered by a sync (or assigned locally, as Office.js also keeps those). */
  protected readonly data = new Map<string, unknown>();
  /** For *OrNullObject proxies: undefined until the sync that resolved them. */
  protected nullState: "unknown" | "null" | "present" = "present";

  constructor(readonly context: RequestBatch, protected readonly typeName: string) {}

  protected abstract scalarNames(): readonly string[];
  /** Reads a scalar from the workbook now; called while a load operation runs. */
  protected abstract snapshot(name: string): unknown;

  protected navigation(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** False when the target is missing (ItemNotFound etc.); checked when operations run. */
  protected abstract exists(): boolean;

  get isNullObject(): boolean {
    if (this.nullState === "unknown") throw notLoaded(this.typeName, "isNullObject");
    return this.nullState === "null";
  }

  load(option?: LoadOption): this {
    const own: string[] = [];
    for (const path of loadPaths(option)) {
      const [head, ...rest] = path.split("/");
      const nav = this.navigation(head);
      if (nav) {
        nav.load(rest.length > 0 ? rest.join("/") : undefined);
      } else if (this.scalarNames().includes(head) && rest.length === 0) {
        own.push(head);
      } else {
        throw new OfficeDoubleError(ErrorCodes.invalidArgument, `${this.typeName} has no property '${path}' to load.`);
      }
    }
    const names = loadPaths(option).length === 0 ? [...this.scalarNames()] : own;
    if (names.length === 0) return this;
    this.context.enqueue(`${this.typeName}.load(${names.join(",")})`, names, () => {
      if (!this.exists()) return { responseBytes: 0, commit: () => undefined };
      const values = names.map((n) => [n, this.snapshot(n)] as const);
      return { responseBytes: jsonBytes(values), commit: () => values.forEach(([n, v]) => this.data.set(n, v)) };
    });
    return this;
  }

  /** The value delivered by a sync; throws PropertyNotLoaded otherwise. */
  protected read<T>(name: string): T {
    if (this.nullState === "null") {
      throw new OfficeDoubleError(ErrorCodes.itemNotFound, `Reading '${name}' of a null object: check isNullObject first.`, `${this.typeName}.${name}`);
    }
    if (!this.data.has(name)) throw notLoaded(this.typeName, name);
    return this.data.get(name) as T;
  }

  /** Queues a property assignment; `apply` runs at sync. */
  protected assign(name: string, value: unknown, apply: () => void, minApi?: string): void {
    this.data.set(name, value);
    this.queueCall(`${this.typeName}.${name}=`, value, apply, minApi);
  }

  /** Queues a method call or assignment that fails at sync when the target is missing. */
  protected queueCall(label: string, args: unknown, apply: () => void, minApi?: string): void {
    this.context.enqueue(
      label,
      args,
      () => {
        if (!this.exists()) {
          throw new OfficeDoubleError(ErrorCodes.itemNotFound, `${label}: the object does not exist (a null object, or deleted).`, label);
        }
        apply();
      },
      minApi,
    );
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.data);
  }
}

/** A proxy with no scalar properties of its own that always exists (Application, collections). */
export abstract class StatelessObject extends ClientObject {
  protected exists(): boolean {
    return true;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected snapshot(): unknown {
    return undefined;
  }
}
