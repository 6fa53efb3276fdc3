import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { agencyTerms, chainPositions } from "../core/agency";
import { EMBLEM_MAX_BYTES, emblemDataUrl, emblemFromBytes } from "../core/emblem";
import { formatBytes as sizeText } from "../core/limits";
import { CHAIN_LIMIT, type DocumentFacts } from "../core/plan/settings";
import { longThaiDate, parseThaiDate, shortThaiDate, todayIso } from "../core/text/thaiDate";
import { parseDocumentFacts } from "../core/userSettings";
import { readBytes } from "./fileBytes";
import { Notice } from "./Notice";
import { ui } from "./strings";
import { disclosureSummary } from "./theme";

const useStyles = makeStyles({
  details: { minWidth: 0 },
  summary: disclosureSummary,
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS, minWidth: 0 },
  help: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: 0, maxWidth: "100%" },
  // Two short fields side by side where the pane is wide enough, one above the other where not.
  pair: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, "& > *": { flex: "1 1 10em", minWidth: 0 } },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  // A native input is 20 characters wide unless told otherwise: it must shrink to a narrow pane.
  input: { width: "100%", minWidth: 0 },
  dateInput: { flex: "1 1 10em", minWidth: 0 },
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  stepHead: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minHeight: "24px" },
  stepTitle: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "break-word", minWidth: 0 },
  thumb: {
    width: "56px",
    height: "56px",
    objectFit: "contain",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "#fff",
  },
  fileInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden", pointerEvents: "none" },
});

interface PersonDraft {
  name: string;
  position: string;
}

interface Drafts {
  district: string;
  province: string;
  office: string;
  number: string;
  date: string;
  round: "" | "6" | "12";
  preparer: PersonDraft;
  /** undefined until the user edits the chain: the documents then use the default chain. */
  chain?: PersonDraft[];
}

const person = (p: { name?: string; position?: string } | undefined): PersonDraft => ({ name: p?.name ?? "", position: p?.position ?? "" });

function draftsOf(v: DocumentFacts | undefined): Drafts {
  return {
    district: v?.district ?? "",
    province: v?.province ?? "",
    office: v?.office ?? "",
    number: v?.number ?? "",
    date: v?.date ? shortThaiDate(v.date) : "",
    round: v?.round === 6 ? "6" : v?.round === 12 ? "12" : "",
    preparer: person(v?.preparer),
    ...(v?.chain ? { chain: v.chain.map(person) } : {}),
  };
}

/** The facts the drafts say, by the same rules as reading stored settings (trimmed, cut to length). */
function factsOf(d: Drafts, emblem: DocumentFacts["emblem"]): DocumentFacts | undefined {
  const date = parseThaiDate(d.date);
  return parseDocumentFacts({
    district: d.district,
    province: d.province,
    office: d.office,
    number: d.number,
    ...(date ? { date } : {}),
    ...(d.round !== "" ? { round: Number(d.round) } : {}),
    preparer: d.preparer,
    ...(d.chain ? { chain: d.chain } : {}),
    ...(emblem ? { emblem } : {}),
  });
}

/** How many facts are given, for the closed section's title. */
function filledCount(v: DocumentFacts | undefined): number {
  if (!v) return 0;
  const people = [v.preparer, ...(v.chain ?? [])].filter((p) => p && (p.name || p.position)).length;
  return (["district", "province", "office", "number", "date", "round", "emblem"] as const).filter((k) => v[k] !== undefined).length + people;
}

export interface DocumentFieldsProps {
  /** Stored facts when the fields mount (the settings panel remounts them with settings loaded later). */
  value: DocumentFacts | undefined;
  onChange: (next: DocumentFacts | undefined) => void;
  /** The agency the report is for (set or read): the chain's positions and examples are in its words. */
  agency: string | undefined;
  onInvalidChange?: (invalid: boolean) => void;
}

/**
 * The facts of the cover, the approval memo and the signature blocks, closed by default so the
 * first screen stays short. Every field may stay empty (the documents print a dotted line there).
 */
export function DocumentFields(props: DocumentFieldsProps) {
  const s = useStyles();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(props.value));
  const [emblemError, setEmblemError] = useState<string>();
  const [open, setOpen] = useState(false);
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const emblem = props.value?.emblem;
  const terms = agencyTerms(props.agency);

  const dateBad = drafts.date.trim() !== "" && parseThaiDate(drafts.date) === undefined;
  const { onInvalidChange } = props;
  useEffect(() => {
    onInvalidChange?.(dateBad);
  }, [dateBad, onInvalidChange]);

  /** New drafts (and, when given, a new emblem: `null` removes it) → the facts the settings keep. */
  const update = (next: Drafts, nextEmblem?: DocumentFacts["emblem"] | null) => {
    setDrafts(next);
    props.onChange(factsOf(next, nextEmblem === null ? undefined : (nextEmblem ?? emblem)));
  };
  const text = (key: "district" | "province" | "office" | "number" | "date") => (value: string) => update({ ...drafts, [key]: value });

  const chainCount = drafts.chain?.length ?? 3;
  const chain = drafts.chain ?? [person(undefined), person(undefined), person(undefined)];
  const defaults = chainPositions(terms, chainCount);
  const setStep = (i: number, part: keyof PersonDraft, value: string) =>
    update({ ...drafts, chain: chain.map((p, j) => (j === i ? { ...p, [part]: value } : p)) });
  const addStep = () => update({ ...drafts, chain: [...chain, person(undefined)] });
  const removeStep = (i: number) => update({ ...drafts, chain: chain.filter((_, j) => j !== i) });

  const onEmblemFile = async (file: File | undefined) => {
    if (!file) return;
    setEmblemError(undefined);
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
    } catch {
      setEmblemError(ui.document.emblemUnreadable(file.name));
      return;
    }
    const result = emblemFromBytes(bytes);
    if (!result.ok) {
      setEmblemError(
        result.reason === "empty"
          ? ui.document.emblemEmpty(file.name)
          : result.reason === "notImage"
            ? ui.document.emblemNotImage(file.name)
            : ui.document.emblemTooLarge(file.name, sizeText(result.bytes), sizeText(EMBLEM_MAX_BYTES)),
      );
      return;
    }
    update(drafts, result.emblem);
  };

  const parsedDate = parseThaiDate(drafts.date);
  const filled = filledCount(props.value);

  return (
    <details className={s.details} open={open}>
      <summary
        className={s.summary}
        onClick={(e) => {
          // Opened and closed here, so the fields are drawn only while open (the closed panel stays light).
          e.preventDefault();
          setOpen((o) => !o);
        }}
      >
        {ui.document.heading}
        {filled > 0 ? ui.document.filled(filled) : ""}
      </summary>
      {open ? (
        <div className={s.body}>
          <p className={s.help}>{ui.document.help}</p>
          <Field label={ui.document.office}>
            <Input
              className={s.input}
              value={drafts.office}
              placeholder={ui.document.officePlaceholder(terms.secretaryOffice, props.agency)}
              onChange={(_, d) => text("office")(d.value)}
            />
          </Field>
          <div className={s.pair}>
            <Field label={ui.document.district}>
              <Input className={s.input} value={drafts.district} onChange={(_, d) => text("district")(d.value)} />
            </Field>
            <Field label={ui.document.province}>
              <Input className={s.input} value={drafts.province} onChange={(_, d) => text("province")(d.value)} />
            </Field>
          </div>
          <Field label={ui.document.number}>
            <Input className={s.input} value={drafts.number} placeholder={ui.document.numberPlaceholder} onChange={(_, d) => text("number")(d.value)} />
          </Field>
          <Field
            label={ui.document.date}
            validationState={dateBad ? "error" : parsedDate ? "success" : "none"}
            validationMessage={dateBad ? ui.document.dateInvalid : parsedDate ? ui.document.dateMeans(longThaiDate(parsedDate)) : undefined}
          >
            <div className={s.row}>
              <Input className={s.dateInput} value={drafts.date} placeholder={ui.document.datePlaceholder} onChange={(_, d) => text("date")(d.value)} />
              <Button onClick={() => text("date")(shortThaiDate(todayIso()))}>{ui.document.today}</Button>
            </div>
          </Field>
          <Field label={ui.document.round}>
            <Select className={s.select} value={drafts.round} onChange={(_, d) => update({ ...drafts, round: d.value as Drafts["round"] })}>
              <option value="">{ui.document.roundNone}</option>
              <option value="6">{ui.document.round6}</option>
              <option value="12">{ui.document.round12}</option>
            </Select>
          </Field>

          <fieldset className={s.group}>
            <legend className={s.legend}>{ui.document.preparer}</legend>
            <div className={s.pair}>
              <Field label={ui.document.name}>
                <Input
                  className={s.input}
                  value={drafts.preparer.name}
                  placeholder={ui.document.namePlaceholder}
                  onChange={(_, d) => update({ ...drafts, preparer: { ...drafts.preparer, name: d.value } })}
                />
              </Field>
              <Field label={ui.document.position}>
                <Input
                  className={s.input}
                  value={drafts.preparer.position}
                  placeholder={ui.document.positionPlaceholder}
                  onChange={(_, d) => update({ ...drafts, preparer: { ...drafts.preparer, position: d.value } })}
                />
              </Field>
            </div>
          </fieldset>

          <fieldset className={s.group}>
            <legend className={s.legend}>{ui.document.chain}</legend>
            <p className={s.help}>{ui.document.chainHelp}</p>
            {chain.map((p, i) => (
              <div key={i} className={s.step} role="group" aria-label={ui.document.step(i + 1)}>
                <div className={s.stepHead}>
                  <span className={s.stepTitle}>{i === chain.length - 1 && chain.length > 1 ? ui.document.lastStep(i + 1) : ui.document.step(i + 1)}</span>
                  {chain.length > 1 ? (
                    <Button size="small" appearance="subtle" aria-label={ui.document.removeStep(i + 1)} onClick={() => removeStep(i)}>
                      {ui.document.remove}
                    </Button>
                  ) : null}
                </div>
                <div className={s.pair}>
                  <Field label={ui.document.stepName(i + 1)}>
                    <Input className={s.input} value={p.name} placeholder={ui.document.name} onChange={(_, d) => setStep(i, "name", d.value)} />
                  </Field>
                  <Field label={ui.document.stepPosition(i + 1)}>
                    <Input
                      className={s.input}
                      value={p.position}
                      placeholder={defaults[i] || ui.document.position}
                      onChange={(_, d) => setStep(i, "position", d.value)}
                    />
                  </Field>
                </div>
              </div>
            ))}
            {chain.length < CHAIN_LIMIT ? (
              <div className={s.row}>
                <Button onClick={addStep}>{ui.document.addStep}</Button>
              </div>
            ) : null}
          </fieldset>

          <fieldset className={s.group}>
            <legend className={s.legend}>{ui.document.emblem}</legend>
            <p className={s.help}>{ui.document.emblemHelp(sizeText(EMBLEM_MAX_BYTES))}</p>
            <div className={s.row}>
              {emblem ? <img className={s.thumb} src={emblemDataUrl(emblem)} alt={ui.document.emblemAlt} /> : null}
              <Button onClick={() => fileInput.current?.click()} aria-describedby={`${fileId}-state`}>
                {ui.document.chooseEmblem}
              </Button>
              <span id={`${fileId}-state`} className={s.muted}>
                {emblem
                  ? ui.document.emblemChosen(emblem.extension === "png" ? "PNG" : "JPEG", sizeText(Math.floor((emblem.base64.length * 3) / 4)))
                  : ui.document.noEmblem}
              </span>
              {emblem ? (
                <Button appearance="subtle" onClick={() => update(drafts, null)}>
                  {ui.document.removeEmblem}
                </Button>
              ) : null}
            </div>
            <input
              ref={fileInput}
              id={fileId}
              className={s.fileInput}
              type="file"
              tabIndex={-1}
              aria-hidden="true"
              aria-label={ui.document.emblem}
              accept=".png,.jpg,.jpeg,image/png,image/jpeg"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                void onEmblemFile(file);
              }}
            />
            {emblemError ? <Notice intent="error">{emblemError}</Notice> : null}
          </fieldset>
        </div>
      ) : null}
    </details>
  );
}
