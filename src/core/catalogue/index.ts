import { ITA_2565 } from "./data/ita2565";
import { ITA_2568 } from "./data/ita2568";
import { ITA_2569 } from "./data/ita2569";
import type { Catalogue, CatalogueIndicator, CatalogueQuestion, DocumentRole } from "./types";

export type { Catalogue } from "./types";

/** Built-in catalogues, oldest first. Users may replace them with their own edited copy. */
export const BUILT_IN_CATALOGUES: readonly Catalogue[] = [ITA_2565, ITA_2568, ITA_2569];

/** The catalogue a year is analysed with, and whether that year is outside the years it was checked for. */
export interface CatalogueChoice {
  catalogue: Catalogue;
  /** "after": a later year than the catalogue was checked for (e.g. a new ITA year); "before": an earlier one. */
  outside?: "before" | "after";
}

/**
 * The catalogue checked for `year`; otherwise the newest one starting before it (a later year
 * keeps the newest set), or before every catalogue the oldest one.
 */
export function chooseCatalogue(year: number, catalogues: readonly Catalogue[] = BUILT_IN_CATALOGUES): CatalogueChoice {
  const sorted = [...catalogues].sort((a, b) => a.fromYear - b.fromYear);
  const covering = sorted.filter((c) => c.fromYear <= year && year <= c.toYear);
  if (covering.length > 0) return { catalogue: covering[covering.length - 1] };
  const earlier = sorted.filter((c) => c.fromYear <= year);
  if (earlier.length > 0) return { catalogue: earlier[earlier.length - 1], outside: "after" };
  return { catalogue: sorted[0], outside: "before" };
}

export function catalogueForYear(year: number, catalogues: readonly Catalogue[] = BUILT_IN_CATALOGUES): Catalogue {
  return chooseCatalogue(year, catalogues).catalogue;
}

/** The newest year any catalogue was checked for (what a page offers before anything is read). */
export function newestCheckedYear(catalogues: readonly Catalogue[] = BUILT_IN_CATALOGUES): number {
  return Math.max(...catalogues.map((c) => c.toYear));
}

/** The item of a catalogue that one of our documents answers (o25 in 2569, o42 in 2565), if it has one. */
export function questionWithRole(catalogue: Catalogue, role: DocumentRole): CatalogueQuestion | undefined {
  return catalogue.questions.find((q) => q.role === role);
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
