import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../ui/Notice";
import { PreviewButton } from "../ui/PreviewButton";
import { Section } from "../ui/Section";
import { ui } from "../ui/strings";
import { WhatNext } from "../ui/WhatNext";
import { StepStatus } from "./StepStatus";
import type { PaneModel } from "./usePane";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  status: { color: tokens.colorNeutralForeground2 },
  copied: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
  message: { margin: 0, fontSize: tokens.fontSizeBase200 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  go: { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
});

/** The one generate button, its progress, and links to every sheet it wrote. */
export function GenerateStep(props: { pane: PaneModel; settingsInvalid: boolean }) {
  const s = useStyles();
  const { pane } = props;
  const outcome = pane.outcome;
  return (
    <Section title={ui.generate.heading} help={ui.generate.help}>
      {!pane.caps.generate ? <Notice intent="warning">{ui.generate.cannot}</Notice> : null}
      {props.settingsInvalid ? <Notice intent="warning">{ui.settings.fixFirst}</Notice> : null}
      <PreviewButton plan={pane.review?.plan} disabled={pane.busy !== undefined || props.settingsInvalid} />
      <Button
        appearance="primary"
        disabled={!pane.caps.generate || !pane.input || pane.busy !== undefined || props.settingsInvalid}
        onClick={() => void pane.generate()}
      >
        {outcome ? ui.generate.again : ui.generate.button}
      </Button>
      <StepStatus pane={pane} step="generate" />
      {outcome ? (
        <>
          {/* The analysis columns go into the user's own score sheet: not a sheet of the report. */}
          <Notice intent="success">{ui.generate.done(outcome.sheets.filter((x) => x.role !== "analysisColumns").length)}</Notice>
          <ul className={s.list} aria-label={ui.generate.sheetsHeading}>
            {outcome.sheets.map((sheet) => (
              <li key={sheet.name} className={s.item}>
                {/* A link to look at, a button to the machinery: it activates a sheet, it navigates nowhere. */}
                <Link as="button" className={s.go} onClick={() => pane.activate(sheet.name)}>
                  {ui.generate.goTo(sheet.name)}
                </Link>
                <p className={s.message}>
                  <span className={sheet.status === "copied" ? s.copied : s.status}>{ui.generate.status[sheet.status]}</span>
                  {sheet.message ? ` — ${sheet.message}` : null}
                </p>
              </li>
            ))}
          </ul>
          {pane.toDo ? <WhatNext toDo={pane.toDo} cellNotes={outcome.cellNotes === true} draftMarks={outcome.draftMarks === true} /> : null}
          {outcome.notes.length > 0 ? (
            <Notice intent="info" title={ui.generate.notesHeading}>
              <ul className={s.notes}>
                {outcome.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
