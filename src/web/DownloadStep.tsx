import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../ui/Notice";
import { PreviewButton } from "../ui/PreviewButton";
import { Section } from "../ui/Section";
import { Status } from "../ui/Status";
import { ui } from "../ui/strings";
import { WhatNext } from "../ui/WhatNext";
import type { WebModel } from "./useWebApp";

const useStyles = makeStyles({
  line: { marginTop: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalXXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Shows the documents (preview), then builds the workbook in the browser (makeReport + writeWorkbook, as the command line) and saves it. */
export function DownloadStep(props: { web: WebModel; settingsInvalid: boolean }) {
  const s = useStyles();
  const { web } = props;
  return (
    <Section title={ui.web.downloadHeading} help={ui.web.downloadHelp}>
      {props.settingsInvalid ? <Notice intent="warning">{ui.settings.fixFirst}</Notice> : null}
      <div className={s.buttons}>
        <PreviewButton plan={web.review?.plan} disabled={web.busy !== undefined || props.settingsInvalid} />
        <Button appearance="primary" disabled={!web.review || web.busy !== undefined || props.settingsInvalid} onClick={() => void web.download()}>
          {ui.web.download}
        </Button>
      </div>
      {web.step === "download" ? <Status busy={web.busy} error={web.error} /> : null}
      {web.downloaded ? (
        <Notice intent="success">
          <p className={s.line}>{ui.web.downloaded(web.downloaded.fileName)}</p>
          <p className={s.line}>{ui.web.downloadedSheets(web.downloaded.sheets.map((n) => `“${n}”`).join(", "))}</p>
        </Notice>
      ) : null}
      {/* The .xlsx holds the notes and marks the drafts itself. */}
      {web.downloaded?.toDo ? <WhatNext toDo={web.downloaded.toDo} cellNotes draftMarks /> : null}
    </Section>
  );
}
