import type { Catalogue } from "../catalogue/types";
import type { ToolCode } from "../model";

/** The names the reader recognises in a paste: tools, indicators and ประเด็น titles. */
export interface ReaderVocabulary {
  tools: { code: ToolCode; names: string[] }[];
  indicators: { number: number; tool: ToolCode; names: string[] }[];
  issues: { number: number; title: string }[];
}

/** Builds the vocabulary from catalogues (later ones add names, never remove). */
export function vocabularyFrom(catalogues: readonly Catalogue[]): ReaderVocabulary {
  const tools = new Map<ToolCode, Set<string>>();
  const indicators = new Map<number, { tool: ToolCode; names: Set<string> }>();
  const issues = new Map<number, string>();
  for (const cat of catalogues) {
    for (const t of cat.tools) {
      const set = tools.get(t.code) ?? new Set<string>();
      set.add(t.name);
      tools.set(t.code, set);
    }
    for (const ind of cat.indicators) {
      const entry = indicators.get(ind.number) ?? { tool: ind.tool, names: new Set<string>() };
      entry.names.add(ind.name);
      for (const alias of ind.aliases ?? []) entry.names.add(alias);
      indicators.set(ind.number, entry);
    }
    for (const issue of cat.issues) if (!issues.has(issue.number)) issues.set(issue.number, issue.title);
  }
  return {
    tools: [...tools].map(([code, names]) => ({ code, names: [...names] })),
    indicators: [...indicators].map(([number, e]) => ({ number, tool: e.tool, names: [...e.names] })),
    issues: [...issues].map(([number, title]) => ({ number, title })),
  };
}
