import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { ui } from "../ui/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { color: tokens.colorNeutralForeground2, overflowWrap: "break-word", minWidth: 0 },
  // The native control stays in the page (the button opens it) but is not drawn, focused or
  // announced: its own button text follows the browser's language, not Thai.
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden", pointerEvents: "none" },
});

/**
 * A Thai file button: the browser's own file input shows English text in many installs.
 * `replacedBy` changes when something else takes the file's place (a new paste): the chosen
 * name then goes, so it never seems to be in use when it is not.
 */
export function FilePicker(props: { label: string; accept: string; disabled?: boolean; replacedBy?: number; onFile: (file: File | undefined) => void }) {
  const s = useStyles();
  const id = useId();
  const nameId = useId();
  const labelId = useId();
  const buttonId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string>();
  const { replacedBy } = props;
  useEffect(() => {
    if (replacedBy !== undefined) setName(undefined);
  }, [replacedBy]);
  return (
    <div className={s.root}>
      <label id={labelId} htmlFor={id} className={s.label}>
        {props.label}
      </label>
      <div className={s.row}>
        <Button disabled={props.disabled} aria-labelledby={`${labelId} ${buttonId}`} id={buttonId} aria-describedby={nameId} onClick={() => input.current?.click()}>
          {ui.web.chooseFile}
        </Button>
        <span id={nameId} className={s.name}>
          {name ?? ui.web.noFile}
        </span>
      </div>
      <input
        ref={input}
        id={id}
        className={s.input}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          setName(file?.name);
          props.onFile(file);
          e.currentTarget.value = ""; // choosing the same file again reads it again
        }}
      />
    </div>
  );
}
