import { makeCode } from "../codes";
import type { ReadQuestion } from "../model";
import { th } from "../strings/th";

/**
 * A code typed twice (e3 where e7 was meant, as in a real document) keeps the first row.
 * When the second row sits where exactly one missing code of its tool would go — between the
 * neighbouring codes in paste order — it is read as that code, with a warning to check it.
 */
export function resolveDuplicates(questions: ReadQuestion[]): { kept: ReadQuestion[]; messages: { row: number; message: string }[] } {
  const firstRow = new Map<string, ReadQuestion>();
  const dupes: number[] = [];
  questions.forEach((q, i) => {
    if (firstRow.has(q.code)) dupes.push(i);
    else firstRow.set(q.code, q);
  });
  if (dupes.length === 0) return { kept: questions, messages: [] };

  const present = new Set(firstRow.keys());
  const messages: { row: number; message: string }[] = [];
  const drop = new Set<number>();
  for (const i of dupes) {
    const q = questions[i];
    const first = firstRow.get(q.code)!;
    const prev = neighbour(questions, i, -1, q);
    const next = neighbour(questions, i, +1, q);
    const lo = prev?.number ?? 0;
    const hi = next?.number ?? lo + 2;
    const missing: string[] = [];
    for (let n = lo + 1; n < hi && missing.length < 2; n++) {
      const code = makeCode(q.tool, n);
      if (!present.has(code)) missing.push(code);
    }
    if (missing.length === 1 && q.score !== first.score) {
      const renamed = missing[0];
      messages.push({ row: q.row, message: th.reader.duplicateRenamed(q.code, first.row, renamed) });
      q.code = renamed;
      q.number = Number(renamed.slice(1));
      present.add(renamed);
    } else {
      messages.push({ row: q.row, message: th.reader.duplicateSkipped(q.code, first.row) });
      drop.add(i);
    }
  }
  return { kept: questions.filter((_, i) => !drop.has(i)), messages };
}

/** The nearest other question of the same tool in paste order, skipping rows with the same code. */
function neighbour(list: ReadQuestion[], i: number, step: number, q: ReadQuestion): ReadQuestion | undefined {
  for (let k = i + step; k >= 0 && k < list.length; k += step) {
    const o = list[k];
    if (o.tool === q.tool && o.code !== q.code) return o;
  }
  return undefined;
}
