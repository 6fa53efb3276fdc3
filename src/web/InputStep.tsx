import { Button, Field, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { Section } from "../ui/Section";
import { Status } from "../ui/Status";
import { ui } from "../ui/strings";
import { FilePicker } from "./FilePicker";
import type { WebModel } from "./useWebApp";

const useStyles = makeStyles({
  paste: { minHeight: "6em" },
  select: { minWidth: 0, maxWidth: "100%" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export const SCORE_FILES =
  ".xlsx,.xlsm,.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Marks the box whose paste the page-level paste handler takes (see WebApp). */
export const PASTE_TARGET_ATTR = "data-paste-target";

/** Open a file, or paste the ITAS table (handled page-wide; this box is where users aim). */
export function InputStep(props: { web: WebModel }) {
  const s = useStyles();
  const { web } = props;
  const [typed, setTyped] = useState("");
  const busy = web.busy !== undefined;
  const workbook = web.workbook;
  return (
    <Section title={ui.web.heading} help={ui.web.help}>
      <FilePicker
        label={ui.web.fileLabel}
        accept={SCORE_FILES}
        disabled={busy}
        {...(web.input?.kind === "paste" ? { replacedBy: web.input.id } : {})}
        onFile={(file) => file && void web.openFile(file)}
      />
      {workbook && workbook.sheetNames.length > 1 ? (
        <Field label={ui.web.sheetLabel}>
          <Select className={s.select} value={workbook.sheetName} disabled={busy} onChange={(_, d) => void web.openFile(workbook.file, d.value)}>
            {workbook.sheetNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={ui.web.pasteLabel} hint={ui.web.pasteHelp}>
        <Textarea
          className={s.paste}
          resize="vertical"
          value={typed}
          placeholder={ui.web.pastePlaceholder}
          textarea={{ [PASTE_TARGET_ATTR]: "" } as Record<string, string>}
          onChange={(_, d) => setTyped(d.value)}
        />
      </Field>
      {typed.trim() !== "" ? (
        <div className={s.row}>
          <Button disabled={busy} onClick={() => void web.paste({ kind: "text", text: typed })}>
            {ui.web.readTyped}
          </Button>
        </div>
      ) : null}
      {web.step === "input" ? <Status busy={web.busy} error={web.error} /> : null}
    </Section>
  );
}
