/**
 * Small scanners that stand in for regex lookbehind, which WebKit before Safari 16.4 and the
 * EdgeHTML webview cannot even parse (a regex literal with one makes the whole script fail).
 * test/core/scan.test.ts checks each against the lookbehind it replaces.
 */

/** Like `text.split(/(?<= )/)`: pieces that each end after a space (the last one may not). */
export function splitAfterSpaces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === " ") {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * The first match of `pattern` (a global regex) whose start is not preceded by `before`, as
 * `(?<!before)pattern` finds it: a match that is rejected is retried one character later, not
 * after its end, so a shorter match inside it can still be found.
 */
export function execNotAfter(pattern: RegExp, text: string, before: string): RegExpExecArray | null {
  if (!pattern.global) throw new Error("execNotAfter needs a global pattern");
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (text.slice(Math.max(0, m.index - before.length), m.index) !== before) {
      pattern.lastIndex = 0;
      return m;
    }
    pattern.lastIndex = m.index + 1;
  }
  return null;
}
