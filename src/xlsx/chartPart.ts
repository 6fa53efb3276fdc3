import JSZip from "jszip";
import type { LaidChart } from "../core/plan/layout";
import { columnLetters } from "../core/reader/address";
import { excelColumnPoints, libreOfficeColumnPoints } from "../core/plan/textMetrics";

/**
 * Live charts in a workbook ExcelJS wrote (ExcelJS has no chart API): per chart a DrawingML
 * chart part (xl/charts/chartN.xml) whose series read the sheet's cells, with a cached copy of
 * their values (what a reader shows before it recalculates), a drawing part anchoring it over
 * its reserved row, the relationships sheet → drawing → chart, and their content types
 * (ECMA-376 part 1, 21.2 and 20.5; the element order is the schema's, which Excel enforces).
 * Excel and LibreOffice both open, redraw and print it, and a corrected score redraws the bar.
 */

/** Per worksheet id (ExcelJS names the part xl/worksheets/sheet<id>.xml): its name, charts and columns. */
export type SheetCharts = Map<number, { name: string; charts: LaidChart[]; columns: number[]; font: { name: string; size: number } }>;

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_DRAWING = `${NS.r}/drawing`;
const REL_CHART = `${NS.r}/chart`;
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** EMU per point. */
const EMU = 12700;
/** Space between the chart and its row's edges, in points. */
const INSET = 4;
/** Bar colour: the analysis sheet's tab colour. */
const BAR = "2F5597";

export async function withCharts(xlsx: Uint8Array, sheets: SheetCharts): Promise<Uint8Array> {
  if ([...sheets.values()].every((s) => s.charts.length === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const types: string[] = [];
  let chartNo = nextFree(zip, "xl/charts/chart");
  let drawingNo = nextFree(zip, "xl/drawings/drawing");
  for (const [id, sheet] of sheets) {
    if (sheet.charts.length === 0) continue;
    const sheetPath = `xl/worksheets/sheet${id}.xml`;
    const part = zip.file(sheetPath);
    if (!part) throw new Error(`${sheetPath} is missing from the workbook ExcelJS wrote`);
    const xml = await part.async("string");
    if (xml.includes("<drawing ")) throw new Error(`${sheetPath} already has a drawing`);
    const drawing = `xl/drawings/drawing${drawingNo++}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    sheet.charts.forEach((laid, k) => {
      const chart = `xl/charts/chart${chartNo++}.xml`;
      zip.file(chart, chartXml(laid, sheet.name, sheet.font));
      types.push(override(chart, TYPE_CHART));
      drawingRels.push(relationship(`rId${k + 1}`, REL_CHART, `../charts/${basename(chart)}`));
      anchors.push(anchorXml(laid, sheet.columns, k + 1, `rId${k + 1}`));
    });
    zip.file(drawing, `${DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`);
    zip.file(relsPath(drawing), relationships(drawingRels));
    types.push(override(drawing, TYPE_DRAWING));
    // The sheet's relationships may exist already (comments, hyperlinks): add to them.
    const sheetRels = relsPath(sheetPath);
    const existing = await zip.file(sheetRels)?.async("string");
    const rid = freeId(existing ?? "");
    const rel = relationship(rid, REL_DRAWING, `../drawings/${basename(drawing)}`);
    zip.file(sheetRels, existing ? existing.replace("</Relationships>", `${rel}</Relationships>`) : relationships([rel]));
    zip.file(sheetPath, withDrawingElement(xml, rid));
  }
  const contentTypes = zip.file("[Content_Types].xml");
  if (!contentTypes) throw new Error("[Content_Types].xml is missing from the workbook ExcelJS wrote");
  zip.file("[Content_Types].xml", (await contentTypes.async("string")).replace("</Types>", `${types.join("")}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Elements a worksheet's <drawing> must come before (CT_Worksheet's sequence). */
const AFTER_DRAWING = ["<legacyDrawing ", "<legacyDrawingHF ", "<drawingHF ", "<picture ", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

function withDrawingElement(xml: string, rid: string): string {
  const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  const root = xml.includes(`xmlns:r="${NS.r}"`) ? xml : xml.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
  const shift = root.length - xml.length;
  return `${root.slice(0, at + shift)}<drawing r:id="${rid}"/>${root.slice(at + shift)}`;
}

function nextFree(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

function freeId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n++;
  return `rId${n}`;
}

const basename = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const relsPath = (path: string) => `${path.slice(0, path.lastIndexOf("/"))}/_rels/${basename(path)}.rels`;
const override = (path: string, type: string) => `<Override PartName="/${path}" ContentType="${type}"/>`;
const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const relationships = (items: string[]) => `${DECLARATION}<Relationships xmlns="${NS.rels}">${items.join("")}</Relationships>`;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** 'Sheet name'!$D$14:$D$23 */
export function sheetReference(sheet: string, column: number, rows: [number, number]): string {
  const col = columnLetters(column);
  return `'${sheet.replace(/'/g, "''")}'!$${col}$${rows[0]}:$${col}$${rows[1]}`;
}

/**
 * The chart over its row, from the left of the first column to the right of the last, a few
 * points inside the row. Ends inside the last column (the narrower of its Excel and LibreOffice
 * widths), so the print range does not grow by a column.
 */
function anchorXml(laid: LaidChart, columns: number[], id: number, rid: string): string {
  const last = columns.length - 1;
  const lastWidth = Math.min(excelColumnPoints(columns[last]), libreOfficeColumnPoints(columns[last]));
  const emu = (points: number) => String(Math.round(points * EMU));
  const row = laid.row - 1;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${emu(INSET)}</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${last}</xdr:col><xdr:colOff>${emu(lastWidth - 1)}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${emu(laid.height - INSET)}</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escapeXml(laid.chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${rid}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Run properties in the report's font: Latin, East Asian and complex script (Thai) alike. */
function textProps(font: { name: string }, size: number, bold = false, color = "000000"): string {
  const face = escapeXml(font.name);
  return (
    `<a:defRPr sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
    `<a:latin typeface="${face}"/><a:ea typeface="${face}"/><a:cs typeface="${face}"/></a:defRPr>`
  );
}

/** Text upright (LibreOffice otherwise turns crowded axis labels on their side). */
const txPr = (props: string) => `<c:txPr><a:bodyPr rot="0" vert="horz"/><a:lstStyle/><a:p><a:pPr>${props}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;

function richTitle(text: string, props: string): string {
  const runProps = props.replace("<a:defRPr ", '<a:rPr lang="th-TH" ').replace("</a:defRPr>", "</a:rPr>");
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${props}</a:pPr><a:r>${runProps}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** Horizontal bars, first category at the top, values 0–100 with gridlines, each bar labelled with its value. */
export function chartXml(laid: LaidChart, sheet: string, font: { name: string; size: number }): string {
  const { chart } = laid;
  const label = Math.max(10, font.size - 2);
  const strPoints = chart.categories.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  const numPoints = chart.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  const n = chart.values.length;
  const line = (color: string) => `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr>`;
  return (
    `${DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="th-TH"/><c:roundedCorners val="0"/>` +
    `<c:chart>${richTitle(chart.title, textProps(font, font.size, true))}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.axis.title)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="${escapeXml(chart.labelFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${txPr(textProps(font, label))}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(sheetReference(sheet, laid.categories.column, laid.categories.rows))}</c:f>` +
    `<c:strCache><c:ptCount val="${n}"/>${strPoints}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(sheetReference(sheet, laid.values.column, laid.values.rows))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(chart.labelFormat)}</c:formatCode><c:ptCount val="${n}"/>${numPoints}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    // Categories top to bottom as in the table; the value axis then crosses at the last one, at the bottom.
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${line("808080")}${txPr(textProps(font, label))}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="${chart.axis.max}"/><c:min val="${chart.axis.min}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines>${line("D9D9D9")}</c:majorGridlines>` +
    `${richTitle(chart.axis.title, textProps(font, label))}` +
    `<c:numFmt formatCode="${escapeXml(chart.axis.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${line("808080")}${txPr(textProps(font, label))}<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="${chart.axis.majorUnit}"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${txPr(textProps(font, label))}</c:chartSpace>`
  );
}
