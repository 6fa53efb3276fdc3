import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { AnalysedIndicator, AnalysedQuestion } from "../core/analysis/types";
import { formatChange, formatScore } from "./format";
import { ui } from "./strings";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  caption: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
  th: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  td: { verticalAlign: "top", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, overflowWrap: "break-word" },
  num: { textAlign: "right", width: "3.6em" },
  // Figures never break; header words may (the change column's header is longer than its figures).
  figure: { whiteSpace: "nowrap" },
  change: { width: "4.2em" },
  verdict: { width: "5.6em" },
  rowHead: { fontWeight: tokens.fontWeightRegular, textAlign: "left" },
  code: { fontWeight: tokens.fontWeightSemibold },
  title: { display: "block", color: tokens.colorNeutralForeground2 },
  improve: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  maintain: { color: tokens.colorPaletteGreenForeground1 },
});

/** Question scores with the verdict against the target (and the change since last year, if any). */
export function QuestionTable(props: { questions: readonly AnalysedQuestion[]; caption: string }) {
  const s = useStyles();
  const withChange = props.questions.some((q) => q.change !== undefined);
  return (
    <table className={s.table}>
      <caption className={s.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={s.th}>{ui.review.colCode}</th>
          <th scope="col" className={mergeClasses(s.th, s.num)}>{ui.review.colScore}</th>
          {withChange ? <th scope="col" className={mergeClasses(s.th, s.num, s.change)}>{ui.review.colChange}</th> : null}
          <th scope="col" className={mergeClasses(s.th, s.verdict)}>{ui.review.colVerdict}</th>
        </tr>
      </thead>
      <tbody>
        {props.questions.map((q) => (
          <tr key={q.code}>
            <th scope="row" className={mergeClasses(s.td, s.rowHead)}>
              <span className={s.code}>{q.code}</span>
              <span className={s.title}>{q.title}</span>
            </th>
            <td className={mergeClasses(s.td, s.num, s.figure)}>{formatScore(q.score)}</td>
            {withChange ? <td className={mergeClasses(s.td, s.num, s.figure, s.change)}>{q.change === undefined ? "–" : formatChange(q.change)}</td> : null}
            <td className={mergeClasses(s.td, s.verdict, q.verdict === "improve" ? s.improve : s.maintain)}>{ui.review.verdict[q.verdict]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Indicator scores, for pastes that carry no per-question scores. */
export function IndicatorTable(props: { indicators: readonly AnalysedIndicator[]; caption: string; target: number }) {
  const s = useStyles();
  return (
    <table className={s.table}>
      <caption className={s.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={s.th}>{ui.review.colIndicator}</th>
          <th scope="col" className={mergeClasses(s.th, s.num)}>{ui.review.colScore}</th>
          <th scope="col" className={mergeClasses(s.th, s.verdict)}>{ui.review.colVerdict}</th>
        </tr>
      </thead>
      <tbody>
        {props.indicators.map((ind) => {
          const verdict = ind.score < props.target ? "improve" : "maintain";
          return (
            <tr key={ind.number}>
              <th scope="row" className={mergeClasses(s.td, s.rowHead)}>
                <span className={s.code}>{ind.tool} {ind.number}</span>
                <span className={s.title}>{ind.name}</span>
              </th>
              <td className={mergeClasses(s.td, s.num, s.figure)}>{formatScore(ind.score)}</td>
              <td className={mergeClasses(s.td, s.verdict, verdict === "improve" ? s.improve : s.maintain)}>{ui.review.verdict[verdict]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
