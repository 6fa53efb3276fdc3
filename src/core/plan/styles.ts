import type { StyleName, StyleSpec } from "./types";

/** The house style of every generated document: plain official tables, black on white. */
export const REPORT_STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, sizeDelta: 2, horizontal: "centerAcross", vertical: "middle", wrap: false },
  subtitle: { bold: true, horizontal: "centerAcross", vertical: "middle", wrap: false },
  paragraph: { horizontal: "left", vertical: "top", wrap: true },
  sectionHeading: { bold: true, horizontal: "left", vertical: "middle", wrap: true },
  tableHeader: { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "D9E2F3" },
  groupRow: { bold: true, horizontal: "left", vertical: "middle", wrap: true, border: true, fill: "F2F2F2" },
  text: { horizontal: "left", vertical: "top", wrap: true, border: true },
  textCenter: { horizontal: "center", vertical: "top", wrap: true, border: true },
  score: { horizontal: "center", vertical: "top", border: true, wrap: false },
  scoreImprove: { horizontal: "center", vertical: "top", border: true, bold: true, color: "C00000", wrap: false },
  change: { horizontal: "center", vertical: "top", border: true, wrap: false },
  maintain: { horizontal: "left", vertical: "top", wrap: true, border: true, color: "375623" },
  // Drafts print as plain text: they are marked on screen (a cell note, a fill until edited), and
  // what the office types over them keeps the cell's look.
  draft: { horizontal: "left", vertical: "top", wrap: true, border: true },
  // The cover, the memo and signature blocks: no borders, as typed documents are.
  coverTitle: { bold: true, sizeDelta: 8, horizontal: "centerAcross", vertical: "middle", wrap: false },
  coverLine: { bold: true, sizeDelta: 4, horizontal: "centerAcross", vertical: "middle", wrap: false },
  memoHeading: { bold: true, sizeDelta: 13, horizontal: "center", vertical: "middle", wrap: false },
  // A label and its value sit on one baseline: both at the foot of their row.
  memoLabel: { bold: true, sizeDelta: 4, horizontal: "left", vertical: "bottom", wrap: false },
  memoValue: { horizontal: "left", vertical: "bottom", wrap: true },
  memoText: { horizontal: "left", vertical: "top", wrap: true },
  signature: { horizontal: "center", vertical: "top", wrap: true },
};
