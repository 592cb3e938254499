/** ส่งออก Word: builds one of the Word documents from the workbook and saves it. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import { DOCUMENT_KIND_LIST, type DocumentKind } from "../logic/documents";
import { useT } from "./i18n";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "8px" },
});

export interface ExportPanelProps {
  /** Undefined while the Word builders are not available. */
  exportDocument?: (kind: DocumentKind) => Promise<string>;
}

export function ExportPanel({ exportDocument }: ExportPanelProps) {
  const s = useStyles();
  const { t, pick, problem } = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const build = async (kind: DocumentKind) => {
    if (!exportDocument) return;
    setBusy(kind.id);
    setMessage(null);
    try {
      const name = await exportDocument(kind);
      setMessage({ intent: "success", text: t("saved", { name }) });
    } catch (e) {
      setMessage({ intent: "error", text: `${t("error")}: ${problem(e)}` });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className={s.stack}>
      <Caption1>{t("exportIntro")}</Caption1>
      {!exportDocument && (
        <MessageBar intent="info">
          <MessageBarBody>{t("buildersMissing")}</MessageBarBody>
        </MessageBar>
      )}
      {DOCUMENT_KIND_LIST.map((k) => (
        <div key={k.id} className={s.row}>
          <Text>{pick(k)}</Text>
          <Button
            size="small"
            disabled={!exportDocument || busy !== null}
            onClick={() => void build(k)}
            icon={busy === k.id ? <Spinner size="tiny" /> : undefined}
          >
            {busy === k.id ? t("building") : t("build")}
          </Button>
        </div>
      ))}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
