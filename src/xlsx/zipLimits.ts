import { Inflate } from "fflate";
import { InputError } from "../core/errors";
import { formatBytes, LIMITS } from "../core/limits";
import { th } from "../core/strings/th";

/**
 * An .xlsx is a zip archive, and a small one can inflate to gigabytes (a zip bomb). Before ExcelJS
 * sees it, the sizes its central directory declares are checked against LIMITS, then every part
 * is inflated once with nothing kept, stopping at the limit, because declared sizes can lie.
 */
export function checkXlsxSizes(bytes: Uint8Array, fileName: string): void {
  const parts = centralDirectory(bytes, fileName);
  if (parts.length > LIMITS.xlsxParts) throw new InputError(th.limits.xlsxTooManyParts(fileName, LIMITS.xlsxParts));
  let declared = 0;
  for (const part of parts) {
    if (part.size > LIMITS.xlsxPartBytes) throw partTooLarge(fileName, part);
    declared += part.size;
    if (declared > LIMITS.xlsxTotalBytes) throw totalTooLarge(fileName);
  }
  let inflated = 0;
  for (const part of parts) {
    inflated += inflatedSize(bytes, part, fileName, Math.min(LIMITS.xlsxPartBytes, LIMITS.xlsxTotalBytes - inflated));
  }
}

interface Part {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const broken = () => new InputError(th.files.brokenXlsx);
const partTooLarge = (fileName: string, part: Part) => new InputError(th.limits.xlsxPartTooLarge(fileName, part.name, formatBytes(LIMITS.xlsxPartBytes)));
const totalTooLarge = (fileName: string) => new InputError(th.limits.xlsxTooLarge(fileName, formatBytes(LIMITS.xlsxTotalBytes)));

/** The entries of the central directory (APPNOTE 4.3.12), with ZIP64 sizes where a writer used them. */
function centralDirectory(bytes: Uint8Array, fileName: string): Part[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts: Part[] = [];
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) throw broken();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) throw broken();
    const part: Part = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    readZip64(view, at + 46 + nameLength, extraLength, part);
    if (part.size > LIMITS.xlsxPartBytes) throw partTooLarge(fileName, part);
    parts.push(part);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw broken();
}

const ZIP64 = 0xffffffff;

/** ZIP64 extra field (id 1): 8-byte sizes for the fields marked 0xFFFFFFFF, in this order. */
function readZip64(view: DataView, at: number, length: number, part: Part): void {
  if (part.size !== ZIP64 && part.compressedSize !== ZIP64 && part.localOffset !== ZIP64) return;
  for (let p = at; p + 4 <= at + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + size) throw broken();
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (part.size === ZIP64) part.size = next();
      if (part.compressedSize === ZIP64) part.compressedSize = next();
      if (part.localOffset === ZIP64) part.localOffset = next();
      return;
    }
    p += 4 + size;
  }
  throw broken();
}

/** Compressed bytes fed to the inflater at a time: a slice inflates to at most ~1000× its size (16 MB). */
const SLICE = 16 * 1024;

/** Inflates one part without keeping it; stops as soon as it passes `limit` bytes. */
function inflatedSize(bytes: Uint8Array, part: Part, fileName: string, limit: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = part.localOffset;
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== 0x04034b50) throw broken();
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + part.compressedSize);
  if (data.length !== part.compressedSize) throw broken();
  if (part.method === 0) {
    if (data.length > limit) throw limit < LIMITS.xlsxPartBytes ? totalTooLarge(fileName) : partTooLarge(fileName, part);
    return data.length;
  }
  if (part.method !== 8) throw broken();
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) over = true;
  });
  try {
    for (let p = 0; p < data.length && !over; p += SLICE) inflater.push(data.subarray(p, p + SLICE), p + SLICE >= data.length);
  } catch {
    throw broken();
  }
  if (over) throw limit < LIMITS.xlsxPartBytes ? totalTooLarge(fileName) : partTooLarge(fileName, part);
  return size;
}
