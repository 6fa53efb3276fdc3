import { makeStyles, tokens } from "@fluentui/react-components";
import type { OfficeToDo } from "../core/plan/officeToDo";
import { ui } from "./strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  step: { overflowWrap: "break-word", lineHeight: tokens.lineHeightBase300 },
  sub: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  hint: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface WhatNextProps {
  toDo: OfficeToDo;
  /** The software's notes are in the cells (the .xlsx, Excel with ExcelApi 1.18); else listed here. */
  cellNotes: boolean;
  /** Draft cells are marked until edited. */
  draftMarks: boolean;
}

/**
 * What is left to do after generating or downloading, in the order a clerk does it: confirm the
 * drafts, fill in the missing facts, print and sign, send up with the memo, publish under the
 * year's OIT items (named from the catalogue's roles).
 */
export function WhatNext(props: WhatNextProps) {
  const s = useStyles();
  const { toDo } = props;
  const T = ui.whatNext;
  const missing = toDo.missingFacts.map((f) => T.factNames[f]).join(", ");
  // One line per note text, with every cell it is on.
  const notes = new Map<string, string[]>();
  for (const n of toDo.notes) notes.set(n.text, [...(notes.get(n.text) ?? []), T.noteAt(n.sheet, n.cell)]);
  return (
    <section className={s.box} aria-labelledby="what-next">
      <h3 id="what-next" className={s.heading}>
        {T.heading}
      </h3>
      <ol className={s.steps}>
        <li className={s.step}>
          {toDo.draftCount > 0 ? T.drafts(toDo.draftCount) : T.noDrafts}
          {toDo.drafts.length > 0 ? (
            <ul className={s.sub}>
              {toDo.drafts.map((d) => (
                <li key={d.sheet}>{T.draftsWhere(d.sheet, d.ranges.join(", "))}</li>
              ))}
            </ul>
          ) : null}
          {toDo.draftCount > 0 ? (
            <span className={s.hint}>{!props.draftMarks ? T.draftsNotMarked : props.cellNotes ? T.draftsMarked : T.draftsMarkedNoNotes}</span>
          ) : null}
        </li>
        {missing !== "" ? <li className={s.step}>{T.facts(missing)}</li> : null}
        <li className={s.step}>{T.print}</li>
        <li className={s.step}>{T.sendUp}</li>
        <li className={s.step}>
          {toDo.publish.length > 0 ? T.publish(toDo.publish.map((p) => T.publishItem(T.documents[p.role], p.code, p.title, p.year)).join("; ")) : T.publishUnknown}
        </li>
      </ol>
      {!props.cellNotes && notes.size > 0 ? (
        <>
          <h4 className={s.heading}>{T.notesHeading(toDo.notes.length)}</h4>
          <ul className={s.sub}>
            {[...notes].map(([text, where]) => (
              <li key={text}>
                {text} — {where.join(", ")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
