/**
 * Thai word boundaries from the platform's dictionary (Intl.Segmenter: Node.js, current
 * browsers). Thai writes no spaces between words; where a text must be cut inside a run, the
 * cut goes between two words, not inside one.
 */

interface Segment {
  index: number;
}
type SegmenterConstructor = new (locale: string, options: { granularity: "word" }) => { segment(text: string): Iterable<Segment> };

const Segmenter = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
let segmenter: InstanceType<SegmenterConstructor> | undefined;

/** The last word boundary after `from` and at or before `to`; -1 where there is none or the platform cannot tell. */
export function lastWordBoundary(text: string, from: number, to: number): number {
  if (!Segmenter) return -1;
  segmenter ??= new Segmenter("th", { granularity: "word" });
  // A little past `to`, so the word running over `to` is seen whole.
  const slice = text.slice(from, Math.min(text.length, to + 40));
  let best = -1;
  for (const s of segmenter.segment(slice)) {
    const at = from + s.index;
    if (at > to) break;
    if (at > from) best = at;
  }
  return best;
}
