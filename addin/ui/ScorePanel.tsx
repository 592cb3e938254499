/** คำนวณคะแนน: the KPI 3.6 card: level, score, weighted score, each level's reasons, formula differences. */
import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { formatNumber, type CheckResult, type KpiResult } from "../../core";
import type { FormulaDifference } from "../logic/results";
import { useT } from "./i18n";
import { PackLine } from "./PackLine";
import { keepWords } from "./ThaiText";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "8px" },
  figures: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: "6px", textAlign: "center" },
  figure: {
    display: "flex",
    flexDirection: "column",
    padding: "6px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  level: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    alignItems: "flex-start",
    padding: "6px 0",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  badge: { whiteSpace: "nowrap" },
  reasons: { margin: 0, paddingLeft: "4px", listStyleType: "none" },
});

export interface ScorePanelProps {
  kpis: KpiResult[] | null;
  /** The bundled rule pack the check used (the one matching the workbook's year, or the nearest earlier). */
  pack?: CheckResult["pack"];
  differences: FormulaDifference[];
  /** The workbook's fiscal year, named when its pack defines no KPI for it. */
  fiscalYear?: number | string | null;
  busy: boolean;
  onScore(): void;
}

function KpiCard({ k, differences }: { k: KpiResult; differences: FormulaDifference[] }) {
  const s = useStyles();
  const { t, pick } = useT();
  return (
    <Card>
      <CardHeader
        header={<Text weight="semibold">{keepWords(pick(k.title))}</Text>}
        description={<Caption1>{keepWords(pick(k.summary))}</Caption1>}
      />
      {/* Where the template's own formula cells disagree, the real reason comes first. */}
      {differences.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("formulaDiffers")}</MessageBarTitle>
            {differences.map((d) => (
              <div key={d.field}>
                {d.field === "level" ? t("level") : t("weighted")}: {t("formulaValue")} {String(d.formula)} · {t("computedValue")}{" "}
                {d.computed ?? "-"}. {pick(d.why)}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {k.assessed ? (
        <div className={s.figures}>
          <div className={s.figure}>
            <Caption1>{t("level")}</Caption1>
            <span className={s.big} data-testid="kpi-level">
              {k.level}
            </span>
          </div>
          <div className={s.figure}>
            <Caption1>{t("score")}</Caption1>
            <span className={s.big} data-testid="kpi-score">
              {formatNumber(k.score)}
            </span>
          </div>
          <div className={s.figure}>
            <Caption1>{keepWords(t("weighted"))}</Caption1>
            <span className={s.big} data-testid="kpi-weighted">
              {formatNumber(k.weighted, { decimals: 4 })}
            </span>
          </div>
        </div>
      ) : (
        <Badge appearance="tint" color="informative">
          {t("notAssessed")}
        </Badge>
      )}
      {k.assessed && (
        <Caption1>
          {t("weight")} {formatNumber(k.weight)}%
        </Caption1>
      )}
      {k.working && <Caption1>{pick(k.working)}</Caption1>}
      {k.levels.length > 0 && <Caption1>{keepWords(t("levelsCumulative"))}</Caption1>}
      {k.levels.map((l) => (
        <div key={l.level} className={s.level} data-level={l.level}>
          <Badge appearance="filled" color={l.met ? "success" : "danger"} className={s.badge}>
            {t("level")} {l.level}: {l.met ? t("passed") : t("notPassed")}
          </Badge>
          <ul className={s.reasons}>
            {l.steps.flatMap((st) =>
              st.reasons.map((r, i) => (
                <li key={`${st.code}-${i}`}>
                  <Caption1>
                    {st.met ? "✓" : "✗"} {st.code}: {pick(r)}
                  </Caption1>
                </li>
              )),
            )}
          </ul>
        </div>
      ))}
    </Card>
  );
}

export function ScorePanel({ kpis, pack, differences, fiscalYear, busy, onScore }: ScorePanelProps) {
  const s = useStyles();
  const { t } = useT();
  return (
    <div className={s.stack}>
      <Caption1>{keepWords(t("scoreIntro"))}</Caption1>
      <Button appearance="primary" onClick={onScore} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t("scoring") : t("runScore")}
      </Button>
      {/* The result is announced when it arrives, as the findings are. */}
      <div aria-live="polite" className={s.stack} data-testid="score-result">
        {kpis && pack && <PackLine pack={pack} testId="kpi-pack" />}
        {kpis && kpis.length === 0 && (
          <Card>
            {/* A year the pack defines no KPI for is not a province left unassessed: say which. */}
            <Text data-testid="kpi-none">
              {pack && fiscalYear ? t("noKpiForYear", { id: pack.id, year: String(fiscalYear) }) : t("noKpi")}
            </Text>
          </Card>
        )}
        {kpis?.map((k) => (
          <KpiCard key={k.kpiId} k={k} differences={differences} />
        ))}
      </div>
    </div>
  );
}
