/** A clickable entry of a list that takes the planner to a cell (findings, projects over the ceiling): one look for both. */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const CELL_LINK_ITEM: GriffelStyle = {
  display: "block",
  textAlign: "left",
  width: "100%",
  padding: "6px 8px",
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderLeftWidth: "4px",
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  cursor: "pointer",
  fontFamily: "inherit",
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
};
