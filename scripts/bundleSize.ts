/**
 * What the task pane downloads before its first render: the scripts dist/taskpane.html loads
 * (its <script> tags, module scripts included), gzip-compressed as a web server sends them.
 * office.js comes from Microsoft's CDN (shared by every add-in, cached by Office) and is not
 * counted; lazy chunks (engine, Office layer) load after the first render and are not either.
 *
 *   node build/cli/scripts/bundleSize.js dist     → {"taskpaneInitialJsGzipBytes": …}
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageScript {
  /** The src attribute, as written in the page. */
  src?: string;
  /** The body of an inline script. */
  inline?: string;
}

/** The page's script tags in order (a small HTML reader: attributes in any order and quoting). */
export function pageScripts(html: string): PageScript[] {
  const out: PageScript[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const m of withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    // JSON, templates and other data blocks are not executed.
    if (type && !["module", "text/javascript", "application/javascript"].includes(type)) continue;
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (src) out.push({ src: src[1] ?? src[2] ?? src[3] });
    else if (m[2].trim() !== "") out.push({ inline: m[2] });
  }
  return out;
}

const isExternal = (src: string) => /^(?:[a-z]+:)?\/\//i.test(src);

/** Local script files the pane page loads before first render (paths relative to distDir). */
export async function taskpaneInitialScriptFiles(distDir: string): Promise<string[]> {
  const html = await readFile(join(distDir, "taskpane.html"), "utf8");
  return pageScripts(html)
    .filter((s): s is { src: string } => s.src !== undefined && !isExternal(s.src))
    .map((s) => decodeURIComponent(s.src.replace(/[?#].*$/, "").replace(/^\.?\//, "")));
}

/** Gzip bytes of the pane page's initial scripts (local files plus inline scripts). */
export async function measureTaskpaneInitialJs(distDir: string): Promise<number> {
  const html = await readFile(join(distDir, "taskpane.html"), "utf8");
  let total = 0;
  for (const script of pageScripts(html)) {
    if (script.inline !== undefined) total += gzipSync(Buffer.from(script.inline, "utf8")).length;
  }
  for (const file of await taskpaneInitialScriptFiles(distDir)) {
    total += gzipSync(await readFile(join(distDir, file))).length;
  }
  return total;
}

if (require.main === module) {
  const dist = process.argv[2] ?? "dist";
  measureTaskpaneInitialJs(dist).then(
    (bytes) => process.stdout.write(`${JSON.stringify({ taskpaneInitialJsGzipBytes: bytes })}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
