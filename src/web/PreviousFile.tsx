import { makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../ui/Section";
import { Status } from "../ui/Status";
import { ui } from "../ui/strings";
import { FilePicker } from "./FilePicker";
import { SCORE_FILES } from "./InputStep";
import type { WebModel } from "./useWebApp";

const useStyles = makeStyles({
  done: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** Last year's scores as a second file, for the year-over-year columns. */
export function PreviousFile(props: { web: WebModel }) {
  const s = useStyles();
  const { web } = props;
  const prev = web.previous;
  return (
    <Section title={ui.previous.heading} help={ui.web.previousHelp}>
      <FilePicker label={ui.web.previousLabel} accept={SCORE_FILES} disabled={web.busy !== undefined} onFile={(file) => void web.openPrevious(file)} />
      {prev ? (
        <p role="status" className={s.done}>
          {ui.previous.readFromFile(prev.name, prev.sheet.assessmentYear ?? null, prev.sheet.questions.length)}
        </p>
      ) : null}
      {web.step === "previous" ? <Status busy={web.busy} error={web.error} /> : null}
    </Section>
  );
}
