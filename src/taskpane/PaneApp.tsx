import { useState } from "react";
import type { ExcelActions } from "../excel/types";
import type { Engine } from "../ui/engine";
import { Notice } from "../ui/Notice";
import { ReviewPanel } from "../ui/ReviewPanel";
import { unitGroupsOf } from "../ui/report";
import { SettingsPanel } from "../ui/SettingsPanel";
import { Shell } from "../ui/Shell";
import { ui } from "../ui/strings";
import { AboutPanel } from "./AboutPanel";
import { CatalogueStep } from "./CatalogueStep";
import { GenerateStep } from "./GenerateStep";
import { HostLimits } from "./HostLimits";
import { PreviousStep } from "./PreviousStep";
import { ReadStep } from "./ReadStep";
import { usePane } from "./usePane";

export interface PaneAppProps {
  /** Everything that touches the workbook (the only Excel.run owner). */
  actions: ExcelActions;
  loadEngine: () => Promise<Engine>;
  /** The browser page of the same site, offered when this Excel cannot do everything. */
  webPageUrl: string;
}

/** The task pane: read → review → settings → generate, top to bottom in one narrow column. */
export function PaneApp(props: PaneAppProps) {
  const pane = usePane(props.actions, props.loadEngine);
  const [settingsInvalid, setSettingsInvalid] = useState(false);
  const { review, input } = pane;
  return (
    <Shell>
      <HostLimits caps={pane.caps} webPageUrl={props.webPageUrl} />
      {pane.engineError ? <Notice intent="error">{pane.engineError}</Notice> : null}
      <ReadStep pane={pane} />
      {review && input ? (
        <>
          <ReviewPanel
            sheet={input.sheet}
            analysis={review.analysis}
            settings={pane.settings}
            sourceLabel={ui.read.rangeLabel(input.range.sheetName, input.range.address)}
            onSelectCell={pane.selectCell}
            firstColumn={input.range.columnOffset + 1}
          />
          <PreviousStep pane={pane} />
          <SettingsPanel
            key={pane.settingsKey}
            value={pane.settings}
            onChange={pane.setSettings}
            detected={{
              ...(input.sheet.assessmentYear !== undefined ? { year: input.sheet.assessmentYear } : {}),
              ...(input.sheet.agency !== undefined ? { agency: input.sheet.agency } : {}),
            }}
            unitGroups={unitGroupsOf(review.analysis)}
            storageNote={ui.settings.savedInWorkbook}
            onInvalidChange={setSettingsInvalid}
          />
          {pane.saveError ? <Notice intent="warning">{pane.saveError}</Notice> : null}
          <GenerateStep pane={pane} settingsInvalid={settingsInvalid} />
        </>
      ) : null}
      <CatalogueStep pane={pane} />
      <AboutPanel info={props.actions.hostInfo()} />
    </Shell>
  );
}
