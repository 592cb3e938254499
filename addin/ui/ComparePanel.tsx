/**
 * เทียบกับฉบับก่อน: the planner picks an earlier version of the workbook
 * (read in the pane's worker through the safety gate; the file never leaves
 * the machine), the pane shows what changed as `phaen diff` prints it, and
 * exports the Word ตารางเปรียบเทียบ that `phaen diff --out` writes.
 */
import {
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { UserError, type Bilingual } from "../../core";
import type { PlanDiff } from "../../core/diff";
import { LIMITS, refuseBySize } from "../../generator/gate/limits";
import type { SaveOutcome } from "../office/save";
import type { EarlierFile } from "../worker/compare";
import { CompareReport } from "./CompareReport";
import { useCompareT } from "./compareStrings";
import { useT } from "./i18n";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  hidden: { display: "none" },
  line: { display: "block" },
});

export interface ComparePanelProps {
  /** Compares the earlier file with the open workbook. */
  compare(file: EarlierFile, anyProvince: boolean): Promise<PlanDiff>;
  /** Builds the Word comparison and saves it the way the host allows. */
  exportComparison(diff: PlanDiff, thaiDigits: boolean): Promise<SaveOutcome>;
  explain(e: unknown): Bilingual;
}

/** A picked file's bytes, refused by size before it is read whole (as the CLI refuses a file on disk). */
export async function readPicked(file: File): Promise<EarlierFile> {
  refuseBySize(file.name, file.size, LIMITS.maxFileBytes);
  const buffer = await new Promise<ArrayBuffer>((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(reader.result as ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(file);
  });
  return { name: file.name, bytes: new Uint8Array(buffer) };
}

type Problem = { lines: string[] };

export function ComparePanel({ compare, exportComparison, explain }: ComparePanelProps) {
  const s = useStyles();
  const { c } = useCompareT();
  const { t, pick, saved: savedText } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [anyProvince, setAnyProvince] = useState(false);
  const [thaiDigits, setThaiDigits] = useState(false);
  const [busy, setBusy] = useState<"compare" | "export" | null>(null);
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<SaveOutcome | null>(null);

  // A refused file reads as the CLI's line does: the file and the problem in Thai, then in English.
  const problemOf = (e: unknown): Problem =>
    e instanceof UserError ? { lines: [`${e.file ? `${e.file}: ` : ""}${e.th}`, e.en] } : { lines: [`${t("error")}: ${pick(explain(e))}`] };

  const run = async (picked: File) => {
    setBusy("compare");
    setProblem(null);
    setSaved(null);
    try {
      setDiff(await compare(await readPicked(picked), anyProvince));
    } catch (e) {
      setDiff(null);
      setProblem(problemOf(e));
    } finally {
      setBusy(null);
    }
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0];
    // Cleared, so choosing the same file again (after editing the workbook) compares again.
    e.target.value = "";
    if (picked) void run(picked);
  };

  const exportWord = async () => {
    if (!diff) return;
    setBusy("export");
    setProblem(null);
    try {
      setSaved(await exportComparison(diff, thaiDigits));
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={s.stack}>
      <Caption1>{c("intro")}</Caption1>
      <input ref={input} className={s.hidden} type="file" accept=".xlsx" aria-label={c("choose")} onChange={onPick} />
      <Checkbox
        label={c("anyProvince")}
        checked={anyProvince}
        disabled={busy !== null}
        onChange={(_, d) => setAnyProvince(Boolean(d.checked))}
      />
      <div className={s.row}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => input.current?.click()}>
          {c("choose")}
        </Button>
        {busy && <Spinner size="tiny" label={busy === "compare" ? c("comparing") : c("exporting")} />}
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="compare-problem">
          <MessageBarBody>
            <MessageBarTitle>{c("refused")}</MessageBarTitle>
            {problem.lines.map((l) => (
              <span key={l} className={s.line} data-line>
                {l}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {diff && (
        <>
          <div className={s.row}>
            <Button disabled={busy !== null} onClick={() => void exportWord()}>
              {c("exportWord")}
            </Button>
            <Switch label={t("thaiDigits")} checked={thaiDigits} disabled={busy !== null} onChange={(_, d) => setThaiDigits(d.checked)} />
          </div>
          {saved && (
            <MessageBar intent={saved.kind === "saved" || saved.kind === "downloaded" ? "success" : "warning"} layout="multiline">
              <MessageBarBody>{savedText(saved)}</MessageBarBody>
            </MessageBar>
          )}
          <CompareReport diff={diff} />
        </>
      )}
    </div>
  );
}
