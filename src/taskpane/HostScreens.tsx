import { Link, Spinner } from "@fluentui/react-components";
import { Notice } from "../ui/Notice";
import { Shell } from "../ui/Shell";
import { ui } from "../ui/strings";

/** The first render, before Office.js says which host this is. */
export function Connecting() {
  return (
    <Shell>
      <div role="status">
        <Spinner size="small" labelPosition="after" label={ui.host.connecting} />
      </div>
    </Shell>
  );
}

/** Opened outside Excel, or office.js could not be loaded: point to the browser page. */
export function NotInExcel(props: { reason: "notExcel" | "noOfficeJs"; webPageUrl: string }) {
  return (
    <Shell>
      <Notice intent="warning" title={props.reason === "noOfficeJs" ? ui.host.noOfficeJs : ui.host.notInExcel}>
        {ui.host.notInExcelHelp}{" "}
        <Link href={props.webPageUrl}>{ui.host.openWebPage}</Link>
      </Notice>
    </Shell>
  );
}

export function StartFailed(props: { detail: string }) {
  return (
    <Shell>
      <Notice intent="error">{ui.host.startFailed(props.detail)}</Notice>
    </Shell>
  );
}
