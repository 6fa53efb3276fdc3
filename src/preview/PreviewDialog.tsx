import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ReportPlan } from "../core/plan/types";
import { ui } from "../ui/strings";
import { previewDocuments } from "./renderHtml";

const useStyles = makeStyles({
  surface: { width: "min(1180px, 98vw)", maxWidth: "98vw", height: "94vh", maxHeight: "94vh", padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
  body: { height: "100%", display: "flex", flexDirection: "column", gridTemplateRows: "auto 1fr auto" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, flexGrow: 1, minHeight: 0, overflow: "hidden" },
  tabs: { flexWrap: "wrap" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  frame: { flexGrow: 1, minHeight: "200px", width: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: "#e6e6e6" },
});

/**
 * The lazily loaded preview: each document of the plan as its printed pages (renderHtml.ts), one
 * tab each, in a frame that runs no script (the pages are plain HTML and CSS).
 */
export function PreviewDialog(props: { plan: ReportPlan; onClose: () => void }) {
  const s = useStyles();
  const docs = useMemo(() => previewDocuments(props.plan), [props.plan]);
  const [current, setCurrent] = useState(0);
  const doc = docs[Math.min(current, docs.length - 1)];
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (!data.open ? props.onClose() : undefined)}>
      <DialogSurface className={s.surface}>
        <DialogBody className={s.body}>
          <DialogTitle>{ui.preview.heading}</DialogTitle>
          <DialogContent className={s.content}>
            <TabList className={s.tabs} selectedValue={String(current)} onTabSelect={(_, data) => setCurrent(Number(data.value))} aria-label={ui.preview.documents}>
              {docs.map((d, i) => (
                <Tab key={d.name} value={String(i)} data-pages={d.pages}>
                  {ui.preview.tab(d.name, d.pages)}
                </Tab>
              ))}
            </TabList>
            <p className={s.note}>{ui.preview.note}</p>
            {doc ? <iframe key={doc.name} className={s.frame} title={ui.preview.frameTitle(doc.name)} sandbox="" srcDoc={doc.html} /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onClose}>
              {ui.preview.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
