/**
 * The Office host of the end-to-end pane page: the Office.js double installed as `Office` /
 * `Excel` globals, seeded with `window.__officeSeed`, plus read-only views of the workbook the
 * test inspects with page.evaluate (Maps do not cross that boundary, plain data does).
 * The test serves this bundle in place of https://appsforoffice.microsoft.com/…/office.js.
 */
import { findSheet, gridOf, installOfficeDouble, type DoubleInitial } from "../office-double";

type Scalar = string | number | boolean | "";

export interface OfficeTestView {
  sheetNames(): string[];
  activeSheet(): string;
  /** "Sheet!A1:B2" of the selection. */
  selection(): string;
  grid(sheet: string): Scalar[][];
  pageLayout(sheet: string): { paperSize: string; orientation: string; printTitleRows: string | null } | undefined;
  syncCount(): number;
}

declare global {
  interface Window {
    __officeSeed?: DoubleInitial;
    __officeTest?: OfficeTestView;
  }
}

const double = installOfficeDouble(window, window.__officeSeed ?? {});
const letters = (n: number): string => (n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

window.__officeTest = {
  sheetNames: () => double.state.sheets.map((s) => s.name),
  activeSheet: () => double.state.sheets.find((s) => s.id === double.state.activeSheetId)?.name ?? "",
  selection: () => {
    const { sheetId, rect } = double.state.selection;
    const name = double.state.sheets.find((s) => s.id === sheetId)?.name ?? "";
    const a = `${letters(rect.left)}${rect.top}`;
    const b = `${letters(rect.right)}${rect.bottom}`;
    return `${name}!${a === b ? a : `${a}:${b}`}`;
  },
  grid: (name) => {
    const sheet = findSheet(double.state, name);
    return sheet ? gridOf(sheet) : [];
  },
  pageLayout: (name) => {
    const p = findSheet(double.state, name)?.pageLayout;
    return p ? { paperSize: p.paperSize, orientation: p.orientation, printTitleRows: p.printTitleRows } : undefined;
  },
  syncCount: () => double.syncCount(),
};
