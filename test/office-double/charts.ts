/**
 * Worksheet.charts: the part of Excel's chart API the add-in uses, each member with its real
 * requirement set (learn.microsoft.com, Excel.ChartCollection, Chart, ChartSeries, ChartAxis,
 * ChartDataLabels; the "[Api set: …]" of @types/office-js). Charts keep the ranges they read,
 * not copies of values, as in Excel: a test checks which cells a chart shows.
 */
import { parseRect, rectColumns, rectRows, splitSheet, type Rect } from "./address";
import { normaliseColor } from "./cells";
import { ClientObject, jsonBytes, loadPaths, type LoadOption, StatelessObject } from "./client";
import { ErrorCodes, notLoaded, OfficeDoubleError } from "./errors";
import type { Range } from "./range";
import type { SheetState } from "./state";
import type { Worksheet } from "./worksheet";

export interface SourceRef {
  sheetId: string;
  rect: Rect;
}

export interface AxisState {
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  reversePlotOrder: boolean;
  position: "Automatic" | "Maximum" | "Minimum" | "Custom";
  numberFormat: string;
  title: string;
}

export interface SeriesState {
  name: string;
  values: SourceRef;
  /** Category labels (setXAxisValues); null: 1, 2, 3… */
  categories: SourceRef | null;
  color: string | null;
  gapWidth: number;
  hasDataLabels: boolean;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  series: SeriesState[];
  /** Cells the chart covers (setPosition), on its own sheet; null until placed. */
  position: { start: Rect; end: Rect } | null;
  title: { text: string; visible: boolean; font: FontState };
  legend: { visible: boolean };
  font: FontState;
  axes: { value: AxisState; category: AxisState };
  dataLabels: { showValue: boolean; position: string; numberFormat: string };
}

export interface FontState {
  name: string;
  size: number;
  bold: boolean;
  color: string;
}

/** Chart types the double draws (Excel has more; an unknown name fails as in Excel). */
const CHART_TYPES = ["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "Pie", "XYScatter", "Area"];
const SERIES_BY = ["Auto", "Columns", "Rows"];
const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum", "Custom"];
const LABEL_POSITIONS = ["Invalid", "None", "Center", "InsideEnd", "InsideBase", "OutsideEnd", "Left", "Right", "Top", "Bottom", "BestFit", "Callout"];

function invalid(message: string): OfficeDoubleError {
  return new OfficeDoubleError(ErrorCodes.invalidArgument, message);
}

const newAxis = (): AxisState => ({ minimum: null, maximum: null, majorUnit: null, reversePlotOrder: false, position: "Automatic", numberFormat: "General", title: "" });
const newFont = (): FontState => ({ name: "Calibri", size: 10, bold: false, color: "#595959" });

function sourceOf(range: Range, what: string): SourceRef {
  const t = range.target();
  if (rectRows(t.rect) * rectColumns(t.rect) > 1_000_000) throw invalid(`${what}: the range is too large for a chart.`);
  return { sheetId: t.sheet.id, rect: { ...t.rect } };
}

export class ChartCollection extends StatelessObject {
  constructor(readonly worksheet: Worksheet) {
    super(worksheet.context, "ChartCollection");
  }

  get items(): Chart[] {
    if (!this.data.has("items")) throw notLoaded(this.typeName, "items");
    return this.data.get("items") as Chart[];
  }

  /** load("items/name"): the charts of the sheet, each with its name. */
  override load(option?: LoadOption): this {
    const names = loadPaths(option).map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    for (const n of names) if (n !== "name") throw invalid(`Chart has no property '${n}' to load here (the double loads name).`);
    this.context.enqueue("ChartCollection.load(name)", names, () => {
      const charts = this.worksheet.sheet().charts.map((c) => ({ id: c.id, name: c.name }));
      return {
        responseBytes: jsonBytes(charts),
        commit: () => this.data.set("items", charts.map((c) => Chart.byId(this.worksheet, () => c.id, c.name))),
      };
    });
    return this;
  }

  /** ExcelApi 1.1. Series from the columns (or rows) of `sourceData`, one per column. */
  add(type: string, sourceData: Range, seriesBy: string = "Auto"): Chart {
    let id: string | undefined;
    const chart = Chart.byId(this.worksheet, () => id);
    this.context.enqueue("ChartCollection.add", [type, seriesBy], () => {
      if (!CHART_TYPES.includes(type)) throw invalid(`Chart type "${type}" is not one of ${CHART_TYPES.join(", ")}.`);
      if (!SERIES_BY.includes(seriesBy)) throw invalid(`seriesBy "${seriesBy}" is not one of ${SERIES_BY.join(", ")}.`);
      const source = sourceOf(sourceData, "ChartCollection.add");
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rectColumns(source.rect) > rectRows(source.rect));
      const count = byRows ? rectRows(source.rect) : rectColumns(source.rect);
      const series: SeriesState[] = Array.from({ length: count }, (_, k) => ({
        name: `Series${k + 1}`,
        values: {
          sheetId: source.sheetId,
          rect: byRows
            ? { top: source.rect.top + k, bottom: source.rect.top + k, left: source.rect.left, right: source.rect.right }
            : { top: source.rect.top, bottom: source.rect.bottom, left: source.rect.left + k, right: source.rect.left + k },
        },
        categories: null,
        color: null,
        gapWidth: 150,
        hasDataLabels: false,
      }));
      const sheet = this.worksheet.sheet();
      const number = this.context.state.nextChartNumber++;
      id = `{chart-${number}}`;
      sheet.charts.push({
        id,
        name: `Chart ${number}`,
        type,
        series,
        position: null,
        title: { text: "", visible: true, font: { ...newFont(), size: 14 } },
        legend: { visible: true },
        font: newFont(),
        axes: { value: newAxis(), category: newAxis() },
        dataLabels: { showValue: false, position: "BestFit", numberFormat: "General" },
      });
    });
    return chart;
  }

  /** ExcelApi 1.1; ItemNotFound at sync when no chart has the name. */
  getItem(name: string): Chart {
    let id: string | undefined;
    this.context.enqueue("ChartCollection.getItem", name, () => {
      const found = this.worksheet.sheet().charts.find((c) => c.name === name);
      if (!found) throw new OfficeDoubleError(ErrorCodes.itemNotFound, `The chart "${name}" doesn't exist.`, "ChartCollection.getItem");
      id = found.id;
    });
    return Chart.byId(this.worksheet, () => id);
  }
}

/** A chart proxy: loads `name`; its parts (title, axes, series…) are write-only here. */
export class Chart extends ClientObject {
  constructor(readonly worksheet: Worksheet, private readonly id: () => string | undefined) {
    super(worksheet.context, "Chart");
  }

  static byId(worksheet: Worksheet, id: () => string | undefined, name?: string): Chart {
    const chart = new Chart(worksheet, id);
    if (name !== undefined) chart.data.set("name", name);
    return chart;
  }

  state(): ChartState {
    const id = this.id();
    if (id === undefined) throw new OfficeDoubleError(ErrorCodes.invalidObjectPath, "Chart used before it was resolved.");
    const chart = this.worksheet.sheet().charts.find((c) => c.id === id);
    if (!chart) throw new OfficeDoubleError(ErrorCodes.itemNotFound, "The chart no longer exists.");
    return chart;
  }

  protected exists(): boolean {
    const id = this.id();
    return id !== undefined && this.worksheet.sheet().charts.some((c) => c.id === id);
  }

  protected scalarNames(): readonly string[] {
    return ["name"];
  }

  protected snapshot(name: string): unknown {
    if (name === "name") return this.state().name;
    throw invalid(`Chart.${name}`);
  }

  /** Runs `apply` on the chart at sync, after checking the host has `minApi`. */
  change(label: string, value: unknown, apply: (c: ChartState) => void, minApi?: string): void {
    this.queueCall(label, value, () => apply(this.state()), minApi);
  }

  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.assign("name", v, () => {
      if (typeof v !== "string" || v.trim() === "") throw invalid("A chart name cannot be empty.");
      this.state().name = v;
    });
  }

  /** ExcelApi 1.1: from the top-left of startCell to the bottom-right of endCell, on the chart's sheet. */
  setPosition(startCell: string | Range, endCell?: string | Range): void {
    this.change("Chart.setPosition", [String(startCell), String(endCell ?? "")], (c) => {
      const rectOf = (cell: string | Range): Rect => {
        if (typeof cell !== "string") {
          const t = cell.target();
          if (t.sheet.id !== this.worksheet.sheet().id) throw invalid("setPosition: the cell is on another sheet.");
          return { ...t.rect };
        }
        const { sheet, range } = splitSheet(cell);
        if (sheet !== undefined && sheet.toLowerCase() !== this.worksheet.sheet().name.toLowerCase()) throw invalid(`setPosition: ${cell} is on another sheet.`);
        const rect = parseRect(range);
        if (!rect) throw invalid(`setPosition: "${cell}" is not a valid address.`);
        return rect;
      };
      const start = rectOf(startCell);
      const end = endCell === undefined ? start : rectOf(endCell);
      if (end.bottom < start.top || end.right < start.left) throw invalid("setPosition: the end cell is above or left of the start cell.");
      c.position = { start, end };
    });
  }

  delete(): void {
    this.change("Chart.delete", null, (c) => {
      const sheet: SheetState = this.worksheet.sheet();
      sheet.charts.splice(sheet.charts.indexOf(c), 1);
    });
  }

  get title(): TitleProxy {
    return new TitleProxy(this);
  }

  get legend(): LegendProxy {
    return new LegendProxy(this);
  }

  get format(): { font: FontProxy } {
    return { font: new FontProxy(this, "ChartAreaFormat.font", (c) => c.font) };
  }

  get axes(): { valueAxis: AxisProxy; categoryAxis: AxisProxy } {
    return { valueAxis: new AxisProxy(this, "value"), categoryAxis: new AxisProxy(this, "category") };
  }

  get dataLabels(): DataLabelsProxy {
    return new DataLabelsProxy(this);
  }

  get series(): { getItemAt(index: number): SeriesProxy } {
    return { getItemAt: (index: number) => new SeriesProxy(this, index) };
  }
}

/** Write-only parts of a chart: each assignment queues a change to the chart. */
class TitleProxy {
  constructor(private readonly chart: Chart) {}
  set text(v: string) { this.chart.change("ChartTitle.text=", v, (c) => (c.title.text = String(v))); }
  set visible(v: boolean) { this.chart.change("ChartTitle.visible=", v, (c) => (c.title.visible = v === true)); }
  get format(): { font: FontProxy } {
    return { font: new FontProxy(this.chart, "ChartTitle.format.font", (c) => c.title.font) };
  }
}

class LegendProxy {
  constructor(private readonly chart: Chart) {}
  set visible(v: boolean) { this.chart.change("ChartLegend.visible=", v, (c) => (c.legend.visible = v === true)); }
}

class DataLabelsProxy {
  constructor(private readonly chart: Chart) {}
  set showValue(v: boolean) { this.chart.change("ChartDataLabels.showValue=", v, (c) => (c.dataLabels.showValue = v === true)); }
  set position(v: string) {
    this.chart.change("ChartDataLabels.position=", v, (c) => {
      if (!LABEL_POSITIONS.includes(v)) throw invalid(`Data label position "${v}" is not one of ${LABEL_POSITIONS.join(", ")}.`);
      c.dataLabels.position = v;
    });
  }
  set numberFormat(v: string) { this.chart.change("ChartDataLabels.numberFormat=", v, (c) => (c.dataLabels.numberFormat = String(v)), "1.8"); }
}

class AxisTitleProxy {
  constructor(private readonly set: (v: string) => void) {}
  set text(v: string) { this.set(v); }
}

class FontProxy {
  constructor(private readonly chart: Chart, private readonly label: string, private readonly font: (c: ChartState) => FontState) {}
  set name(v: string) { this.chart.change(`${this.label}.name=`, v, (c) => (this.font(c).name = String(v))); }
  set size(v: number) {
    this.chart.change(`${this.label}.size=`, v, (c) => {
      if (typeof v !== "number" || v < 1 || v > 409) throw invalid(`Font size ${v} is outside 1–409.`);
      this.font(c).size = v;
    });
  }
  set bold(v: boolean) { this.chart.change(`${this.label}.bold=`, v, (c) => (this.font(c).bold = v === true)); }
  set color(v: string) { this.chart.change(`${this.label}.color=`, v, (c) => (this.font(c).color = normaliseColor(v))); }
}

class AxisProxy {
  constructor(private readonly chart: Chart, private readonly which: "value" | "category") {}
  private set(name: string, v: unknown, apply: (a: AxisState) => void, minApi?: string): void {
    this.chart.change(`ChartAxis(${this.which}).${name}=`, v, (c) => apply(c.axes[this.which]), minApi);
  }
  private bound(name: "minimum" | "maximum" | "majorUnit", v: number): void {
    this.set(name, v, (a) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw invalid(`Axis ${name} must be a number.`);
      if (name === "majorUnit" && v <= 0) throw invalid("Axis majorUnit must be above 0.");
      const next = { ...a, [name]: v };
      if (next.minimum !== null && next.maximum !== null && next.minimum >= next.maximum) throw invalid(`Axis minimum ${next.minimum} is not below its maximum ${next.maximum}.`);
      a[name] = v;
    });
  }
  set minimum(v: number) { this.bound("minimum", v); }
  set maximum(v: number) { this.bound("maximum", v); }
  set majorUnit(v: number) { this.bound("majorUnit", v); }
  set reversePlotOrder(v: boolean) { this.set("reversePlotOrder", v, (a) => (a.reversePlotOrder = v === true), "1.7"); }
  set position(v: string) {
    this.set("position", v, (a) => {
      if (!AXIS_POSITIONS.includes(v)) throw invalid(`Axis position "${v}" is not one of ${AXIS_POSITIONS.join(", ")}.`);
      a.position = v as AxisState["position"];
    }, "1.8");
  }
  set numberFormat(v: string) { this.set("numberFormat", v, (a) => (a.numberFormat = String(v)), "1.8"); }
  get title(): AxisTitleProxy {
    return new AxisTitleProxy((v) => this.set("title.text", v, (a) => (a.title = String(v))));
  }
}

class SeriesProxy {
  constructor(private readonly chart: Chart, private readonly index: number) {}
  private set(name: string, v: unknown, apply: (s: SeriesState) => void, minApi?: string): void {
    this.chart.change(`ChartSeries.${name}`, v, (c) => {
      const s = c.series[this.index];
      if (!s) throw new OfficeDoubleError(ErrorCodes.itemNotFound, `The chart has no series at index ${this.index}.`, "ChartSeriesCollection.getItemAt");
      apply(s);
    }, minApi);
  }
  set name(v: string) { this.set("name=", v, (s) => (s.name = String(v))); }
  set gapWidth(v: number) {
    this.set("gapWidth=", v, (s) => {
      if (!Number.isInteger(v) || v < 0 || v > 500) throw invalid(`gapWidth ${v} is outside 0–500.`);
      s.gapWidth = v;
    }, "1.7");
  }
  set hasDataLabels(v: boolean) { this.set("hasDataLabels=", v, (s) => (s.hasDataLabels = v === true), "1.7"); }
  /** ExcelApi 1.7: the category labels, one row or one column. */
  setXAxisValues(sourceData: Range): void {
    this.set("setXAxisValues", null, (s) => {
      const ref = sourceOf(sourceData, "setXAxisValues");
      if (rectRows(ref.rect) > 1 && rectColumns(ref.rect) > 1) throw invalid("setXAxisValues: the range must be one row or one column.");
      s.categories = ref;
    }, "1.7");
  }
  get format(): { fill: { setSolidColor(color: string): void } } {
    return { fill: { setSolidColor: (color: string) => this.set("format.fill.setSolidColor", color, (s) => (s.color = normaliseColor(color))) } };
  }
}
