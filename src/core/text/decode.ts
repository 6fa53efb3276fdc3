/**
 * Bytes of a score file → text, the same for the command line and the browser page: UTF-8 (with
 * or without BOM), UTF-16 from Excel's "Unicode Text", or Windows-874 (Thai) CSV.
 * TextDecoder is there in Node.js and in every browser the page supports.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-874").decode(bytes);
  }
}

/** An .xlsx file is a zip archive: "PK" at the start. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
