/**
 * The task pane. It receives the workbook operations, the check/export
 * engine and the saver as props (the Office.js adapter, the worker and the
 * host's saver in Excel; fakes in tests) and never touches `Excel` itself.
 */
import {
  Button,
  Caption1,
  createDOMRenderer,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  RendererProvider,
  Switch,
  Tab,
  TabList,
  Subtitle1,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { Bilingual, Finding } from "../../core";
import { computeScore, readPlan, runCheck, type CheckOutcome } from "../logic/actions";
import { explain } from "../logic/errors";
import type { WorkbookPort } from "../logic/port";
import { scaffoldPlanForYear } from "../logic/scaffold";
import type { SaveFile } from "../office/save";
import type { PaneEngine } from "../worker/engine";
import { ComparePanel } from "./ComparePanel";
import { ExportPanel, type ExportRequest } from "./ExportPanel";
import { FindingsPanel } from "./FindingsPanel";
import { initialLang, LangContext, translate, type Lang } from "./i18n";
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
  // Five tabs fit a 320 px pane on two rows; a tab's Thai label never breaks mid-word.
  tabs: { flexWrap: "wrap", rowGap: "2px", "& button": { whiteSpace: "nowrap", paddingLeft: "6px", paddingRight: "6px" } },
});

type TabId = "check" | "score" | "export" | "scaffold" | "compare";

export interface AppProps {
  port: WorkbookPort;
  engine: PaneEngine;
  saveFile: SaveFile;
  displayLanguage?: string;
  /** The open workbook's file name, when Office gives it: how the comparison names the newer version. */
  workbookName?: string;
}

export function App({ port, engine, saveFile, displayLanguage, workbookName }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang(displayLanguage));
  const [tab, setTab] = useState<TabId>("check");
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [scored, setScored] = useState<CheckOutcome | null>(null);
  const [busy, setBusy] = useState<"check" | "score" | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [live, setLive] = useState(false);
  const [runs, setRuns] = useState(0);
  const [writtenBeside, setWrittenBeside] = useState<string | undefined>(undefined);
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const liveCheck = port.features?.liveCheck ?? true;
  // Styles go to the document the pane is in (Griffel's default renderer keeps the first document it saw).
  const renderer = useMemo(() => createDOMRenderer(document), []);

  const guarded = useCallback(async <T,>(kind: "check" | "score", work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(kind);
    try {
      const r = await work();
      setError(null);
      return r;
    } catch (e) {
      setError(explain(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }, []);

  const check = useCallback(
    () =>
      guarded("check", async () => {
        const done = await runCheck(port, engine, (shown) => {
          setOutcome(shown);
          setScored(shown);
          setRuns((n) => n + 1);
        });
        setWrittenBeside(done.besidePlanners);
      }),
    [guarded, port, engine],
  );
  const score = useCallback(
    () =>
      guarded("score", async () => {
        const done = await computeScore(port, engine);
        setScored(done);
        setWrittenBeside(done.besidePlanners);
      }),
    [guarded, port, engine],
  );
  const select = useCallback(
    (f: Finding) =>
      void port.selectCell(f.sheet, f.cell).then(
        () => setError(null),
        (e: unknown) => setError(explain(e)),
      ),
    [port],
  );
  useLiveCheck(port, live && liveCheck, check);

  const startExport = useCallback(
    (request: ExportRequest) => {
      let cancelled = false;
      let job: { cancel(): void } | undefined;
      const done = (async () => {
        request.onStep("read");
        const read = await readPlan(port);
        if (cancelled) throw new Error("cancelled");
        const saving: Promise<void>[] = [];
        const running = engine.exportDocuments(
          read.grids,
          request.kinds,
          {
            thaiDigits: request.thaiDigits,
            ...(request.reference && { styles: request.reference.styles, letterhead: request.reference.letterhead }),
          },
          {
            onStep: request.onStep,
            onDocument: (_kind, name, bytes) => void saving.push(saveFile(bytes, name).then(request.onSaved)),
          },
        );
        job = running;
        await running.done;
        await Promise.all(saving);
        setError(null);
      })();
      return {
        done,
        cancel: () => {
          cancelled = true;
          job?.cancel();
        },
      };
    },
    [port, engine, saveFile],
  );

  return (
    <LangContext.Provider value={lang}>
      <RendererProvider renderer={renderer} targetDocument={document}>
        <FluentProvider theme={theme} lang={lang} targetDocument={document}>
          <main className={s.root}>
            <div className={s.head}>
              <Subtitle1 as="h1" className={s.title}>
                {t("appTitle")}
              </Subtitle1>
              <Button size="small" appearance="subtle" onClick={() => setLang(lang === "th" ? "en" : "th")}>
                {t("language")}
              </Button>
            </div>
            <Switch label={t("live")} checked={live && liveCheck} disabled={!liveCheck} onChange={(_, d) => setLive(d.checked)} />
            {!liveCheck && <Caption1>{t("liveUnavailable")}</Caption1>}
            {liveCheck && live && port.features?.platform === "OfficeOnline" && <Caption1>{t("liveWebDropdown")}</Caption1>}
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small" className={s.tabs}>
              <Tab value="check">{t("tabCheck")}</Tab>
              <Tab value="score">{t("tabScore")}</Tab>
              <Tab value="export">{t("tabExport")}</Tab>
              <Tab value="scaffold">{t("tabScaffold")}</Tab>
              <Tab value="compare">{t("tabCompare")}</Tab>
            </TabList>
            {writtenBeside && (
              <Caption1 role="status" data-testid="written-beside">
                {translate(lang, "writtenBeside", { sheet: writtenBeside })}
              </Caption1>
            )}
            <div role="alert">
              {error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    {t("error")}: {error[lang]}
                  </MessageBarBody>
                </MessageBar>
              )}
            </div>
            {tab === "check" && (
              <FindingsPanel
                result={outcome?.result ?? null}
                run={runs}
                busy={busy === "check"}
                onCheck={() => void check()}
                onSelect={select}
              />
            )}
            {tab === "score" && (
              <ScorePanel
                kpis={scored?.result.kpi ?? null}
                pack={scored?.result.pack}
                differences={scored?.differences ?? []}
                fiscalYear={scored?.result.fiscalYear}
                busy={busy === "score"}
                onScore={() => void score()}
              />
            )}
            {tab === "export" && <ExportPanel startExport={startExport} explain={explain} />}
            {/* Kept mounted: the comparison stays while the planner looks at another tab. */}
            <div hidden={tab !== "compare"}>
              <ComparePanel
                compare={async (file, anyProvince) =>
                  engine.compare(file, (await readPlan(port)).grids, { anyProvince, label: workbookName })
                }
                exportComparison={async (diff, thaiDigits) => {
                  const doc = await engine.exportComparison(diff, { thaiDigits });
                  return saveFile(doc.bytes, doc.name);
                }}
                explain={explain}
              />
            </div>
            {tab === "scaffold" && (
              <ScaffoldPanel
                onScaffold={(year) => port.scaffold(scaffoldPlanForYear(year).plan).then((r) => (setError(null), r))}
                explain={explain}
                defaultYear={typeof outcome?.result.fiscalYear === "number" ? outcome.result.fiscalYear : undefined}
              />
            )}
          </main>
        </FluentProvider>
      </RendererProvider>
    </LangContext.Provider>
  );
}
