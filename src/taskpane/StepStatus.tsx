import { Status } from "../ui/Status";
import type { PaneModel, PaneStep } from "./usePane";

/** The shared status line, shown only in the step the user just used. */
export function StepStatus(props: { pane: PaneModel; step: PaneStep }) {
  const { pane } = props;
  return pane.step === props.step ? <Status busy={pane.busy} error={pane.error} /> : null;
}
