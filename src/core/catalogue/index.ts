import { ITA_2565 } from "./data/ita2565";
import { ITA_2568 } from "./data/ita2568";
import type { Catalogue, CatalogueIndicator, CatalogueQuestion } from "./types";

export type { Catalogue } from "./types";

/** Built-in catalogues, oldest first. Users may replace them with their own edited copy. */
export const BUILT_IN_CATALOGUES: readonly Catalogue[] = [ITA_2565, ITA_2568];

/** The catalogue whose years cover `year`; before the first, the oldest; after the last, the newest. */
export function catalogueForYear(year: number, catalogues: readonly Catalogue[] = BUILT_IN_CATALOGUES): Catalogue {
  const sorted = [...catalogues].sort((a, b) => a.fromYear - b.fromYear);
  const covering = sorted.filter((c) => c.fromYear <= year && (c.toYear === undefined || year <= c.toYear));
  if (covering.length > 0) return covering[covering.length - 1];
  return year < sorted[0].fromYear ? sorted[0] : sorted[sorted.length - 1];
}

/** Fast look-ups into one catalogue. */
export interface CatalogueIndex {
  catalogue: Catalogue;
  question(code: string): CatalogueQuestion | undefined;
  indicator(n: number): CatalogueIndicator | undefined;
}

const indexCache = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const cached = indexCache.get(catalogue);
  if (cached) return cached;
  const questions = new Map(catalogue.questions.map((q) => [q.code, q]));
  const indicators = new Map(catalogue.indicators.map((i) => [i.number, i]));
  const index: CatalogueIndex = {
    catalogue,
    question: (code) => questions.get(code),
    indicator: (n) => indicators.get(n),
  };
  indexCache.set(catalogue, index);
  return index;
}
