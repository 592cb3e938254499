/**
 * The task pane. It receives the workbook operations as props (the Office.js
 * adapter in Excel, the fake in tests) and never touches `Excel` itself.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Tab,
  TabList,
  Subtitle1,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../core";
import { checkInPlace, type Checker } from "../logic/checker";
import { computeScore, runCheck, type CheckOutcome } from "../logic/actions";
import { documentFileName, type BuildDocument, type DocumentKind } from "../logic/documents";
import type { WorkbookPort } from "../logic/port";
import { scaffoldPlan } from "../logic/scaffold";
import { ExportPanel } from "./ExportPanel";
import { FindingsPanel } from "./FindingsPanel";
import { initialLang, LangContext, problemText, translate, type Lang } from "./i18n";
import { ScaffoldPanel } from "./ScaffoldPanel";
import { ScorePanel } from "./ScorePanel";
import { useLiveCheck } from "./useLiveCheck";

/** Fonts that carry Thai on Windows, Mac and the web, before the generic fallback. */
export const THAI_FONT_STACK = '"Leelawadee UI", "Leelawadee", "Sarabun", "Thonburi", "Tahoma", "Noto Sans Thai", "Loma", sans-serif';

const theme: Theme = { ...webLightTheme, fontFamilyBase: THAI_FONT_STACK };

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: "12px", display: "flex", flexDirection: "column", gap: "10px", boxSizing: "border-box" },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "8px" },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
  tabs: { flexWrap: "wrap" },
});

type TabId = "check" | "score" | "export" | "scaffold";

export interface AppProps {
  port: WorkbookPort;
  displayLanguage?: string;
  buildDocument?: BuildDocument;
  saveFile?: (blob: Blob, name: string) => void;
  /** Runs the core check; in the task pane, in a Web Worker. */
  checker?: Checker;
}

export function App({ port, displayLanguage, buildDocument, saveFile, checker = checkInPlace }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang(displayLanguage));
  const [tab, setTab] = useState<TabId>("check");
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [scored, setScored] = useState<CheckOutcome | null>(null);
  const [busy, setBusy] = useState<"check" | "score" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);

  const guarded = useCallback(async <T,>(kind: "check" | "score", work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(kind);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(null);
    }
  }, []);

  const check = useCallback(() => guarded("check", async () => setOutcome(await runCheck(port, checker))), [guarded, port, checker]);
  const score = useCallback(() => guarded("score", async () => setScored(await computeScore(port, checker))), [guarded, port, checker]);
  const select = useCallback((f: Finding) => void port.selectCell(f.sheet, f.cell).catch((e: unknown) => setError(e)), [port]);
  useLiveCheck(port, live, check);

  const exportDocument = useMemo(() => {
    if (!buildDocument || !saveFile) return undefined;
    return async (kind: DocumentKind) => {
      const result = await checker((await port.readWorkbook()).grids);
      const name = documentFileName(kind.id, result);
      saveFile(await buildDocument(kind.id, result), name);
      return name;
    };
  }, [buildDocument, saveFile, port, checker]);

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={theme} lang={lang}>
        <main className={s.root}>
          <div className={s.head}>
            <Subtitle1 as="h1" className={s.title}>
              {t("appTitle")}
            </Subtitle1>
            <Button size="small" appearance="subtle" onClick={() => setLang(lang === "th" ? "en" : "th")}>
              {t("language")}
            </Button>
          </div>
          <Switch label={t("live")} checked={live} onChange={(_, d) => setLive(d.checked)} />
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small" className={s.tabs}>
            <Tab value="check">{t("tabCheck")}</Tab>
            <Tab value="score">{t("tabScore")}</Tab>
            <Tab value="export">{t("tabExport")}</Tab>
            <Tab value="scaffold">{t("tabScaffold")}</Tab>
          </TabList>
          {error !== null && (
            <MessageBar intent="error">
              <MessageBarBody>
                {t("error")}: {problemText(lang, error)}
              </MessageBarBody>
            </MessageBar>
          )}
          {tab === "check" && (
            <FindingsPanel result={outcome?.result ?? null} busy={busy === "check"} onCheck={() => void check()} onSelect={select} />
          )}
          {tab === "score" && (
            <ScorePanel
              kpis={scored?.result.kpi ?? null}
              pack={scored?.result.pack}
              differences={scored?.differences ?? []}
              busy={busy === "score"}
              onScore={() => void score()}
            />
          )}
          {tab === "export" && <ExportPanel exportDocument={exportDocument} />}
          {tab === "scaffold" && <ScaffoldPanel onScaffold={() => port.scaffold(scaffoldPlan())} />}
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
