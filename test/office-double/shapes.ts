/** Worksheet.shapes (ExcelApi 1.9): pictures added with addImage, and their position and size. */
import { ClientObject, jsonBytes, loadPaths, type LoadOption } from "./client";
import { ErrorCodes, notLoaded, OfficeDoubleError } from "./errors";
import type { ShapeState } from "./state";
import type { Worksheet } from "./worksheet";

const SHAPE_SCALARS = ["id", "name", "left", "top", "width", "height"] as const;
/** Office.js takes a PNG or JPEG as base64, without a data: prefix. */
const IMAGE = /^(?:iVBORw0KGgo|\/9j\/)[A-Za-z0-9+/]*={0,2}$/;

function invalid(message: string): OfficeDoubleError {
  return new OfficeDoubleError(ErrorCodes.invalidArgument, message);
}

export class Shape extends ClientObject {
  constructor(readonly worksheet: Worksheet, private readonly id: () => string | undefined) {
    super(worksheet.context, "Shape");
  }

  private state(): ShapeState | undefined {
    const id = this.id();
    return id === undefined ? undefined : this.worksheet.sheet().shapes.find((s) => s.id === id);
  }

  protected exists(): boolean {
    return this.state() !== undefined;
  }

  protected scalarNames(): readonly string[] {
    return SHAPE_SCALARS;
  }

  protected snapshot(name: string): unknown {
    return this.state()![name as keyof ShapeState];
  }

  receive(values: readonly (readonly [string, unknown])[]): void {
    values.forEach(([k, v]) => this.data.set(k, v));
  }

  private size(name: "left" | "top" | "width" | "height", v: number): void {
    this.assign(name, v, () => {
      if (!Number.isFinite(v) || v < 0 || ((name === "width" || name === "height") && v === 0)) throw invalid(`Shape.${name} ${v} is not allowed.`);
      this.state()![name] = v;
    }, "1.9");
  }

  get name(): string { return this.read("name"); }
  set name(v: string) { this.assign("name", v, () => (this.state()!.name = String(v)), "1.9"); }
  get left(): number { return this.read("left"); }
  set left(v: number) { this.size("left", v); }
  get top(): number { return this.read("top"); }
  set top(v: number) { this.size("top", v); }
  get width(): number { return this.read("width"); }
  set width(v: number) { this.size("width", v); }
  get height(): number { return this.read("height"); }
  set height(v: number) { this.size("height", v); }

  delete(): void {
    this.queueCall("Shape.delete", null, () => {
      const shapes = this.worksheet.sheet().shapes;
      shapes.splice(shapes.indexOf(this.state()!), 1);
    }, "1.9");
  }
}

export class ShapeCollection extends ClientObject {
  constructor(readonly worksheet: Worksheet) {
    super(worksheet.context, "ShapeCollection");
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

  get items(): Shape[] {
    if (!this.data.has("items")) throw notLoaded(this.typeName, "items");
    return this.data.get("items") as Shape[];
  }

  override load(option?: LoadOption): this {
    const props = loadPaths(option).map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const names = props.length === 0 ? [...SHAPE_SCALARS] : props;
    for (const n of names) if (!(SHAPE_SCALARS as readonly string[]).includes(n)) throw invalid(`Shape has no property '${n}' to load.`);
    this.context.enqueue(`ShapeCollection.load(${names.join(",")})`, names, () => {
      const rows = this.worksheet.sheet().shapes.map((s) => ({ id: s.id, values: names.map((n) => [n, s[n as keyof ShapeState]] as const) }));
      return {
        responseBytes: jsonBytes(rows),
        commit: () => this.data.set("items", rows.map((row) => {
          const shape = new Shape(this.worksheet, () => row.id);
          shape.receive(row.values);
          return shape;
        })),
      };
    }, "1.9");
    return this;
  }

  /** A picture at the sheet's top left, its size from the image (here 100 × 100 points). */
  addImage(base64: string): Shape {
    let id: string | undefined;
    const shape = new Shape(this.worksheet, () => id);
    this.context.enqueue("ShapeCollection.addImage", base64.length, () => {
      if (typeof base64 !== "string" || !IMAGE.test(base64)) throw invalid("addImage takes a PNG or JPEG as base64 (no data: prefix).");
      const shapes = this.worksheet.sheet().shapes;
      id = `shape-${shapes.length + 1}-${Date.now() % 100000}`;
      shapes.push({ id, name: `Picture ${shapes.length + 1}`, image: base64, left: 0, top: 0, width: 100, height: 100 });
    }, "1.9");
    return shape;
  }
}
