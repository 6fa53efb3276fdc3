import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ui } from "./strings";
import { thaiTheme } from "./theme";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    boxSizing: "border-box",
    maxWidth: "52rem",
    marginLeft: "auto",
    marginRight: "auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // Thai has no spaces between words: a run too long for the line breaks instead of widening
    // the pane. Not "anywhere": that shrinks min-content and splits words inside buttons.
    overflowWrap: "break-word",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
});

/** Theme (Thai font stack), page width and the title, shared by the pane and the browser page. */
export function Shell(props: { children?: ReactNode }) {
  const s = useStyles();
  return (
    <FluentProvider theme={thaiTheme} className={s.provider}>
      <main className={s.main}>
        <header>
          <h1 className={s.title}>{ui.appTitle}</h1>
          <p className={s.subtitle}>{ui.appSubtitle}</p>
        </header>
        {props.children}
      </main>
    </FluentProvider>
  );
}
