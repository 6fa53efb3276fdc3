import { tokens, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Fluent's default font stack has no Thai face; without this Thai falls back to whatever the
 * WebView picks, often with clipped vowels. Leelawadee UI ships with Windows, Tahoma everywhere.
 */
export const THAI_FONT_STACK = '"Leelawadee UI", "Segoe UI", Tahoma, "Noto Sans Thai", sans-serif';

export const thaiTheme: Theme = { ...webLightTheme, fontFamilyBase: THAI_FONT_STACK };

/** The clickable heading of a <details> section, the same on every panel. */
export const disclosureSummary = {
  cursor: "pointer",
  fontWeight: tokens.fontWeightSemibold,
  paddingTop: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalXS,
  ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
} as const;
