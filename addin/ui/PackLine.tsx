/** Which rule pack the pane works under: its id, fiscal years and legal regime, and whether it stands in for an uncovered year. */
import { Caption1 } from "@fluentui/react-components";
import { bundledPack, type CheckResult } from "../../core";
import { useT } from "./i18n";
import { keepWords } from "./ThaiText";

export type PackInUse = NonNullable<CheckResult["pack"]>;

export function packYears(pack: Pick<PackInUse, "fiscalYears">): string {
  const { from, to } = pack.fiscalYears;
  return from === to ? String(from) : `${from}–${to}`;
}

export function PackLine({ pack, testId }: { pack: PackInUse; testId: string }) {
  const { t, pick } = useT();
  const regime = bundledPack(pack.id)?.regime;
  return (
    <Caption1 data-testid={testId} block>
      {keepWords(t(pack.covers ? "packUsed" : "packStandIn", { id: pack.id, years: packYears(pack) }))}
      {regime ? keepWords(` · ${pick(regime)}`) : ""}
    </Caption1>
  );
}
