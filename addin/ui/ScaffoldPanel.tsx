/** สร้างแม่แบบ: creates the template sheets in a blank workbook from the core schema. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { ScaffoldOutcome } from "../logic/port";
import { useT } from "./i18n";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: "8px" } });

export function ScaffoldPanel({ onScaffold }: { onScaffold(): Promise<ScaffoldOutcome> }) {
  const s = useStyles();
  const { t, problem } = useT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ScaffoldOutcome | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      setOutcome(await onScaffold());
    } catch (e) {
      setFailed(problem(e));
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
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("error")}: {failed}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <Text weight="semibold">
            {t("created")} ({outcome.created.length})
          </Text>
          <Caption1>{outcome.created.join(", ") || "-"}</Caption1>
          <Text weight="semibold">
            {t("skipped")} ({outcome.skipped.length})
          </Text>
          <Caption1>{outcome.skipped.join(", ") || "-"}</Caption1>
        </>
      )}
    </div>
  );
}
