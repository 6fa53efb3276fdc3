/// <reference types="office-js" />
import type { LaidOutSheet } from "../core/plan/layout";
import type { ReportPlan } from "../core/plan/types";
import { columnLetters } from "../core/reader/address";
import { write, type Write } from "./batch";
import type { Features } from "./capabilities";
import { excelTh } from "./strings";

/**
 * The charts of a laid-out sheet as native Excel charts (the .xlsx writer draws the same chart
 * as a DrawingML part, src/xlsx/chartPart.ts): bars reading the table's score cells, labelled
 * from its name cells, placed over the reserved row, in the report's font. Queued after the
 * values, in the same request: no round trip of its own.
 */

/** Bar colour: the analysis sheet's tab colour. */
const BAR = "#2F5597";

export function chartWrites(ws: Excel.Worksheet, plan: ReportPlan, laid: LaidOutSheet, features: Features): Write[] {
  if (!features.charts) return [];
  const last = columnLetters(laid.width);
  return laid.charts.map((c) =>
    write([c.chart.title, c.chart.axis.title, c.chart.categories], () => {
      const column = (at: { column: number; rows: [number, number] }) => `${columnLetters(at.column)}${at.rows[0]}:${columnLetters(at.column)}${at.rows[1]}`;
      const chart = ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange(column(c.values)), "Columns" as Excel.ChartSeriesBy);
      chart.name = excelTh.chartName;
      chart.setPosition(`A${c.row}`, `${last}${c.row}`);
      chart.format.font.name = plan.font.name;
      chart.format.font.size = Math.max(10, plan.font.size - 2);
      chart.title.text = c.chart.title;
      chart.title.format.font.bold = true;
      chart.title.format.font.size = plan.font.size;
      chart.legend.visible = false;
      const series = chart.series.getItemAt(0);
      series.name = c.chart.axis.title;
      series.setXAxisValues(ws.getRange(column(c.categories)));
      series.format.fill.setSolidColor(BAR);
      series.gapWidth = 60;
      series.hasDataLabels = true;
      chart.dataLabels.showValue = true;
      chart.dataLabels.position = "OutsideEnd" as Excel.ChartDataLabelPosition;
      const { valueAxis, categoryAxis } = chart.axes;
      valueAxis.minimum = c.chart.axis.min;
      valueAxis.maximum = c.chart.axis.max;
      valueAxis.majorUnit = c.chart.axis.majorUnit;
      valueAxis.title.text = c.chart.axis.title;
      // The first row of the table at the top, as printed in the table.
      categoryAxis.reversePlotOrder = true;
      if (features.chartFormats) {
        // Reversed, the value axis would go to the top: it crosses at the last category instead.
        categoryAxis.position = "Maximum" as Excel.ChartAxisPosition;
        valueAxis.numberFormat = c.chart.axis.numberFormat;
        chart.dataLabels.numberFormat = c.chart.labelFormat;
      }
    }, 30),
  );
}

/** Deletes the charts of ours on a sheet written again (Range.clear leaves charts). */
export function deleteOurCharts(charts: Excel.ChartCollection): Write[] {
  return charts.items.filter((chart) => chart.name === excelTh.chartName).map((chart) => write("delete chart", () => chart.delete()));
}
