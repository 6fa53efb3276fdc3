import Papa from "papaparse";

/**
 * Text as pasted from a web page or document (tab-separated) or a CSV file → grid.
 * Quoted cells may hold tabs, commas and line breaks. `delimiter` undefined = detect.
 */
export function parseDelimitedText(text: string, delimiter?: string): string[][] {
  const clean = text.replace(/^\ufeff/, "");
  if (clean.trim() === "") return [];
  const result = Papa.parse<string[]>(clean, {
    delimiter: delimiter ?? "",
    delimitersToGuess: ["\t", ",", ";", "|"],
    skipEmptyLines: false,
  });
  return result.data;
}
