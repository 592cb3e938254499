/**
 * สร้างแม่แบบ: creates the template sheets in a blank workbook from the core schema, for the
 * fiscal year the planner names: the pack covering it (as `phaen new` chooses) decides the
 * features (the FY2570 pack's alignment columns and 20-year goal sheet), the plan period and the
 * approval steps. A failure is reported, with the fix.
 */
import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import { fiscalYearOf, type Bilingual, type WorkbookFeature } from "../../core";
import type { ScaffoldOutcome } from "../logic/port";
import { packForYear } from "../logic/scaffold";
import { useT, type StringKey } from "./i18n";
import { PackLine } from "./PackLine";
import { keepWords } from "./ThaiText";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: "8px" }, thai: { wordBreak: "keep-all" } });

const FEATURE_LABELS: Record<WorkbookFeature, StringKey> = {
  alignment: "featureAlignment",
  goal20: "featureGoal20",
  review: "featureReview",
};

/** Four digits in the Buddhist Era, as `phaen new --year` takes them. */
export function readYear(text: string): number | null {
  const year = /^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(year) && year >= 2500 && year <= 2700 ? year : null;
}

/** Today's fiscal year (1 October starts the next). */
export const currentFiscalYear = () => fiscalYearOf(new Date().toISOString().slice(0, 10));

export interface ScaffoldPanelProps {
  onScaffold(fiscalYear: number): Promise<ScaffoldOutcome>;
  explain(e: unknown): Bilingual;
  /** The year offered first: the checked workbook's, else today's fiscal year. */
  defaultYear?: number;
}

export function ScaffoldPanel({ onScaffold, explain, defaultYear }: ScaffoldPanelProps) {
  const s = useStyles();
  const { t, pick } = useT();
  const [busy, setBusy] = useState(false);
  const [yearText, setYearText] = useState(String(defaultYear ?? currentFiscalYear()));
  const [outcome, setOutcome] = useState<ScaffoldOutcome | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const year = readYear(yearText);
  const choice = year === null ? undefined : packForYear(year);
  const features = choice?.pack.workbook?.features ?? [];
  const run = async () => {
    if (year === null) return;
    setBusy(true);
    try {
      setOutcome(await onScaffold(year));
      setError(null);
    } catch (e) {
      setOutcome(null);
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={s.stack}>
      <Caption1 className={s.thai}>{t("scaffoldIntro")}</Caption1>
      <Field
        label={t("scaffoldYear")}
        validationState={year === null ? "error" : "none"}
        validationMessage={year === null ? t("scaffoldYearInvalid") : undefined}
      >
        <Input value={yearText} inputMode="numeric" maxLength={4} onChange={(_, d) => setYearText(d.value)} />
      </Field>
      {choice && (
        <div data-testid="scaffold-pack">
          <PackLine
            pack={{ id: choice.pack.id, fiscalYears: choice.pack.fiscalYears, covers: choice.covers }}
            testId="scaffold-pack-line"
          />
          <Caption1 block className={s.thai}>
            {keepWords(
              features.length
                ? `${t("scaffoldFeatures")}: ${features.map((f) => t(FEATURE_LABELS[f])).join(", ")}`
                : t("scaffoldNoFeatures"),
            )}
          </Caption1>
        </div>
      )}
      <Button
        appearance="primary"
        disabled={busy || year === null}
        onClick={() => void run()}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        {year === null ? t("runScaffold") : t("runScaffoldFor", { year })}
      </Button>
      {error && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {t("scaffoldFailed")}: {pick(error)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite">
        {outcome && (
          <>
            <Text weight="semibold" block>
              {t("created")} ({outcome.created.length})
            </Text>
            <Caption1 block>{outcome.created.join(", ") || "-"}</Caption1>
            <Text weight="semibold" block>
              {t("skipped")} ({outcome.skipped.length})
            </Text>
            <Caption1 block>{outcome.skipped.join(", ") || "-"}</Caption1>
            {outcome.lacking?.map((l) => (
              <MessageBar key={l} intent="warning" layout="multiline">
                <MessageBarBody>{t(l === "dropdowns" ? "lackingDropdowns" : "lackingNames")}</MessageBarBody>
              </MessageBar>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
