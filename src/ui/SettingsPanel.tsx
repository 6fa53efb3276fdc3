import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { disclosureSummary } from "./theme";
import { useEffect, useState } from "react";
import type { DigitStyle, LayoutKind } from "../core/model";
import { DEFAULT_FONT, isFontSizeAllowed } from "../core/plan/settings";
import type { UserSettings } from "../core/userSettings";
import { parseTypedNumber } from "./format";
import type { UnitGroup } from "./report";
import { DocumentFields } from "./DocumentFields";
import { Section } from "./Section";
import { ui } from "./strings";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  details: { minWidth: 0 },
  // A native select is as wide as its longest option unless told it may shrink.
  select: { minWidth: 0, maxWidth: "100%" },
  summary: disclosureSummary,
  units: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS },
  help: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface SettingsPanelProps {
  /** Stored settings when the panel mounts; remount (key) to show settings loaded later. */
  value: UserSettings;
  onChange: (next: UserSettings) => void;
  /** What the paste says, shown as placeholders so an empty field visibly means "as read". */
  detected: { year?: number; agency?: string };
  unitGroups: { kind: "issues" | "tools"; groups: readonly UnitGroup[] };
  /** Where the settings are kept, told to the user. */
  storageNote: string;
  /** Told whether a field holds a value that is not allowed, so the page can hold back its output. */
  onInvalidChange?: (invalid: boolean) => void;
}

type Drafts = Record<"agency" | "year" | "target" | "fontName" | "fontSize", string>;

const splitUnits = (text: string): string[] => text.split(/[,;\n،]+/).map((u) => u.trim()).filter((u) => u !== "");

/**
 * The report settings (the same on both pages). Fields keep what is typed; the settings get only
 * valid values, and an invalid one says what is allowed.
 */
export function SettingsPanel(props: SettingsPanelProps) {
  const s = useStyles();
  const v = props.value;
  const [drafts, setDrafts] = useState<Drafts>({
    agency: v.agency ?? "",
    year: v.year?.toString() ?? "",
    target: v.target?.toString() ?? "",
    fontName: v.fontName ?? "",
    fontSize: v.fontSize?.toString() ?? "",
  });
  const [unitDrafts, setUnitDrafts] = useState<Record<number, string>>(() =>
    Object.fromEntries(Object.entries(v.units ?? {}).map(([k, list]) => [k, list.join(", ")])),
  );

  const set = <K extends keyof UserSettings>(key: K, value: UserSettings[K] | undefined) => {
    const next = { ...props.value };
    if (value === undefined) delete next[key];
    else next[key] = value;
    props.onChange(next);
  };
  const draft = (key: keyof Drafts, text: string) => setDrafts((d) => ({ ...d, [key]: text }));

  const year = parseTypedNumber(drafts.year);
  const yearBad = drafts.year.trim() !== "" && (year === undefined || !Number.isInteger(year) || year < 2557 || year > 2650);
  const target = parseTypedNumber(drafts.target);
  const targetBad = drafts.target.trim() !== "" && (target === undefined || target <= 0 || target > 100);
  const size = parseTypedNumber(drafts.fontSize);
  const sizeBad = drafts.fontSize.trim() !== "" && (size === undefined || !isFontSizeAllowed(size));
  const [documentBad, setDocumentBad] = useState(false);
  const invalid = yearBad || targetBad || sizeBad || documentBad;
  const { onInvalidChange } = props;
  useEffect(() => onInvalidChange?.(invalid), [invalid, onInvalidChange]);

  const onUnits = (n: number, text: string) => {
    setUnitDrafts((d) => ({ ...d, [n]: text }));
    const units = { ...(props.value.units ?? {}) };
    const list = splitUnits(text);
    if (list.length > 0) units[n] = list;
    else delete units[n];
    set("units", Object.keys(units).length > 0 ? units : undefined);
  };

  return (
    <Section title={ui.settings.heading} help={`${ui.settings.help} ${props.storageNote}`}>
      <div className={s.grid}>
        <Field label={ui.settings.agency}>
          <Input
            value={drafts.agency}
            placeholder={props.detected.agency ?? ui.settings.agencyPlaceholder}
            onChange={(_, d) => {
              draft("agency", d.value);
              set("agency", d.value.trim() === "" ? undefined : d.value.trim());
            }}
          />
        </Field>
          <Field label={ui.settings.year} validationState={yearBad ? "error" : "none"} validationMessage={yearBad ? ui.settings.yearInvalid : undefined}>
            <Input
              inputMode="numeric"
              value={drafts.year}
              placeholder={props.detected.year?.toString() ?? ""}
              onChange={(_, d) => {
                draft("year", d.value);
                const n = parseTypedNumber(d.value);
                set("year", n !== undefined && Number.isInteger(n) && n >= 2557 && n <= 2650 ? n : undefined);
              }}
            />
          </Field>
          <Field
            label={ui.settings.target}
            hint={targetBad ? undefined : ui.settings.targetHelp}
            validationState={targetBad ? "error" : "none"}
            validationMessage={targetBad ? ui.settings.targetInvalid : undefined}
          >
            <Input
              inputMode="decimal"
              value={drafts.target}
              placeholder="100"
              onChange={(_, d) => {
                draft("target", d.value);
                const n = parseTypedNumber(d.value);
                set("target", n !== undefined && n > 0 && n <= 100 ? n : undefined);
              }}
            />
          </Field>
        <Field label={ui.settings.layout}>
          <Select className={s.select} value={v.layout ?? ""} onChange={(_, d) => set("layout", d.value === "" ? undefined : (d.value as LayoutKind))}>
            <option value="">{ui.settings.layoutAuto}</option>
            <option value="issues">{ui.settings.layoutIssues}</option>
            <option value="tools">{ui.settings.layoutTools}</option>
          </Select>
        </Field>
        <Field label={ui.settings.digits} hint={ui.settings.digitsHelp}>
          <Select className={s.select} value={v.digits ?? "thai"} onChange={(_, d) => set("digits", d.value as DigitStyle)}>
            <option value="thai">{ui.settings.digitsThai}</option>
            <option value="arabic">{ui.settings.digitsArabic}</option>
          </Select>
        </Field>
          <Field label={ui.settings.fontName}>
            <Input
              value={drafts.fontName}
              placeholder={DEFAULT_FONT.name}
              onChange={(_, d) => {
                draft("fontName", d.value);
                set("fontName", d.value.trim() === "" ? undefined : d.value.trim());
              }}
            />
          </Field>
          <Field label={ui.settings.fontSize} validationState={sizeBad ? "error" : "none"} validationMessage={sizeBad ? ui.settings.fontSizeInvalid : undefined}>
            <Input
              inputMode="numeric"
              value={drafts.fontSize}
              placeholder={String(DEFAULT_FONT.size)}
              onChange={(_, d) => {
                draft("fontSize", d.value);
                const n = parseTypedNumber(d.value);
                set("fontSize", n !== undefined && isFontSizeAllowed(n) ? n : undefined);
              }}
            />
          </Field>
        {props.unitGroups.groups.length > 0 ? (
          <details className={s.details}>
            <summary className={s.summary}>{props.unitGroups.kind === "issues" ? ui.settings.unitsHeading : ui.settings.unitsHeadingTools}</summary>
            <div className={s.units}>
              <p className={s.help}>{ui.settings.unitsHelp}</p>
              {props.unitGroups.groups.map((g) => (
                <Field key={g.number} label={props.unitGroups.kind === "issues" ? ui.settings.issueLabel(g.number, g.title) : ui.settings.indicatorLabel(g.number, g.title)}>
                  <Input value={unitDrafts[g.number] ?? ""} placeholder={g.defaults.join(", ")} onChange={(_, d) => onUnits(g.number, d.value)} />
                </Field>
              ))}
            </div>
          </details>
        ) : null}
        <DocumentFields
          value={v.document}
          agency={v.agency ?? props.detected.agency}
          onChange={(document) => set("document", document)}
          onInvalidChange={setDocumentBad}
        />
      </div>
    </Section>
  );
}
