/** ตรวจสอบ: findings grouped by criterion and severity, with counts; a click selects the cell. */
import { Badge, Button, Caption1, Card, makeStyles, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { CheckResult, Finding, Severity } from "../../core";
import { CRITERION_ORDER, criterionLabel, SEVERITY_LABELS, SEVERITY_ORDER } from "../logic/labels";
import { useT } from "./i18n";
import { SEVERITY_COLORS } from "./severity";

/** Findings shown per criterion; the full list is in the ผลการตรวจ sheet. */
const SHOWN_PER_GROUP = 50;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "8px" },
  counts: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  group: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "8px" },
  groupHead: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: "6px" },
  groupCounts: { display: "flex", gap: "4px", flexShrink: 0, paddingTop: "2px" },
  item: {
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
  },
  where: { color: tokens.colorNeutralForeground3 },
});

export interface FindingsPanelProps {
  result: CheckResult | null;
  busy: boolean;
  onCheck(): void;
  onSelect(f: Finding): void;
}

function countBy(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function FindingsPanel({ result, busy, onCheck, onSelect }: FindingsPanelProps) {
  const s = useStyles();
  const { t, pick, lang } = useT();
  const groups = CRITERION_ORDER.map((c) => ({ criterion: c, findings: (result?.findings ?? []).filter((f) => f.criterion === c) }))
    .filter((g) => g.findings.length)
    .map((g) => ({
      ...g,
      findings: [...g.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
    }));
  const counts = countBy(result?.findings ?? []);
  return (
    <div className={s.stack}>
      <Caption1>{t("checkIntro")}</Caption1>
      <Button appearance="primary" onClick={onCheck} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t("checking") : t("runCheck")}
      </Button>
      {result && (
        <>
          <Subtitle2 as="h2">
            {t("findingsOf")} {result.province} · {t("total")} {result.findings.length} {t("items")}
          </Subtitle2>
          <div className={s.counts} aria-label="counts">
            {SEVERITY_ORDER.map((sev) => (
              <Badge key={sev} appearance="filled" color={SEVERITY_COLORS[sev].badge} data-severity={sev}>
                {pick(SEVERITY_LABELS[sev])} {counts[sev]}
              </Badge>
            ))}
          </div>
          {result.findings.length === 0 ? (
            <Card>
              <Text>{t("noFindings")}</Text>
            </Card>
          ) : (
            <Caption1>{t("clickToGo")}</Caption1>
          )}
          {groups.map((g) => {
            const c = countBy(g.findings);
            return (
              <section key={g.criterion} className={s.group} aria-label={pick(criterionLabel(g.criterion))}>
                <div className={s.groupHead}>
                  <Text weight="semibold" as="h3">
                    {pick(criterionLabel(g.criterion))}
                  </Text>
                  <span className={s.groupCounts}>
                    {SEVERITY_ORDER.filter((sev) => c[sev]).map((sev) => (
                      <Badge key={sev} size="small" appearance="tint" color={SEVERITY_COLORS[sev].badge}>
                        {c[sev]}
                      </Badge>
                    ))}
                  </span>
                </div>
                {g.findings.slice(0, SHOWN_PER_GROUP).map((f, i) => (
                  <button
                    key={i}
                    type="button"
                    className={s.item}
                    style={{ borderLeftColor: SEVERITY_COLORS[f.severity].border }}
                    onClick={() => onSelect(f)}
                    data-finding={f.ruleId}
                    data-sheet={f.sheet}
                    data-cell={f.cell}
                  >
                    <Text block size={300}>
                      <b>{pick(SEVERITY_LABELS[f.severity])}:</b> {lang === "th" ? f.message : f.messageEn}
                    </Text>
                    <Caption1 block className={s.where}>
                      {t("sheetCell")} {f.sheet} · {t("cell")} {f.cell}
                      {f.project ? ` · ${f.project}` : ""}
                    </Caption1>
                    <Caption1 block>
                      {t("fix")}: {lang === "th" ? f.fix : f.fixEn}
                    </Caption1>
                  </button>
                ))}
                {g.findings.length > SHOWN_PER_GROUP && <Caption1>{t("more", { n: g.findings.length - SHOWN_PER_GROUP })}</Caption1>}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
