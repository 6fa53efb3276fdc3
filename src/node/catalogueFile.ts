import { BUILT_IN_CATALOGUES } from "../core/catalogue";
import { catalogueFromRows, catalogueIdIn } from "../core/catalogue/table";
import type { Catalogue } from "../core/catalogue/types";
import { InputError } from "../core/errors";
import type { Warning } from "../core/model";
import { th } from "../core/strings/th";
import { readInputFile } from "./readInput";

export interface LoadedCatalogues {
  /** The built-in catalogues with the edited one in place of its built-in namesake. */
  catalogues: readonly Catalogue[];
  edited: Catalogue;
  warnings: Warning[];
}

/**
 * Reads a catalogue table the user edited (written by `itas-report catalogue`, or copied from the
 * add-in's sheet) onto the built-in catalogue it names. Bad rows keep the built-in text and warn.
 */
export async function loadCatalogues(path: string, sheet?: string): Promise<LoadedCatalogues> {
  const { grid, source } = await readInputFile(path, sheet);
  const id = catalogueIdIn(grid);
  if (id === undefined) throw new InputError(th.files.notACatalogue(path));
  const base = BUILT_IN_CATALOGUES.find((c) => c.id === id);
  if (!base) throw new InputError(th.files.unknownCatalogue(path, id, BUILT_IN_CATALOGUES.map((c) => c.id)));
  const { catalogue, warnings } = catalogueFromRows(grid, base, { sheetName: source ?? path });
  return { catalogues: BUILT_IN_CATALOGUES.map((c) => (c.id === id ? catalogue : c)), edited: catalogue, warnings };
}
