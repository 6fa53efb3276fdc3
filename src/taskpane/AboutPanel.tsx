import { Button, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { HostInfo } from "../excel/types";
import { Section } from "../ui/Section";
import { ui } from "../ui/strings";

const useStyles = makeStyles({
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** Lowest–highest when the versions run without a gap ("1.1–1.17"), else listed. */
function versions(list: readonly string[]): string {
  if (list.length === 0) return ui.about.none;
  const minors = list.map((v) => Number(v.split(".")[1]));
  const contiguous = minors.every((m, i) => i === 0 || m === minors[i - 1] + 1);
  return contiguous && list.length > 2 ? `${list[0]}–${list[list.length - 1]}` : list.join(", ");
}

/** The lines a smoke tester copies into their report (README: "Smoke test with real Excel"). */
export function hostReport(info: HostInfo): string {
  const T = ui.about;
  return [
    `${T.host}: ${info.host || "-"}`,
    `${T.platform}: ${info.platform || "-"}`,
    `${T.version}: ${info.version || "-"}`,
    `${T.excelApi}: ${versions(info.excelApi)}`,
    `${T.browser}: ${info.userAgent || "-"}`,
  ].join("\n");
}

/** Host, platform, version and requirement sets, with a copy button. */
export function AboutPanel(props: { info: HostInfo }) {
  const s = useStyles();
  const text = useMemo(() => hostReport(props.info), [props.info]);
  const [status, setStatus] = useState<"copied" | "failed">();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      // Some webviews refuse the async clipboard: the text stays selectable in the box.
      setStatus("failed");
    }
  };
  return (
    <Section title={ui.about.heading} help={ui.about.help}>
      <Textarea className={s.text} readOnly value={text} rows={5} resize="vertical" aria-label={ui.about.reportLabel} />
      <Button onClick={() => void copy()}>{ui.about.copy}</Button>
      {status ? (
        <p role="status" className={s.status}>
          {status === "copied" ? ui.about.copied : ui.about.copyFailed}
        </p>
      ) : null}
    </Section>
  );
}
