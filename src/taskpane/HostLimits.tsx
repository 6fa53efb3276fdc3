import { Link, makeStyles } from "@fluentui/react-components";
import type { HostCapabilities } from "../excel/types";
import { Notice } from "../ui/Notice";
import { ui } from "../ui/strings";

const useStyles = makeStyles({ line: { marginTop: "0.25em", marginBottom: "0.25em" } });

/** What this Excel cannot do (requirement sets checked at run time) and what still works. */
export function HostLimits(props: { caps: HostCapabilities; webPageUrl: string }) {
  const s = useStyles();
  const { caps } = props;
  if (caps.notes.length === 0) return null;
  return (
    <Notice intent="warning" title={ui.host.limitsTitle}>
      {caps.notes.map((n, i) => (
        <p key={i} className={s.line}>
          {n}
        </p>
      ))}
      <p className={s.line}>
        {ui.host.webFallback}{" "}
        <Link href={props.webPageUrl} target="_blank" rel="noopener">
          {ui.host.openWebPage}
        </Link>
      </p>
    </Notice>
  );
}
