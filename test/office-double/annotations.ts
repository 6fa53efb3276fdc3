/**
 * Cell notes (Worksheet.notes, ExcelApi 1.18) and conditional formats (Range.conditionalFormats,
 * ExcelApi 1.6), as far as the add-in uses them: add a note to one cell, add a custom rule with
 * a formula and a fill, clear every rule of a range.
 * https://learn.microsoft.com/javascript/api/excel/excel.notecollection
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
 */
import { formatRect, intersects, parseRect, splitSheet } from "./address";
import { StatelessObject } from "./client";
import { normaliseColor } from "./cells";
import { ErrorCodes, OfficeDoubleError } from "./errors";
import type { Range } from "./range";
import { cellKey, type ConditionalFormatState } from "./state";
import type { Worksheet } from "./worksheet";

function invalid(message: string): OfficeDoubleError {
  return new OfficeDoubleError(ErrorCodes.invalidArgument, message);
}

export class NoteCollection extends StatelessObject {
  constructor(private readonly worksheet: Worksheet) {
    super(worksheet.context, "NoteCollection");
  }

  /** "The range must be a single cell"; a cell holds one note. */
  add(cellAddress: string | Range, content: unknown): void {
    this.queueCall("NoteCollection.add", [typeof cellAddress === "string" ? cellAddress : "(Range)", content], () => {
      const sheet = this.worksheet.sheet();
      let rect;
      if (typeof cellAddress === "string") {
        const { sheet: named, range } = splitSheet(cellAddress);
        if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalid(`Note address ${cellAddress} names another sheet.`);
        rect = parseRect(range);
      } else {
        const t = cellAddress.target();
        if (t.sheet !== sheet) throw invalid("The note's cell is on another sheet.");
        rect = t.rect;
      }
      if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) throw invalid(`A note goes on a single cell, not ${String(cellAddress)}.`);
      if (typeof content !== "string") throw invalid("A note's content is a string.");
      const key = cellKey(rect.top, rect.left);
      if (sheet.notes.has(key)) throw invalid(`Cell ${formatRect(rect)} already has a note.`);
      sheet.notes.set(key, content);
    }, "1.18");
  }
}

export class ConditionalFormatCollection extends StatelessObject {
  constructor(private readonly range: Range) {
    super(range.context, "ConditionalFormatCollection");
  }

  add(type: string): ConditionalFormat {
    if (type !== "Custom") throw invalid(`The double models custom conditional formats only, not "${type}".`);
    const rule: ConditionalFormatState = { rect: { top: 0, left: 0, bottom: 0, right: 0 }, formula: "", fill: null };
    this.queueCall("ConditionalFormatCollection.add", type, () => {
      const t = this.range.target();
      rule.rect = t.rect;
      t.sheet.conditionalFormats.push(rule);
    }, "1.6");
    return new ConditionalFormat(this.range, rule);
  }

  clearAll(): void {
    this.queueCall("ConditionalFormatCollection.clearAll", null, () => {
      const t = this.range.target();
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => !intersects(c.rect, t.rect));
    }, "1.6");
  }
}

/** ConditionalFormat.custom.rule.formula and .custom.format.fill.color. */
export class ConditionalFormat extends StatelessObject {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };

  constructor(range: Range, rule: ConditionalFormatState) {
    super(range.context, "ConditionalFormat");
    const queue = (label: string, value: unknown, apply: () => void) => this.queueCall(label, value, apply, "1.6");
    this.custom = {
      rule: {
        get formula() {
          return rule.formula;
        },
        set formula(v: string) {
          queue("ConditionalRangeFormula.formula=", v, () => {
            if (typeof v !== "string" || !v.startsWith("=")) throw invalid(`A conditional format's formula starts with "=": ${String(v)}`);
            if (v.length > 8192) throw invalid("A formula is longer than Excel's 8,192 characters.");
            for (const m of v.matchAll(/"((?:[^"]|"")*)"/g)) if (m[1].replace(/""/g, '"').length > 255) throw invalid("A text constant in a formula is longer than 255 characters.");
            rule.formula = v;
          });
        },
      },
      format: {
        fill: {
          get color() {
            return rule.fill ?? "";
          },
          set color(v: string) {
            queue("ConditionalRangeFill.color=", v, () => (rule.fill = normaliseColor(v)));
          },
        },
      },
    };
  }
}
