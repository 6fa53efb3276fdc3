import { makeStyles, tokens } from "@fluentui/react-components";
import { disclosureSummary } from "./theme";
import type { Analysis } from "../core/analysis/types";
import { TOOL_CODES, type ScoreSheet } from "../core/model";
import type { UserSettings } from "../core/userSettings";
import { formatScore } from "./format";
import type { ValueOrigin } from "./report";
import { IndicatorTable, QuestionTable } from "./ScoreTable";
import { Section } from "./Section";
import { ui } from "./strings";
import { WarningList } from "./WarningList";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(5.5em, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "break-word", fontWeight: tokens.fontWeightSemibold },
  note: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  missing: { fontWeight: tokens.fontWeightRegular, color: tokens.colorPaletteDarkOrangeForeground1 },
  details: { minWidth: 0 },
  summary: disclosureSummary,
});

export interface ReviewPanelProps {
  sheet: ScoreSheet;
  analysis: Analysis;
  settings: UserSettings;
  /** Where the scores came from, e.g. a sheet and range or a file name. */
  sourceLabel: string;
  /** Where the year and agency came from; without it, the settings or else the paste. */
  origins?: { year: ValueOrigin; agency: ValueOrigin };
  /** Pane only: select the cell a warning points to. */
  onSelectCell?: (cell: string) => void;
  /** Pane only: sheet column of the table's first column (for warnings that name only a row). */
  firstColumn?: number;
}

/** What the reader understood, shown before anything is generated (the same on both pages). */
export function ReviewPanel(props: ReviewPanelProps) {
  const s = useStyles();
  const { sheet, analysis, settings } = props;
  const yearFrom = props.origins?.year ?? (settings.year !== undefined ? "settings" : sheet.assessmentYear !== undefined ? "paste" : "fallback");
  const agencyFrom = analysis.agency === null ? undefined : props.origins?.agency;
  const counts = TOOL_CODES.map((tool) => ({ tool, n: sheet.questions.filter((q) => q.tool === tool).length })).filter((c) => c.n > 0);
  const below = analysis.questions.filter((q) => q.verdict === "improve").length;
  const o = analysis.overall;

  return (
    <Section title={ui.review.heading}>
      <dl className={s.facts}>
        <dt className={s.term}>{ui.review.source}</dt>
        <dd className={s.value}>{props.sourceLabel}</dd>
        <dt className={s.term}>{ui.review.year}</dt>
        <dd className={s.value} data-testid="review-year">
          {analysis.assessmentYear} <span className={s.note}>({ui.review.from[yearFrom]})</span>
        </dd>
        <dt className={s.term}>{ui.review.agency}</dt>
        <dd className={s.value} data-testid="review-agency">
          {analysis.agency ?? <span className={s.missing}>{ui.review.agencyMissing}</span>}
          {agencyFrom ? <> <span className={s.note}>({ui.review.from[agencyFrom]})</span></> : null}
        </dd>
        <dt className={s.term}>{ui.review.total}</dt>
        <dd className={s.value}>{o.score === null ? ui.review.totalUnknown : ui.review.totalValue(formatScore(o.score), o.level, o.computed)}</dd>
        <dt className={s.term}>{ui.review.counts}</dt>
        <dd className={s.value} data-testid="review-counts">
          {[...counts.map((c) => ui.review.countPerTool(c.tool, c.n)), ui.review.indicators(sheet.indicators.length)].join(" · ")}
          {analysis.questions.length > 0 ? (
            <>
              <br />
              <span className={s.note}>{ui.review.belowTarget(below, formatScore(analysis.target))}</span>
            </>
          ) : null}
        </dd>
        {analysis.previous ? (
          <>
            <dt className={s.term}>{ui.review.colChange}</dt>
            <dd className={s.value}>
              {ui.review.previous(analysis.previous.assessmentYear, analysis.previous.overall.score === null ? null : formatScore(analysis.previous.overall.score))}
            </dd>
          </>
        ) : null}
      </dl>

      {analysis.warnings.length > 0 ? (
        <details className={s.details} open>
          <summary className={s.summary}>{ui.review.warningsHeading(analysis.warnings.length)}</summary>
          <WarningList
            warnings={analysis.warnings}
            {...(props.onSelectCell ? { onSelectCell: props.onSelectCell } : {})}
            {...(props.firstColumn !== undefined ? { firstColumn: props.firstColumn } : {})}
          />
        </details>
      ) : null}

      {analysis.questions.length > 0 ? (
        <details className={s.details}>
          <summary className={s.summary}>{ui.review.questionsHeading(analysis.questions.length)}</summary>
          <QuestionTable questions={analysis.questions} caption={ui.review.questionsHeading(analysis.questions.length)} />
        </details>
      ) : (
        <details className={s.details} open>
          <summary className={s.summary}>{ui.review.indicatorsHeading(analysis.indicators.length)}</summary>
          <IndicatorTable indicators={analysis.indicators} target={analysis.target} caption={ui.review.indicatorsHeading(analysis.indicators.length)} />
        </details>
      )}
    </Section>
  );
}
