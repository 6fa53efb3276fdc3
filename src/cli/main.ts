#!/usr/bin/env node
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILT_IN_CATALOGUES, chooseCatalogue } from "../core/catalogue";
import type { Catalogue } from "../core/catalogue/types";
import { InputError } from "../core/errors";
import type { LayoutKind, ScoreSheet } from "../core/model";
import { makeReport, type ReportOptions } from "../core/pipeline";
import { CHAIN_LIMIT, DOCUMENT_TEXT_LIMIT, isFontSizeAllowed, type DocumentFacts, type Signer } from "../core/plan/settings";
import { EMBLEM_MAX_BYTES, emblemFromBytes } from "../core/emblem";
import { formatBytes } from "../core/limits";
import { parseThaiDate } from "../core/text/thaiDate";
import { toArabicDigits } from "../core/text/digits";
import { loadScores, runBatch } from "../node/batch";
import { loadCatalogues } from "../node/catalogueFile";
import { outputPaths } from "../node/outputPaths";
import { removePartialOutputs, writeOutput } from "../node/writeOutput";
import { convertToPdf, findLibreOffice } from "../node/pdf";
import { writeCatalogueWorkbook } from "../xlsx/catalogueWorkbook";
import { cliText as T } from "./text";

interface CommonFlags {
  year?: string;
  agency?: string;
  target?: string;
  layout?: LayoutKind;
  previous?: string;
  digits?: "thai" | "arabic";
  font?: string;
  fontSize?: string;
  sheet?: string;
  catalogue?: string;
}

/**
 * A number typed on the command line: decimal digits (Arabic or Thai) with an optional fraction,
 * nothing else. Number() alone would take "0x10" as 16, "1e2" as 100 and "" as 0.
 */
function decimal(text: string): number | undefined {
  const t = toArabicDigits(text.trim());
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function reportOptions(flags: CommonFlags): ReportOptions {
  const options: ReportOptions = { settings: {} };
  if (flags.year !== undefined) {
    const year = decimal(flags.year);
    if (year === undefined || !Number.isInteger(year) || year < 2557 || year > 2650) throw new InputError(T.badYear(flags.year));
    options.year = year;
  }
  if (flags.agency !== undefined) options.agency = flags.agency;
  if (flags.target !== undefined) {
    const target = decimal(flags.target);
    if (target === undefined || target <= 0 || target > 100) throw new InputError(T.badTarget(flags.target));
    options.target = target;
  }
  if (flags.layout !== undefined) options.layout = flags.layout;
  if (flags.digits !== undefined) options.settings!.digits = flags.digits;
  if (flags.font !== undefined || flags.fontSize !== undefined) {
    const size = flags.fontSize === undefined ? 16 : decimal(flags.fontSize) ?? Number.NaN;
    if (!isFontSizeAllowed(size)) throw new InputError(T.badFontSize(flags.fontSize ?? ""));
    options.settings!.font = { name: flags.font ?? "TH SarabunPSK", size };
  }
  return options;
}

interface DocumentFlags {
  district?: string;
  province?: string;
  office?: string;
  docNumber?: string;
  docDate?: string;
  round?: string;
  preparer?: string;
  signer?: string[];
  emblem?: string;
}

/** A text fact: blank is refused (leave the option out for a dotted line), so is one past the limit. */
function fact(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.replace(/\s+/g, " ").trim();
  if (t === "") throw new InputError(T.emptyFact(option));
  if (t.length > DOCUMENT_TEXT_LIMIT) throw new InputError(T.longFact(option, t.length, DOCUMENT_TEXT_LIMIT));
  return t;
}

/** "ชื่อ|ตำแหน่ง", either side may be empty ("|ปลัดเทศบาล"), not both. */
function person(option: string, value: string): Signer {
  const bar = value.indexOf("|");
  const name = (bar < 0 ? value : value.slice(0, bar)).replace(/\s+/g, " ").trim();
  const position = bar < 0 ? "" : value.slice(bar + 1).replace(/\s+/g, " ").trim();
  if (name === "" && position === "") throw new InputError(T.badPerson(option, value));
  if (position.includes("|")) throw new InputError(T.badPerson(option, value));
  for (const part of [name, position]) if (part.length > DOCUMENT_TEXT_LIMIT) throw new InputError(T.longFact(option, part.length, DOCUMENT_TEXT_LIMIT));
  return { ...(name ? { name } : {}), ...(position ? { position } : {}) };
}

/** The cover, memo and signature facts of --district … --emblem; undefined when none is given. */
function documentFacts(flags: DocumentFlags): DocumentFacts | undefined {
  const out: DocumentFacts = {};
  const texts = [
    ["district", "--district", flags.district],
    ["province", "--province", flags.province],
    ["office", "--office", flags.office],
    ["number", "--doc-number", flags.docNumber],
  ] as const;
  for (const [key, option, value] of texts) {
    const t = fact(option, value);
    if (t !== undefined) out[key] = t;
  }
  if (flags.docDate !== undefined) {
    const date = parseThaiDate(flags.docDate);
    if (!date) throw new InputError(T.badDate(flags.docDate));
    out.date = date;
  }
  if (flags.round !== undefined) {
    const round = toArabicDigits(flags.round.trim());
    if (round !== "6" && round !== "12") throw new InputError(T.badRound(flags.round));
    out.round = round === "6" ? 6 : 12;
  }
  if (flags.preparer !== undefined) out.preparer = person("--preparer", flags.preparer);
  if (flags.signer && flags.signer.length > 0) {
    if (flags.signer.length > CHAIN_LIMIT) throw new InputError(T.tooManySigners(flags.signer.length, CHAIN_LIMIT));
    out.chain = flags.signer.map((v) => person("--signer", v));
  }
  if (flags.emblem !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(flags.emblem);
    } catch (e) {
      throw new InputError(T.emblemUnreadable(flags.emblem, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    const result = emblemFromBytes(bytes);
    if (!result.ok) {
      throw new InputError(
        result.reason === "tooLarge" ? T.emblemTooLarge(flags.emblem, formatBytes(result.bytes), formatBytes(EMBLEM_MAX_BYTES)) : T.emblemNotImage(flags.emblem),
      );
    }
    out.emblem = result.emblem;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function printWarnings(file: string, warnings: readonly { message: string }[]): void {
  for (const w of warnings) process.stderr.write(`${T.warningPrefix(file)}${w.message}\n`);
}

/** An unusable --previous or --catalogue file: its message says which file it is about. */
async function naming<R>(role: "previous" | "catalogue", file: string, read: () => Promise<R>): Promise<R> {
  try {
    return await read();
  } catch (e) {
    throw e instanceof InputError ? new InputError(T.inFile(role, file, e.message)) : e;
  }
}

/** The edited catalogue of --catalogue, with its warnings printed; undefined for the built-in ones. */
async function editedCatalogues(flags: CommonFlags): Promise<{ catalogues: readonly Catalogue[]; id: string } | undefined> {
  const file = flags.catalogue;
  if (file === undefined) return undefined;
  const { catalogues, edited, warnings } = await naming("catalogue", file, () => loadCatalogues(file));
  printWarnings(file, warnings);
  return { catalogues, id: edited.id };
}

/** Last year's scores of --previous, with the warnings of reading them printed under that file's name. */
async function previousScores(flags: CommonFlags, catalogues: readonly Catalogue[] | undefined): Promise<ScoreSheet | undefined> {
  const file = flags.previous;
  if (file === undefined) return undefined;
  const sheet = await naming("previous", file, () => loadScores(file, undefined, catalogues));
  printWarnings(file, sheet.warnings);
  return sheet;
}

/** Says so when the edited catalogue is not the one the report's year uses (so none of it was used). */
function warnUnusedCatalogue(file: string, flags: CommonFlags, edited: { id: string } | undefined, usedId: string): void {
  if (edited && flags.catalogue !== undefined && edited.id !== usedId) {
    process.stderr.write(`${T.warningPrefix(file)}${T.catalogueNotUsed(flags.catalogue, edited.id, usedId)}\n`);
  }
}

async function analyzeCommand(file: string, flags: CommonFlags & { json?: boolean }): Promise<void> {
  const edited = await editedCatalogues(flags);
  const catalogues = edited?.catalogues;
  const options = { ...reportOptions(flags), ...(catalogues ? { catalogues } : {}) };
  const sheet = await loadScores(file, flags.sheet, catalogues);
  const previous = await previousScores(flags, catalogues);
  const { analysis } = makeReport(sheet, options, previous);
  warnUnusedCatalogue(file, flags, edited, analysis.catalogueId);
  printWarnings(file, analysis.warnings);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  } else {
    process.stdout.write(`${T.summary(analysis)}\n`);
  }
}

async function buildCommand(files: string[], flags: CommonFlags & DocumentFlags & { output: string; pdf?: boolean; overwrite?: boolean }): Promise<void> {
  const report = reportOptions(flags);
  const document = documentFacts(flags);
  if (document) report.settings = { ...report.settings, document };
  const edited = await editedCatalogues(flags);
  const catalogues = edited?.catalogues;
  const previous = await previousScores(flags, catalogues);
  const batch = files.length > 1;
  const result = await runBatch(files, flags.output, {
    report,
    ...(catalogues ? { catalogues } : {}),
    ...(previous ? { previous } : {}),
    ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}),
    overwrite: flags.overwrite ?? false,
    alsoRead: [flags.previous, flags.catalogue].filter((f): f is string => f !== undefined),
    ...(flags.pdf ? { companions: [".pdf"] } : {}),
    onWritten: (i, input, output, renamed, warnings, catalogueId) => {
      printWarnings(input, warnings);
      warnUnusedCatalogue(input, flags, edited, catalogueId);
      process.stderr.write(`${batch ? T.progress(i + 1, files.length, input, output) : T.wrote(output)}\n`);
      if (renamed) process.stderr.write(`${T.keptExisting(output)}\n`);
    },
    onSkipped: (_i, input, error) => {
      // Alone, an unusable file is the exit status; in a batch the others go on.
      if (!batch) throw error;
      process.stderr.write(`${T.skipped(input, error.message)}\n`);
    },
  });
  if (flags.pdf && result.written > 0) {
    const lo = await findLibreOffice();
    if (!lo) process.stderr.write(`${T.noLibreOffice}\n`);
    else {
      const printed = await convertToPdf(lo, result.outputs, flags.overwrite ?? false);
      for (const p of printed) {
        if (!p.pdf) process.stderr.write(`${T.pdfMissing(p.workbook)}\n`);
        else if (p.renamed) process.stderr.write(`${T.keptExisting(p.pdf)}\n`);
      }
      const done = printed.filter((p) => p.pdf !== undefined).length;
      if (done > 0) process.stderr.write(`${T.pdfDone(done)}\n`);
      if (done < printed.length) process.exitCode = 2;
    }
  }
  if (result.failed > 0) {
    // The others are written, but a script must still see that some inputs were not usable.
    process.stderr.write(`${T.batchFailed(result.failed, files.length)}\n`);
    process.exitCode = 2;
  }
}

async function catalogueCommand(flags: { output: string; year?: string; overwrite?: boolean }): Promise<void> {
  const year = flags.year === undefined ? undefined : reportOptions({ year: flags.year }).year;
  const newest = Math.max(...BUILT_IN_CATALOGUES.map((c) => c.fromYear));
  const { catalogue, outside } = chooseCatalogue(year ?? newest);
  const [target] = outputPaths([catalogue.id], flags.output, flags.overwrite ?? false);
  // A year no catalogue was checked for gets the nearest one: say which, and for which years it was checked.
  if (outside && year !== undefined) process.stderr.write(`${T.catalogueOutsideYears(year, catalogue.id, catalogue.fromYear, catalogue.toYear, outside)}\n`);
  await writeOutput(target.path, await writeCatalogueWorkbook(catalogue));
  process.stderr.write(`${T.wroteCatalogue(target.path, catalogue.id)}\n`);
  if (target.renamed) process.stderr.write(`${T.keptExisting(target.path)}\n`);
}

function withCommonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--year <พ.ศ.>", T.help.year))
    .addOption(new Option("--agency <name>", T.help.agency))
    .addOption(new Option("--target <score>", T.help.target))
    .addOption(new Option("--layout <layout>", T.help.layout).choices(["issues", "tools"]))
    .addOption(new Option("--previous <file>", T.help.previous))
    .addOption(new Option("--digits <digits>", T.help.digits).choices(["thai", "arabic"]))
    .addOption(new Option("--font <name>", T.help.font))
    .addOption(new Option("--font-size <pt>", T.help.fontSize))
    .addOption(new Option("--sheet <name>", T.help.sheet))
    .addOption(new Option("--catalogue <file>", T.help.catalogue));
}

/** The version in package.json (four folders up from build/cli/src/cli), or "?" if it is not there. */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "..", "package.json"), "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "?";
  }
}

/** Ctrl+C while a workbook is being written: its temporary file goes, no output is half-written. */
function removePartialOutputsOnInterrupt(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => {
      removePartialOutputs();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  removePartialOutputsOnInterrupt();
  const program = new Command("itas-report")
    .description(T.help.program)
    .exitOverride()
    // Commander's own errors are English: they are replaced by Thai ones below.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => undefined })
    .configureHelp({ styleTitle: (title) => T.helpTitles[title] ?? title, optionDescription: (option) => option.description })
    .helpOption("-h, --help", T.help.help)
    .helpCommand("help [command]", T.help.helpCommand)
    .version(packageVersion(), "-v, --version", T.help.version);
  withCommonOptions(program.command("analyze").argument("<file>").description(T.help.analyze).option("--json", T.help.json)).action(analyzeCommand);
  withCommonOptions(
    program
      .command("build")
      .argument("<files...>")
      .description(T.help.build)
      .requiredOption("-o, --output <path>", T.help.output)
      .option("--pdf", T.help.pdf)
      .option("--overwrite", T.help.overwrite)
      .addOption(new Option("--district <อำเภอ>", T.help.district))
      .addOption(new Option("--province <จังหวัด>", T.help.province))
      .addOption(new Option("--office <ส่วนราชการ>", T.help.office))
      .addOption(new Option("--doc-number <ที่>", T.help.docNumber))
      .addOption(new Option("--doc-date <วันที่>", T.help.docDate))
      .addOption(new Option("--round <6|12>", T.help.round))
      .addOption(new Option("--preparer <ชื่อ|ตำแหน่ง>", T.help.preparer))
      .addOption(new Option("--signer <ชื่อ|ตำแหน่ง>", T.help.signer).argParser((value: string, list: string[] | undefined) => [...(list ?? []), value]))
      .addOption(new Option("--emblem <file>", T.help.emblem)),
  ).action(buildCommand);
  program
    .command("catalogue")
    .description(T.help.catalogueCommand)
    .requiredOption("-o, --output <file>", T.help.catalogueOutput)
    .option("--year <พ.ศ.>", T.help.year)
    .option("--overwrite", T.help.overwrite)
    .action(catalogueCommand);

  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      process.stderr.write(`${T.usageError(e.code, e.message)}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`${e.message.replace(/\s*\n\s*/g, " ")}\n`);
      return 2;
    }
    process.stderr.write(`${T.internalError(e instanceof Error ? e.message : String(e))}\n`);
    if (process.env.ITAS_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}

if (require.main === module) {
  // exitCode, not exit(): a pipe reading stdout gets everything written before the process ends.
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
