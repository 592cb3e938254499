/**
 * ตรวจสอบ: the verdict and checklist, then the findings: filtered by
 * severity and sheet, grouped by criterion (groups collapse), shown a page
 * at a time so 5,000 projects' findings never make one long render; "next
 * finding" walks them, and visited ones are marked. A click selects the cell.
 */
import { Button, Caption1, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Criterion, Finding, Severity } from "../../core";
import { CRITERION_ORDER, criterionLabel, SEVERITY_LABELS, SEVERITY_ORDER } from "../logic/labels";
import type { PaneResult } from "../logic/paneResult";
import { count, useT } from "./i18n";
import { SEVERITY_COLORS } from "./severity";
import { Verdict } from "./Verdict";
import { CeilingPanel } from "./CeilingPanel";
import { PackLine } from "./PackLine";
import { keepWords } from "./ThaiText";
import { CELL_LINK_ITEM } from "./listItem";

/** Findings rendered at a time; "show more" adds another page. */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: "8px" },
  filters: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  group: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "6px" },
  groupHead: { justifyContent: "space-between", textAlign: "left", width: "100%", minWidth: 0 },
  item: CELL_LINK_ITEM,
  visited: { backgroundColor: tokens.colorNeutralBackground3 },
  where: { color: tokens.colorNeutralForeground3 },
  thai: { wordBreak: "keep-all", lineBreak: "strict" },
});

export interface FindingsPanelProps {
  result: PaneResult | null;
  /** Counts the checks shown, so a new result is told from the last one. */
  run?: number;
  busy: boolean;
  onCheck(): void;
  /** Goes to a finding's cell (or a project's over the ceiling). */
  onSelect(f: Pick<Finding, "sheet" | "cell">): void;
}

// Two findings of one rule at one cell (a sheet missing twice over) differ by their message.
const keyOf = (f: Finding) => `${f.ruleId}|${f.sheet}|${f.cell}|${f.project ?? ""}|${f.message}`;

export function FindingsPanel({ result, run = 0, busy, onCheck, onSelect }: FindingsPanelProps) {
  const s = useStyles();
  const { t, pick, lang } = useT();
  const [severity, setSeverity] = useState<Severity | "all">("all");
  const [sheet, setSheet] = useState("all");
  const [collapsed, setCollapsed] = useState<Set<Criterion>>(new Set());
  const [visited, setVisited] = useState<Set<string>>(new Set());
  const [limit, setLimit] = useState(PAGE_SIZE);

  const findings = result?.findings ?? [];
  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet))].sort(), [findings]);
  // In display order: by criterion, then severity; filtered.
  const ordered = useMemo(() => {
    const rank = new Map(CRITERION_ORDER.map((c, i) => [c, i]));
    return findings
      .filter((f) => (severity === "all" || f.severity === severity) && (sheet === "all" || f.sheet === sheet))
      .map((f, i) => ({ f, i }))
      .sort(
        (a, b) =>
          (rank.get(a.f.criterion) ?? 99) - (rank.get(b.f.criterion) ?? 99) ||
          SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) ||
          a.i - b.i,
      )
      .map((x) => x.f);
  }, [findings, severity, sheet]);
  const open = ordered.filter((f) => !collapsed.has(f.criterion));
  const shown = open.slice(0, limit);
  const groups: { criterion: Criterion; total: number; items: Finding[] }[] = [];
  for (const f of ordered) {
    let g = groups.at(-1);
    if (!g || g.criterion !== f.criterion) groups.push((g = { criterion: f.criterion, total: 0, items: [] }));
    g.total++;
  }
  const shownSet = new Set(shown);
  for (const g of groups) g.items = ordered.filter((f) => f.criterion === g.criterion && shownSet.has(f));

  const select = (f: Finding) => {
    setVisited((v) => new Set(v).add(keyOf(f)));
    onSelect(f);
  };
  const nextFinding = () => {
    const next = ordered.find((f) => !visited.has(keyOf(f)));
    if (!next) return;
    if (collapsed.has(next.criterion)) setCollapsed((c) => new Set([...c].filter((x) => x !== next.criterion)));
    const at = open.indexOf(next);
    if (at >= limit) setLimit(Math.ceil((at + 1) / PAGE_SIZE) * PAGE_SIZE);
    select(next);
  };
  const toggle = (c: Criterion) =>
    setCollapsed((prev) => {
      const n = new Set(prev);
      if (n.has(c)) n.delete(c);
      else n.add(c);
      return n;
    });

  return (
    <div className={s.stack}>
      <Caption1 className={s.thai}>{keepWords(t("checkIntro"))}</Caption1>
      <Button appearance="primary" onClick={onCheck} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t("checking") : t("runCheck")}
      </Button>
      <div aria-live="polite" data-run={result ? run : undefined}>
        {result && <Verdict result={result} />}
        {result?.pack && <PackLine pack={result.pack} testId="check-pack" />}
      </div>
      {result && findings.length > 0 && (
        <>
          <Text weight="semibold" as="h2">
            {t("findingsOf")} {result.province} · {t("total")} {count(findings.length)} {t("items")}
          </Text>
          <div className={s.filters}>
            <Select
              size="small"
              aria-label={t("filterSeverity")}
              value={severity}
              onChange={(_, d) => (setSeverity(d.value as Severity | "all"), setLimit(PAGE_SIZE))}
            >
              <option value="all">{t("allSeverities")}</option>
              {SEVERITY_ORDER.map((sev) => (
                <option key={sev} value={sev}>
                  {pick(SEVERITY_LABELS[sev])} ({count(result.counts[sev])})
                </option>
              ))}
            </Select>
            <Select size="small" aria-label={t("filterSheet")} value={sheet} onChange={(_, d) => (setSheet(d.value), setLimit(PAGE_SIZE))}>
              <option value="all">{t("allSheets")}</option>
              {sheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
            <Button size="small" onClick={nextFinding} disabled={!ordered.some((f) => !visited.has(keyOf(f)))}>
              {t("nextFinding")}
            </Button>
          </div>
          <Caption1>
            {t("clickToGo")} · {t("visitedCount", { n: count(visited.size), total: count(findings.length) })}
          </Caption1>
          {groups.map((g) => {
            const label = pick(criterionLabel(g.criterion));
            const isOpen = !collapsed.has(g.criterion);
            return (
              <section key={g.criterion} className={s.group} aria-label={label}>
                <Button
                  appearance="subtle"
                  className={s.groupHead}
                  aria-expanded={isOpen}
                  onClick={() => toggle(g.criterion)}
                  icon={<span aria-hidden>{isOpen ? "▾" : "▸"}</span>}
                >
                  <Text weight="semibold" as="h3" className={s.thai}>
                    {keepWords(label)} ({count(g.total)})
                  </Text>
                </Button>
                {isOpen &&
                  g.items.map((f) => (
                    <button
                      key={keyOf(f)}
                      type="button"
                      className={`${s.item} ${visited.has(keyOf(f)) ? s.visited : ""}`}
                      style={{ borderLeftColor: SEVERITY_COLORS[f.severity].border }}
                      onClick={() => select(f)}
                      aria-label={`${pick(SEVERITY_LABELS[f.severity])}: ${f.sheet} ${f.cell}: ${lang === "th" ? f.message : f.messageEn}`}
                      data-finding={f.ruleId}
                      data-sheet={f.sheet}
                      data-cell={f.cell}
                      data-visited={visited.has(keyOf(f)) || undefined}
                    >
                      <Text block size={300}>
                        {visited.has(keyOf(f)) && <span aria-hidden>✓ </span>}
                        <b>{pick(SEVERITY_LABELS[f.severity])}:</b> {lang === "th" ? f.message : f.messageEn}
                      </Text>
                      <Caption1 block className={s.where}>
                        {t("sheetCell")} {f.sheet} · {t("cell")} {f.cell}
                        {f.project ? ` · ${f.project}` : ""}
                      </Caption1>
                      {f.severity !== "info" && (
                        <Caption1 block>
                          {t("fix")}: {lang === "th" ? f.fix : f.fixEn}
                        </Caption1>
                      )}
                    </button>
                  ))}
              </section>
            );
          })}
          {open.length > shown.length && (
            <Button onClick={() => setLimit(limit + PAGE_SIZE)}>
              {t("showMore", { n: count(Math.min(PAGE_SIZE, open.length - shown.length)), left: count(open.length - shown.length) })}
            </Button>
          )}
        </>
      )}
      {result?.ceiling && <CeilingPanel ceiling={result.ceiling} onSelect={onSelect} />}
    </div>
  );
}
