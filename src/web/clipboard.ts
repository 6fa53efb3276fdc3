import { LIMITS } from "../core/limits";
import { htmlTableToGrid } from "./htmlTable";

/** What a paste carried that the reader can use. */
export type Pasted = { kind: "html"; grid: string[][] } | { kind: "text"; text: string };

/** Prefers a real table (text/html) over tab-separated text: cell boundaries then survive line breaks. */
export function readClipboard(data: Pick<DataTransfer, "getData"> | null): Pasted | undefined {
  if (!data) return undefined;
  const html = data.getData("text/html");
  // A table's HTML is parsed on the page's thread: past the paste limit only its text is used (and checked).
  if (html && html.length <= LIMITS.pasteChars && /<table[\s>]/i.test(html)) {
    const grid = htmlTableToGrid(html);
    if (grid) return { kind: "html", grid };
  }
  const text = data.getData("text/plain");
  return text.trim() !== "" ? { kind: "text", text } : undefined;
}
