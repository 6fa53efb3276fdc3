import type { LaidChart } from "../core/plan/layout";
import { escapeHtml } from "./escape";
import { formatNumber } from "./numberFormat";

/**
 * The indicator chart as an SVG for the preview: the same bars, labels, axis and title the
 * workbook's chart draws from the same data (ChartBlock), sized to the row it is laid over.
 * Only a likeness: Excel and LibreOffice draw the real chart from the sheet's cells.
 */
export function chartSvg(laid: LaidChart, width: number, fontFamily: string): string {
  const { chart } = laid;
  const height = laid.height;
  const n = Math.max(1, chart.values.length);
  const titleH = 22;
  const axisH = 30;
  const labelW = Math.min(width * 0.38, 260);
  const plotX = labelW + 8;
  const plotW = Math.max(40, width - plotX - 40);
  const plotY = titleH + 6;
  const plotH = Math.max(20, height - plotY - axisH);
  const band = plotH / n;
  const span = chart.axis.max - chart.axis.min || 1;
  const x = (v: number) => plotX + (Math.min(Math.max(v, chart.axis.min), chart.axis.max) - chart.axis.min) / span * plotW;
  const font = Math.max(8, Math.min(12, band * 0.55));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(fontFamily)}, Laksaman, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="16" font-size="13" font-weight="bold" text-anchor="middle">${escapeHtml(chart.title)}</text>`,
  ];
  for (let v = chart.axis.min; v <= chart.axis.max + 1e-9; v += chart.axis.majorUnit || span) {
    parts.push(`<line x1="${x(v)}" y1="${plotY}" x2="${x(v)}" y2="${plotY + plotH}" stroke="#d9d9d9" stroke-width="0.6"/>`);
    parts.push(`<text x="${x(v)}" y="${plotY + plotH + 12}" font-size="9" text-anchor="middle">${escapeHtml(formatNumber(v, chart.axis.numberFormat))}</text>`);
  }
  parts.push(`<text x="${plotX + plotW / 2}" y="${height - 4}" font-size="10" text-anchor="middle">${escapeHtml(chart.axis.title)}</text>`);
  chart.values.forEach((value, i) => {
    const y = plotY + i * band;
    const barH = band * 0.62;
    parts.push(`<text x="${labelW}" y="${y + band / 2 + font / 3}" font-size="${font}" text-anchor="end">${escapeHtml(chart.categories[i] ?? "")}</text>`);
    parts.push(`<rect x="${plotX}" y="${y + (band - barH) / 2}" width="${Math.max(0, x(value) - plotX)}" height="${barH}" fill="#4472c4"/>`);
    parts.push(`<text x="${x(value) + 3}" y="${y + band / 2 + font / 3}" font-size="${font}">${escapeHtml(formatNumber(value, chart.labelFormat))}</text>`);
  });
  parts.push("</svg>");
  return parts.join("");
}
