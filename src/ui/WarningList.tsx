import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Warning } from "../core/model";
import { cellAddress } from "../core/reader/address";
import { ui } from "./strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "break-word", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  cell: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  go: { fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
});

export interface WarningListProps {
  warnings: readonly Warning[];
  /** Pane only: select a cell of the sheet the scores were read from. */
  onSelectCell?: (cell: string) => void;
  /** Sheet column of the table's first column: a warning that names only a row goes there. */
  firstColumn?: number;
}

/**
 * Every warning with where it is. In the pane each located warning gets a link (an inline,
 * underlined button: it selects a cell, it navigates nowhere) to its cell or the first cell of
 * its row; on the browser page the address is shown as text.
 */
export function WarningList(props: WarningListProps) {
  const s = useStyles();
  if (props.warnings.length === 0) return null;
  const select = props.onSelectCell;
  return (
    <ul className={s.list}>
      {props.warnings.map((w, i) => {
        const target = w.cell ?? (w.row !== undefined && props.firstColumn !== undefined ? cellAddress(w.row, props.firstColumn) : undefined);
        return (
          <li key={i} className={s.item}>
            {w.message}{" "}
            {select && target ? (
              <Link as="button" inline className={s.go} onClick={() => select(target)}>
                {w.cell ? ui.review.goToCell(w.cell) : ui.review.goToRow(w.row as number)}
              </Link>
            ) : w.cell ? (
              <span className={s.cell}>({ui.review.atCell(w.cell)})</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
