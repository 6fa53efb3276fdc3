import type { LaidRow } from "./rows";

/**
 * Step 4b: pages as the application breaks them: a row that does not fit the rest of a page
 * starts the next one (rows are never cut), the repeated header rows head every page after
 * them, and a manual break starts a page. The layout sets no other breaks, so a user's edit
 * moves the breaks instead of cutting text.
 */
export interface PageState {
  pages: number;
  used: number;
  placed: number;
}

export class PageFiller {
  pages = 1;
  private used = 0;
  private placed = 0;
  private titles?: { last: number; height: number };

  constructor(private readonly body: number) {}

  /** The rows `first`–`last` repeat at the top of every later page. */
  repeat(last: number, height: number): void {
    this.titles = { last, height };
  }

  /** The last row placed grew by `extra` points. */
  grow(extra: number): void {
    this.used += extra;
  }

  /** Height left on the current page. */
  room(): number {
    return this.body - this.used;
  }

  /** Where the next row would start a page (with the repeated header on top, once there is one). */
  private roomOnNewPage(): number {
    return this.body - (this.titles ? this.titles.height : 0);
  }

  /** True when a row of `height` goes on the current page. */
  fits(height: number): boolean {
    return this.placed === 0 || this.used + height <= this.body;
  }

  /** Height a row starting a new page can have. */
  fullPage(): number {
    return this.roomOnNewPage();
  }

  /** Where the filler stands, to place a row again (with a break before it) from there. */
  snapshot(): PageState {
    return { pages: this.pages, used: this.used, placed: this.placed };
  }

  restore(state: PageState): void {
    ({ pages: this.pages, used: this.used, placed: this.placed } = state);
  }

  place(row: Pick<LaidRow, "row" | "height" | "pageBreakBefore">): void {
    if (this.placed > 0 && (row.pageBreakBefore || this.used + row.height > this.body)) {
      this.pages++;
      this.used = this.titles && row.row > this.titles.last ? this.titles.height : 0;
    }
    this.used += row.height;
    this.placed++;
  }
}

/** The page each row prints on (1-based), as the application breaks them. */
export function pageOfRows(rows: readonly LaidRow[], body: number, printTitleRows?: [number, number]): number[] {
  const filler = new PageFiller(body);
  return rows.map((row) => {
    filler.place(row);
    if (printTitleRows && row.row === printTitleRows[1]) {
      filler.repeat(printTitleRows[1], rows.filter((r) => r.row >= printTitleRows[0] && r.row <= printTitleRows[1]).reduce((s, r) => s + r.height, 0));
    }
    return filler.pages;
  });
}

export function countPages(rows: readonly LaidRow[], body: number, printTitleRows?: [number, number]): number {
  return Math.max(1, ...pageOfRows(rows, body, printTitleRows));
}

/**
 * The index (0-based, into `rows`) of the first row of each page, as pageOfRows breaks them: what
 * a preview needs to draw the same pages the application prints.
 */
export function pageStarts(rows: readonly LaidRow[], body: number, printTitleRows?: [number, number]): number[] {
  const starts: number[] = [];
  pageOfRows(rows, body, printTitleRows).forEach((page, i) => {
    if (starts.length < page) starts.push(i);
  });
  return starts.length > 0 ? starts : [0];
}
