/**
 * ส่งออก Word: builds the chosen documents (all five by default) in the
 * pane's worker, with a progress bar naming the step and a cancel button,
 * then saves each the way the host allows (office/save.ts).
 */
import { Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, ProgressBar, Switch, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Bilingual } from "../../core";
import { DOCUMENT_KINDS, type DocumentKindId } from "../logic/documents";
import type { SaveOutcome } from "../office/save";
import type { ExportStep } from "../worker/protocol";
import { useT } from "./i18n";
import { ReferencePicker, type ChosenReference } from "./ReferencePicker";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "8px" },
  kinds: { display: "flex", flexDirection: "column" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

export interface ExportRequest {
  kinds: DocumentKindId[];
  thaiDigits: boolean;
  /** A Word style reference the planner chose (as the CLI's --reference); the built-in one when absent. */
  reference?: ChosenReference;
  onStep(step: ExportStep | "read"): void;
  onSaved(outcome: SaveOutcome): void;
}

export interface ExportPanelProps {
  /** Starts an export; resolves when every document is done; `cancel` stops it. */
  startExport(request: ExportRequest): { done: Promise<void>; cancel(): void };
  explain(e: unknown): Bilingual;
}

export function ExportPanel({ startExport, explain }: ExportPanelProps) {
  const s = useStyles();
  const { t, pick, saved: savedText } = useT();
  const [chosen, setChosen] = useState<Set<DocumentKindId>>(new Set(DOCUMENT_KINDS.map((k) => k.id)));
  const [thaiDigits, setThaiDigits] = useState(false);
  const [step, setStep] = useState<ExportStep | "read" | null>(null);
  const [outcomes, setOutcomes] = useState<SaveOutcome[]>([]);
  const [error, setError] = useState<string | null>(null);
  const job = useRef<{ cancel(): void } | null>(null);
  const [reference, setReference] = useState<ChosenReference | undefined>(undefined);

  const kindName = (id?: DocumentKindId) => pick(DOCUMENT_KINDS.find((k) => k.id === id) ?? { th: "", en: "" });
  const stepText = (st: ExportStep | "read") =>
    st === "read"
      ? t("stepRead")
      : st.stage === "check"
        ? t("stepCheck")
        : t(st.stage === "build" ? "stepBuild" : "stepPack", { doc: kindName(st.kind) });
  const progress = (st: ExportStep | "read") =>
    st === "read" ? 0.02 : st.stage === "check" ? 0.05 : (st.done + (st.stage === "pack" ? 0.6 : 0.1)) / st.total;

  const run = async () => {
    setOutcomes([]);
    setError(null);
    setStep("read");
    const kinds = DOCUMENT_KINDS.filter((k) => chosen.has(k.id)).map((k) => k.id);
    const started = startExport({ kinds, thaiDigits, reference, onStep: setStep, onSaved: (o) => setOutcomes((list) => [...list, o]) });
    job.current = started;
    try {
      await started.done;
    } catch (e) {
      setError((e as Error)?.message === "cancelled" ? t("cancelled") : `${t("error")}: ${pick(explain(e))}`);
    } finally {
      job.current = null;
      setStep(null);
    }
  };

  return (
    <div className={s.stack}>
      <Caption1>{t("exportIntro")}</Caption1>
      <div className={s.kinds} role="group" aria-label={t("tabExport")}>
        {DOCUMENT_KINDS.map((k) => (
          <Checkbox
            key={k.id}
            label={pick(k)}
            checked={chosen.has(k.id)}
            disabled={step !== null}
            onChange={(_, d) =>
              setChosen((c) => {
                const n = new Set(c);
                if (d.checked) n.add(k.id);
                else n.delete(k.id);
                return n;
              })
            }
          />
        ))}
      </div>
      <Switch label={t("thaiDigits")} checked={thaiDigits} disabled={step !== null} onChange={(_, d) => setThaiDigits(d.checked)} />
      <ReferencePicker chosen={reference} disabled={step !== null} onChange={setReference} />
      <div className={s.row}>
        <Button appearance="primary" disabled={step !== null || chosen.size === 0} onClick={() => void run()}>
          {chosen.size === DOCUMENT_KINDS.length ? t("exportAll") : t("build")}
        </Button>
        {step !== null && (
          <Button onClick={() => job.current?.cancel()} aria-label={`${t("cancel")} ${t("tabExport")}`}>
            {t("cancel")}
          </Button>
        )}
      </div>
      {step !== null && (
        <div role="status" aria-live="polite" data-testid="export-progress">
          <ProgressBar value={progress(step)} max={1} thickness="large" aria-label={stepText(step)} />
          <Text size={200} block>
            {stepText(step)}
            {step !== "read" && step.stage !== "check" ? ` · ${t("progressOf", { done: step.done + 1, total: step.total })}` : ""}
          </Text>
        </div>
      )}
      <div aria-live="polite">
        {outcomes.map((o) => (
          <MessageBar key={o.name} intent={o.kind === "saved" || o.kind === "downloaded" ? "success" : "warning"} layout="multiline">
            <MessageBarBody>{savedText(o)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
