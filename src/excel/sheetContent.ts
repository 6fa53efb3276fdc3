/// <reference types="office-js" />
/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read --
   the loads are queued here and read in hash()/extent(), which the caller calls after its sync:
   the rules cannot follow a sync made by another function. */
import { formatBlock, parseAddress, type Block } from "./a1";
import { jsonBytes, write, type Write } from "./batch";
import { EMPTY_SHEET } from "./sheets";
import { hashSheet, type SheetFingerprint } from "./fingerprints";

/**
 * A sheet's content as its fingerprint sees it (used range address and formulas), loaded so that
 * no response goes over the budget: Excel on the web refuses responses over 5 MB as it does
 * requests. The block to load is known before the sync: what we wrote (read back) or what the
 * record says we wrote (on the next run); a used range that is not that block is an edit.
 */

/** Formulas of `block` in row parts of about `budget` bytes each (sizes from `expectedBytes`). */
function formulaParts(ws: Excel.Worksheet, block: Block, expectedBytes: number, budget: number): { loads: Write[]; grid(): unknown[][] } {
  const rows = block.bottom - block.top + 1;
  const parts = Math.max(1, Math.min(rows, Math.ceil(expectedBytes / budget)));
  const perPart = Math.ceil(rows / parts);
  const ranges: Excel.Range[] = [];
  const loads: Write[] = [];
  for (let top = block.top; top <= block.bottom; top += perPart) {
    const part = { ...block, top, bottom: Math.min(block.bottom, top + perPart - 1) };
    loads.push({ bytes: Math.ceil(expectedBytes / parts), apply: () => void ranges.push(ws.getRange(formatBlock(part)).load("formulas")) });
  }
  return { loads, grid: () => ranges.flatMap((r) => r.formulas) };
}

function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

export interface ContentProbe {
  /** Loads to queue (queueInRequests) before the sync that reads them. */
  loads: Write[];
  /** After the sync: the content hash (EMPTY_SHEET when empty). */
  hash(): string;
  /** After the sync: where the content is and how many bytes its formulas took. */
  extent(): { address?: string; bytes?: number };
}

/**
 * What a sheet we wrote earlier holds now. With the record's block: that block's formulas in
 * parts, and the used range's address; a used range elsewhere is an edit. A record from before
 * blocks were recorded: the used range whole, as that version did.
 */
export function probeEarlier(ws: Excel.Worksheet, fp: SheetFingerprint, budget: number): ContentProbe {
  const used = ws.getUsedRangeOrNullObject(true);
  if (!fp.address) {
    const loads = [write("used", () => void used.load("address,formulas"))];
    return { loads, hash: () => (used.isNullObject ? EMPTY_SHEET : hashSheet(used.address, used.formulas)), extent: () => ({}) };
  }
  const recorded = fp.address;
  const parts = formulaParts(ws, parseAddress(recorded), fp.bytes ?? budget, budget);
  const loads = [write("used", () => void used.load("address")), ...parts.loads];
  return {
    loads,
    hash: () => {
      if (used.isNullObject) return EMPTY_SHEET;
      if (localAddress(used.address) !== recorded) return `moved:${localAddress(used.address)}`;
      return hashSheet(used.address, parts.grid());
    },
    extent: () => ({ address: recorded, ...(fp.bytes !== undefined ? { bytes: fp.bytes } : {}) }),
  };
}

/**
 * What a sheet holds right after we wrote `block` (about `expectedBytes` of formulas): the
 * block's formulas in parts, cut to the used range for the hash, which a later probeEarlier
 * reproduces from the recorded address.
 */
export function probeWritten(ws: Excel.Worksheet, block: Block, expectedBytes: number, budget: number): ContentProbe {
  const used = ws.getUsedRangeOrNullObject(true);
  const parts = formulaParts(ws, block, expectedBytes, budget);
  const loads = [write("used", () => void used.load("address")), ...parts.loads];
  const cut = (): { address: string; formulas: unknown[][] } | undefined => {
    if (used.isNullObject) return undefined;
    const u = parseAddress(used.address);
    // Content outside what we just wrote (not expected on a new or cleared sheet): no hash of
    // ours can match it, so a next run keeps the sheet as the user's.
    if (u.top < block.top || u.left < block.left || u.bottom > block.bottom || u.right > block.right) return { address: used.address, formulas: [["outside"]] };
    const grid = parts.grid();
    const formulas = grid.slice(u.top - block.top, u.bottom - block.top + 1).map((row) => row.slice(u.left - block.left, u.right - block.left + 1));
    return { address: used.address, formulas };
  };
  return {
    loads,
    hash: () => {
      const c = cut();
      return c ? hashSheet(c.address, c.formulas) : EMPTY_SHEET;
    },
    extent: () => {
      const c = cut();
      return c ? { address: localAddress(c.address), bytes: jsonBytes(c.formulas) } : {};
    },
  };
}
