import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../ui/Section";
import { ui } from "../ui/strings";
import { StepStatus } from "./StepStatus";
import type { PaneModel } from "./usePane";

const useStyles = makeStyles({
  done: { margin: 0, fontSize: tokens.fontSizeBase200 },
  // Sheet names can be long; the select must not widen the pane.
  select: { minWidth: 0, maxWidth: "100%" },
});

/** Last year's scores from another sheet, for the year-over-year columns. */
export function PreviousStep(props: { pane: PaneModel }) {
  const s = useStyles();
  const { pane } = props;
  const prev = pane.previous;
  return (
    <Section title={ui.previous.heading} help={ui.previous.help}>
      <Field label={ui.previous.sheetLabel}>
        <Select className={s.select} value={prev?.name ?? ""} disabled={pane.busy !== undefined} onChange={(_, d) => void pane.choosePrevious(d.value)}>
          <option value="">{ui.previous.none}</option>
          {pane.sheetNames.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      {prev ? (
        <p role="status" className={s.done}>
          {ui.previous.readFromSheet(prev.name, prev.sheet.assessmentYear ?? null, prev.sheet.questions.length)}
        </p>
      ) : null}
      <StepStatus pane={pane} step="previous" />
    </Section>
  );
}
