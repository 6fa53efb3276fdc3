import type { RoundTrips } from "./host";

/**
 * Large writes, split so that no request goes over Excel on the web's 5 MB payload limit.
 * A write is a closure that queues Office.js calls, with a generous estimate of its size.
 */
export interface Write {
  bytes: number;
  apply(): void;
}

/** Bytes one request may carry: 5 MB less a margin for framing our estimate does not see. */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/** Per-call framing in a request (object path, action ids). */
const CALL_OVERHEAD = 120;

/** UTF-8 size of a value once serialised to JSON (Thai letters take 3 bytes). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value ?? null) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

/** A write of `payload` (values, formats…) made by `calls` Office.js calls. */
export function write(payload: unknown, apply: () => void, calls = 1): Write {
  return { bytes: calls * CALL_OVERHEAD + jsonBytes(payload), apply };
}

/**
 * Queues the writes, syncing whenever the next one would take the request over `budget`;
 * `newRequest` runs after each such sync (e.g. to suspend screen updating again). Leaves the
 * last request queued: the caller adds its reads and syncs it, so writes that fit one request
 * cost no round trip here. Returns the number of requests the writes span.
 */
export async function queueInRequests(trips: RoundTrips, writes: readonly Write[], budget: number, newRequest: () => void): Promise<number> {
  let used = 0;
  let requests = 1;
  for (const w of writes) {
    if (used > 0 && used + w.bytes > budget) {
      await trips.sync();
      used = 0;
      requests++;
      newRequest();
    }
    w.apply();
    used += w.bytes;
  }
  return requests;
}

/** How many requests queueInRequests will use for these writes. */
export function countRequests(writes: readonly Write[], budget: number): number {
  let used = 0;
  let requests = 1;
  for (const w of writes) {
    if (used > 0 && used + w.bytes > budget) {
      used = 0;
      requests++;
    }
    used += w.bytes;
  }
  return requests;
}

/** Splits rows into runs whose payload stays under `budget` (at least one row each). */
export function rowChunks<T>(rows: readonly T[], budget: number, sizeOf: (row: T) => number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const s = sizeOf(row);
    if (current.length > 0 && size + s > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += s;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
