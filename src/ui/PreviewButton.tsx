import { Button } from "@fluentui/react-components";
import { useState, type ComponentType } from "react";
import type { ReportPlan } from "../core/plan/types";
import { Notice } from "./Notice";
import { ui } from "./strings";

type Dialog = ComponentType<{ plan: ReportPlan; onClose: () => void }>;

let pending: Promise<Dialog> | undefined;

/** The preview and its renderer are a chunk of their own, fetched on the first click: the first load stays small. */
function loadPreview(): Promise<Dialog> {
  pending ??= import(/* webpackChunkName: "preview" */ "../preview/PreviewDialog").then(
    (m) => m.PreviewDialog,
    (e: unknown) => {
      pending = undefined; // a retry fetches the chunk again
      throw e;
    },
  );
  return pending;
}

/** "ดูตัวอย่างเอกสาร": opens every document of the plan as its printed pages, before anything is written. */
export function PreviewButton(props: { plan: ReportPlan | undefined; disabled?: boolean }) {
  const [state, setState] = useState<{ dialog?: Dialog; open: boolean; loading: boolean; error?: string }>({ open: false, loading: false });
  const open = () => {
    setState((s) => ({ ...s, loading: true, error: undefined }));
    loadPreview().then(
      (dialog) => setState({ dialog, open: true, loading: false }),
      (e: unknown) => setState({ open: false, loading: false, error: ui.preview.failed(e instanceof Error ? e.message : String(e)) }),
    );
  };
  const Shown = state.dialog;
  return (
    <>
      <Button appearance="secondary" disabled={!props.plan || props.disabled || state.loading} onClick={open}>
        {state.loading ? ui.preview.loading : ui.preview.button}
      </Button>
      {state.error ? <Notice intent="error">{state.error}</Notice> : null}
      {Shown && state.open && props.plan ? <Shown plan={props.plan} onClose={() => setState((s) => ({ ...s, open: false }))} /> : null}
    </>
  );
}
