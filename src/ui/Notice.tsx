import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * A message in a coloured bar. Errors are announced at once (role="alert"); the rest politely,
 * so a screen reader hears results without being interrupted.
 */
export function Notice(props: { intent: "error" | "warning" | "success" | "info"; title?: string; children?: ReactNode }) {
  return (
    <MessageBar intent={props.intent} role={props.intent === "error" ? "alert" : "status"} layout="multiline">
      <MessageBarBody>
        {props.title ? <MessageBarTitle>{props.title}</MessageBarTitle> : null}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}
