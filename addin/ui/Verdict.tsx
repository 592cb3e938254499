/** The verdict first (passes or not, with counts), then the whole checklist 1.1–4.4 and the families, passing ones shown as passing. */
import { Badge, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Criterion, Finding, Severity } from "../../core";
import { CRITERION_ORDER, criterionLabel, SEVERITY_LABELS, SEVERITY_ORDER } from "../logic/labels";
import type { PaneResult } from "../logic/paneResult";
import { count, useT } from "./i18n";
import { SEVERITY_COLORS } from "./severity";
import { keepWords } from "./ThaiText";

const useStyles = makeStyles({
  verdict: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: "6px solid",
  },
  counts: { display: "flex", gap: "6px", flexWrap: "wrap" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: "2px" },
  row: { display: "flex", gap: "6px", alignItems: "baseline" },
  mark: { flexShrink: 0, width: "1.2em", textAlign: "center", fontWeight: tokens.fontWeightSemibold },
});

type Status = "pass" | Severity;

export function statusOf(findings: Finding[]): Status {
  return SEVERITY_ORDER.find((sev) => findings.some((f) => f.severity === sev)) ?? "pass";
}

export function Verdict({ result }: { result: PaneResult }) {
  const s = useStyles();
  const { t, pick } = useT();
  const passes = result.counts.error === 0;
  const byCriterion = new Map<Criterion, Finding[]>();
  for (const f of result.findings) byCriterion.set(f.criterion, [...(byCriterion.get(f.criterion) ?? []), f]);
  return (
    <>
      <section
        className={s.verdict}
        style={{
          borderLeftColor: passes ? tokens.colorPaletteGreenBorder2 : tokens.colorPaletteRedBorder2,
          backgroundColor: passes ? tokens.colorPaletteGreenBackground1 : tokens.colorPaletteRedBackground1,
        }}
        aria-label={t("verdict")}
        data-testid="verdict"
      >
        <Text weight="semibold" size={400}>
          {passes ? t("verdictPass") : t("verdictFail", { n: count(result.counts.error) })}
        </Text>
        <Caption1>
          {result.province} · {t("total")} {count(result.findings.length)} {t("items")}
        </Caption1>
        <div className={s.counts}>
          {SEVERITY_ORDER.map((sev) => (
            <Badge key={sev} appearance="filled" color={SEVERITY_COLORS[sev].badge} data-severity={sev}>
              {pick(SEVERITY_LABELS[sev])} {count(result.counts[sev])}
            </Badge>
          ))}
        </div>
      </section>
      <section aria-label={t("checklist")}>
        <Text weight="semibold" as="h3" block>
          {t("checklist")}
        </Text>
        <ul className={s.list}>
          {CRITERION_ORDER.filter((c) => !result.criteria || result.criteria.includes(c) || byCriterion.has(c)).map((c) => {
            const found = byCriterion.get(c) ?? [];
            // A year the pack defines no KPI for has nothing to pass on the KPI: say so rather than "passes".
            if (c === "kpi" && !found.length && !result.kpi.length)
              return (
                <li key={c} className={s.row} data-criterion={c} data-status="none">
                  <span className={s.mark} aria-hidden>
                    –
                  </span>
                  <Caption1>
                    {keepWords(pick(criterionLabel(c)))}: {keepWords(t("criterionNoKpi"))}
                  </Caption1>
                </li>
              );
            const status = statusOf(found);
            const color = status === "pass" ? tokens.colorPaletteGreenForeground1 : SEVERITY_COLORS[status].border;
            return (
              <li key={c} className={s.row} data-criterion={c} data-status={status}>
                <span className={s.mark} style={{ color }} aria-hidden>
                  {status === "pass" ? "✓" : status === "info" ? "i" : "✗"}
                </span>
                <Caption1>
                  {keepWords(pick(criterionLabel(c)))}:{" "}
                  {status === "pass" ? t("criterionPass") : `${pick(SEVERITY_LABELS[status])} ${count(found.length)}`}
                </Caption1>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
