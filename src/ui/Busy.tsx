import { Spinner } from "@fluentui/react-components";

/** Work in progress, announced to screen readers as it changes. */
export function Busy(props: { message: string | undefined }) {
  return (
    <div role="status" aria-live="polite">
      {props.message ? <Spinner size="tiny" labelPosition="after" label={props.message} /> : null}
    </div>
  );
}
