import { Busy } from "./Busy";
import { Notice } from "./Notice";

/** Progress and the last error of one step, shown inside that step where the user is looking. */
export function Status(props: { busy: string | undefined; error: string | undefined }) {
  return (
    <>
      <Busy message={props.busy} />
      {props.error ? <Notice intent="error">{props.error}</Notice> : null}
    </>
  );
}
