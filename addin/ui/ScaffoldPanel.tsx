/** สร้างแม่แบบ: creates the template sheets in a blank workbook from the core schema; a failure is reported, with the fix. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Bilingual } from "../../core";
import type { ScaffoldOutcome } from "../logic/port";
import { useT } from "./i18n";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: "8px" } });

export function ScaffoldPanel({ onScaffold, explain }: { onScaffold(): Promise<ScaffoldOutcome>; explain(e: unknown): Bilingual }) {
  const s = useStyles();
  const { t, pick } = useT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ScaffoldOutcome | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      setOutcome(await onScaffold());
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
      <Caption1>{t("scaffoldIntro")}</Caption1>
      <Button appearance="primary" disabled={busy} onClick={() => void run()} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {t("runScaffold")}
      </Button>
      {error && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {t("scaffoldFailed")}: {pick(error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <div aria-live="polite">
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
        </div>
      )}
    </div>
  );
}
