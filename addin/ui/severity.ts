/** Colours by severity, so a planner sees at a glance what must be fixed. */
import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../core";

export const SEVERITY_COLORS: Record<Severity, { border: string; badge: "danger" | "warning" | "informative" }> = {
  error: { border: tokens.colorPaletteRedBorder2, badge: "danger" },
  warning: { border: tokens.colorPaletteDarkOrangeBorder2, badge: "warning" },
  info: { border: tokens.colorPaletteBlueBorderActive, badge: "informative" },
};
