import { BUILT_IN_CATALOGUES } from "../core/catalogue";
import { catalogueFromTable } from "../core/catalogue/table";
import type { Catalogue } from "../core/catalogue/types";
import type { Warning } from "../core/model";
import { readInputFile } from "./readInput";

export interface LoadedCatalogues {
  /** The built-in catalogues with the edited one in place of its built-in namesake. */
  catalogues: readonly Catalogue[];
  edited: Catalogue;
  warnings: Warning[];
}

/**
 * Reads a catalogue table the user edited (written by `itas-report catalogue`, the browser page
 * or the add-in's sheet) onto the built-in catalogue it names. Bad rows keep the built-in text and warn.
 */
export async function loadCatalogues(path: string, sheet?: string): Promise<LoadedCatalogues> {
  const read = await readInputFile(path, sheet);
  const { catalogue, warnings } = catalogueFromTable(read.grid, BUILT_IN_CATALOGUES, { sheetName: read.source ?? path, fileName: path });
  return { catalogues: BUILT_IN_CATALOGUES.map((c) => (c.id === catalogue.id ? catalogue : c)), edited: catalogue, warnings: [...read.warnings, ...warnings] };
}
