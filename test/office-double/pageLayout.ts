/** Worksheet.pageLayout (every member needs ExcelApi 1.9), headers/footers and page breaks. */
import { parseRect, splitSheet } from "./address";
import { ClientObject } from "./client";
import { ErrorCodes, OfficeDoubleError } from "./errors";
import { Range } from "./range";
import type { PageLayoutState } from "./state";
import type { Worksheet } from "./worksheet";

function invalid(message: string): OfficeDoubleError {
  return new OfficeDoubleError(ErrorCodes.invalidArgument, message);
}

const PAGE_SCALARS = [
  "orientation", "paperSize", "centerHorizontally", "centerVertically", "leftMargin", "rightMargin", "topMargin", "bottomMargin",
  "headerMargin", "footerMargin", "zoom", "printGridlines", "firstPageNumber",
] as const;
type PageScalar = (typeof PAGE_SCALARS)[number];
const PAPER = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Executive", "Tabloid"];
const MARGIN_UNITS: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

/** Worksheet.pageLayout: every member needs ExcelApi 1.9. */
export class PageLayout extends ClientObject {
  private hf?: HeaderFooterGroup;

  constructor(readonly worksheet: Worksheet) {
    super(worksheet.context, "PageLayout");
  }

  protected exists(): boolean {
    return this.worksheet.sheet() !== null;
  }

  protected scalarNames(): readonly string[] {
    return PAGE_SCALARS;
  }

  protected snapshot(name: string): unknown {
    const v = this.worksheet.sheet().pageLayout[name as PageScalar];
    return typeof v === "object" ? { ...v } : v;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }

  private setScalar<K extends PageScalar>(name: K, value: PageLayoutState[K], check: (v: PageLayoutState[K]) => boolean, hint: string): void {
    this.assign(name, value, () => {
      if (!check(value)) throw invalid(`pageLayout.${name} = ${JSON.stringify(value)}: ${hint}.`);
      const layout = this.worksheet.sheet().pageLayout;
      const quirk = this.context.state.quirks.ignoreFitToPages;
      const dropped = quirk === true || (quirk === "inactive" && this.context.state.activeSheetId !== this.worksheet.sheet().id);
      if (name === "zoom" && dropped && typeof value === "object" && !("scale" in (value as object))) return;
      layout[name] = (typeof value === "object" ? { ...value } : value) as PageLayoutState[K];
    }, "1.9");
  }

  get orientation(): string { return this.read("orientation"); }
  set orientation(v: string) {
    this.setScalar("orientation", v as PageLayoutState["orientation"], (x) => x === "Portrait" || x === "Landscape", "Portrait or Landscape");
  }

  get paperSize(): string { return this.read("paperSize"); }
  set paperSize(v: string) { this.setScalar("paperSize", v, (x) => PAPER.includes(x), `one of ${PAPER.join(", ")}`); }

  get centerHorizontally(): boolean { return this.read("centerHorizontally"); }
  set centerHorizontally(v: boolean) { this.setScalar("centerHorizontally", v, (x) => typeof x === "boolean", "a boolean"); }

  get centerVertically(): boolean { return this.read("centerVertically"); }
  set centerVertically(v: boolean) { this.setScalar("centerVertically", v, (x) => typeof x === "boolean", "a boolean"); }

  get printGridlines(): boolean { return this.read("printGridlines"); }
  set printGridlines(v: boolean) { this.setScalar("printGridlines", v, (x) => typeof x === "boolean", "a boolean"); }

  /** 1 or more, or "" to continue from the sheet before. */
  get firstPageNumber(): number | "" { return this.read("firstPageNumber"); }
  set firstPageNumber(v: number | "") {
    this.setScalar("firstPageNumber", v, (x) => x === "" || (Number.isInteger(x) && (x as number) >= 1), 'an integer ≥ 1 or ""');
  }

  get leftMargin(): number { return this.read("leftMargin"); }
  set leftMargin(v: number) { this.setScalar("leftMargin", v, margin, "points ≥ 0"); }
  get rightMargin(): number { return this.read("rightMargin"); }
  set rightMargin(v: number) { this.setScalar("rightMargin", v, margin, "points ≥ 0"); }
  get topMargin(): number { return this.read("topMargin"); }
  set topMargin(v: number) { this.setScalar("topMargin", v, margin, "points ≥ 0"); }
  get bottomMargin(): number { return this.read("bottomMargin"); }
  set bottomMargin(v: number) { this.setScalar("bottomMargin", v, margin, "points ≥ 0"); }
  get headerMargin(): number { return this.read("headerMargin"); }
  set headerMargin(v: number) { this.setScalar("headerMargin", v, margin, "points ≥ 0"); }
  get footerMargin(): number { return this.read("footerMargin"); }
  set footerMargin(v: number) { this.setScalar("footerMargin", v, margin, "points ≥ 0"); }

  /**
   * A copy: changing a field of the object you read changes nothing in Excel; assign a whole
   * PageLayoutZoomOptions object instead.
   */
  get zoom(): PageLayoutState["zoom"] { return this.read("zoom"); }
  set zoom(v: PageLayoutState["zoom"]) {
    this.setScalar("zoom", v, validZoom, "an object with scale (10–400) or horizontalFitToPages/verticalFitToPages (integers ≥ 0)");
  }

  get headersFooters(): HeaderFooterGroup {
    this.hf ??= new HeaderFooterGroup(this);
    return this.hf;
  }

  /** Rows printed at the top of every page, e.g. "$5:$5" or a range. */
  setPrintTitleRows(rows: Range | string): void {
    this.queueCall("PageLayout.setPrintTitleRows", typeof rows === "string" ? rows : "range", () => {
      const rect = typeof rows === "string" ? parseRect(splitSheet(rows).range.replace(/\$/g, "")) : rows.target().rect;
      if (!rect) throw invalid(`setPrintTitleRows("${String(rows)}"): not a row reference.`);
      this.worksheet.sheet().pageLayout.printTitleRows = `$${rect.top}:$${rect.bottom}`;
    }, "1.9");
  }

  setPrintArea(area: Range | string): void {
    this.queueCall("PageLayout.setPrintArea", typeof area === "string" ? area : "range", () => {
      const text = typeof area === "string" ? area : null;
      const rect = text !== null ? parseRect(splitSheet(text).range) : area instanceof Range ? area.target().rect : undefined;
      if (!rect) throw invalid(`setPrintArea: bad area.`);
      this.worksheet.sheet().pageLayout.printArea = text ?? `R${rect.top}C${rect.left}:R${rect.bottom}C${rect.right}`;
    }, "1.9");
  }

  setPrintMargins(unit: string, options: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>): void {
    this.queueCall("PageLayout.setPrintMargins", [unit, options], () => {
      const factor = MARGIN_UNITS[unit];
      if (factor === undefined) throw invalid(`setPrintMargins unit "${unit}" is not Points, Inches or Centimeters.`);
      const layout = this.worksheet.sheet().pageLayout;
      for (const [k, v] of Object.entries(options)) {
        if (typeof v !== "number" || v < 0) throw invalid(`setPrintMargins ${k} = ${String(v)}.`);
        const key = `${k}Margin` as "leftMargin";
        if (!(key in layout)) throw invalid(`setPrintMargins has no margin "${k}".`);
        layout[key] = v * factor;
      }
    }, "1.9");
  }
}

function margin(v: number): boolean {
  return typeof v === "number" && v >= 0 && v < 1000;
}

function validZoom(z: PageLayoutState["zoom"]): boolean {
  if (!z || typeof z !== "object") return false;
  const keys = Object.keys(z);
  if (keys.some((k) => !["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k)) || keys.length === 0) return false;
  if (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400)) return false;
  for (const v of [z.horizontalFitToPages, z.verticalFitToPages]) if (v !== undefined && (!Number.isInteger(v) || v < 0)) return false;
  return true;
}

export class HeaderFooterGroup extends ClientObject {
  private defaults?: HeaderFooter;
  private first?: HeaderFooter;

  constructor(readonly layout: PageLayout) {
    super(layout.context, "HeaderFooterGroup");
  }

  protected exists(): boolean {
    return this.layout.worksheet.sheet() !== null;
  }

  protected scalarNames(): readonly string[] {
    return ["state"];
  }

  protected snapshot(): unknown {
    return this.layout.worksheet.sheet().pageLayout.headerFooterState;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : name === "firstPage" ? this.firstPage : undefined;
  }

  get state(): string { return this.read("state"); }
  set state(v: string) {
    this.assign("state", v, () => {
      if (v !== "Default" && v !== "FirstAndDefault") throw new OfficeDoubleError(ErrorCodes.notImplemented, `Office double: header/footer state "${v}" is not emulated.`);
      this.layout.worksheet.sheet().pageLayout.headerFooterState = v;
    }, "1.9");
  }

  get defaultForAllPages(): HeaderFooter {
    this.defaults ??= new HeaderFooter(this.layout);
    return this.defaults;
  }

  /** The first page's own headers and footers (used when state is "FirstAndDefault"). */
  get firstPage(): HeaderFooter {
    this.first ??= new HeaderFooter(this.layout, true);
    return this.first;
  }
}

const HF_PROPS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
type HfProp = (typeof HF_PROPS)[number];

function hfSlot(prop: HfProp): { part: "headers" | "footers"; side: "left" | "center" | "right" } {
  const side = prop.startsWith("left") ? "left" : prop.startsWith("center") ? "center" : "right";
  return { part: prop.endsWith("Header") ? "headers" : "footers", side };
}

export class HeaderFooter extends ClientObject {
  constructor(readonly layout: PageLayout, private readonly firstPage = false) {
    super(layout.context, "HeaderFooter");
  }

  protected exists(): boolean {
    return this.layout.worksheet.sheet() !== null;
  }

  protected scalarNames(): readonly string[] {
    return HF_PROPS;
  }

  protected snapshot(name: string): unknown {
    const { part, side } = hfSlot(name as HfProp);
    return this.layout.worksheet.sheet().pageLayout[this.slot(part)][side];
  }

  private setText(prop: HfProp, v: string): void {
    this.assign(prop, v, () => {
      if (typeof v !== "string") throw invalid(`${prop} must be a string.`);
      if (v.length > 255) throw invalid(`${prop} is longer than 255 characters.`);
      const { part, side } = hfSlot(prop);
      this.layout.worksheet.sheet().pageLayout[this.slot(part)][side] = v;
    }, "1.9");
  }

  private slot(part: "headers" | "footers"): "headers" | "footers" | "firstHeaders" | "firstFooters" {
    return !this.firstPage ? part : part === "headers" ? "firstHeaders" : "firstFooters";
  }

  get leftHeader(): string { return this.read("leftHeader"); }
  set leftHeader(v: string) { this.setText("leftHeader", v); }
  get centerHeader(): string { return this.read("centerHeader"); }
  set centerHeader(v: string) { this.setText("centerHeader", v); }
  get rightHeader(): string { return this.read("rightHeader"); }
  set rightHeader(v: string) { this.setText("rightHeader", v); }
  get leftFooter(): string { return this.read("leftFooter"); }
  set leftFooter(v: string) { this.setText("leftFooter", v); }
  get centerFooter(): string { return this.read("centerFooter"); }
  set centerFooter(v: string) { this.setText("centerFooter", v); }
  get rightFooter(): string { return this.read("rightFooter"); }
  set rightFooter(v: string) { this.setText("rightFooter", v); }
}

/** Horizontal page breaks: `add(range)` breaks before the range's top row. */
export class PageBreakCollection extends ClientObject {
  constructor(readonly worksheet: Worksheet) {
    super(worksheet.context, "PageBreakCollection");
  }

  protected exists(): boolean {
    return this.worksheet.sheet() !== null;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected snapshot(): unknown {
    return undefined;
  }

  add(pageBreakRange: Range | string): void {
    this.queueCall("PageBreakCollection.add", typeof pageBreakRange === "string" ? pageBreakRange : "range", () => {
      const sheet = this.worksheet.sheet();
      const rect = typeof pageBreakRange === "string" ? parseRect(splitSheet(pageBreakRange).range) : pageBreakRange.target().rect;
      if (!rect) throw invalid(`PageBreakCollection.add: bad range.`);
      if (rect.top < 2) throw invalid("A page break cannot be placed before row 1.");
      if (!sheet.pageBreaks.includes(rect.top)) sheet.pageBreaks.push(rect.top);
      sheet.pageBreaks.sort((a, b) => a - b);
    }, "1.9");
  }

  removePageBreaks(): void {
    this.queueCall("PageBreakCollection.removePageBreaks", null, () => (this.worksheet.sheet().pageBreaks = []), "1.9");
  }
}
