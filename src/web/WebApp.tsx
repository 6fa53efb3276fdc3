import { useEffect, useState } from "react";
import type { Engine } from "../ui/engine";
import { Notice } from "../ui/Notice";
import { ReviewPanel } from "../ui/ReviewPanel";
import { unitGroupsOf } from "../ui/report";
import { SettingsPanel } from "../ui/SettingsPanel";
import { Shell } from "../ui/Shell";
import { ui } from "../ui/strings";
import { readClipboard } from "./clipboard";
import { CatalogueFile } from "./CatalogueFile";
import { DownloadStep } from "./DownloadStep";
import type { WebHost } from "./host";
import { InputStep, PASTE_TARGET_ATTR } from "./InputStep";
import { PreviousFile } from "./PreviousFile";
import { useWebApp } from "./useWebApp";

export interface WebAppProps {
  host: WebHost;
  loadEngine: () => Promise<Engine>;
}

/** A paste into another field (a setting) is that field's business, not a score table. */
function isOtherField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.hasAttribute(PASTE_TARGET_ATTR)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The browser page: the same review and settings screens as the pane, ending in a download. */
export function WebApp(props: WebAppProps) {
  const web = useWebApp(props.host, props.loadEngine);
  const [settingsInvalid, setSettingsInvalid] = useState(false);
  const { review, input, paste } = web;

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isOtherField(e.target)) return;
      e.preventDefault();
      void paste(readClipboard(e.clipboardData));
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [paste]);

  return (
    <Shell>
      {web.engineError ? <Notice intent="error">{web.engineError}</Notice> : null}
      <InputStep web={web} />
      {review && input ? (
        <>
          <ReviewPanel
            sheet={input.sheet}
            analysis={review.analysis}
            settings={web.settings}
            sourceLabel={input.sourceLabel}
            {...(web.origins ? { origins: web.origins } : {})}
          />
          <PreviousFile web={web} />
          <SettingsPanel
            // A new file or paste shows its own values, not the fields of the one before.
            key={input.id}
            value={web.settings}
            onChange={web.setSettings}
            detected={{
              ...(input.sheet.assessmentYear !== undefined ? { year: input.sheet.assessmentYear } : {}),
              ...(input.sheet.agency !== undefined ? { agency: input.sheet.agency } : {}),
            }}
            unitGroups={unitGroupsOf(review.analysis)}
            storageNote={ui.settings.savedInBrowser}
            onInvalidChange={setSettingsInvalid}
          />
          {web.storageProblem ? (
            <Notice intent="warning">{web.storageProblem === "emblemNotKept" ? ui.storage.emblemNotInBrowser : ui.storage.notInBrowser}</Notice>
          ) : null}
          <DownloadStep web={web} settingsInvalid={settingsInvalid} />
        </>
      ) : null}
      <CatalogueFile web={web} />
      <p>{ui.web.privacy}</p>
    </Shell>
  );
}
