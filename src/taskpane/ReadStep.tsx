import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../ui/Section";
import { ui } from "../ui/strings";
import { StepStatus } from "./StepStatus";
import type { PaneModel } from "./usePane";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, "> button": { flex: "1 1 10em" } },
  range: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function ReadStep(props: { pane: PaneModel }) {
  const s = useStyles();
  const { pane } = props;
  const disabled = !pane.engine || pane.busy !== undefined;
  return (
    <Section title={ui.read.heading} help={ui.read.paneHelp}>
      <div className={s.buttons}>
        <Button appearance={pane.input ? "secondary" : "primary"} disabled={disabled} onClick={() => void pane.read("usedRange")}>
          {pane.input ? ui.read.rereadSheet : ui.read.fromSheet}
        </Button>
        <Button disabled={disabled} onClick={() => void pane.read("selection")}>
          {ui.read.fromSelection}
        </Button>
      </div>
      {!pane.engine && !pane.engineError ? <p className={s.range}>{ui.loadingEngine}</p> : null}
      <StepStatus pane={pane} step="read" />
    </Section>
  );
}
