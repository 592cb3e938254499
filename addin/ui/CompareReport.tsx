/**
 * What changed, as `phaen diff` prints it (generator/cli/report/diff.ts), laid
 * out for a 320 px pane: budget cuts first, the ceilings, projects removed,
 * added and changed (each field before → after with its cells), totals by
 * kind, budget source and strategic issue before and after, changes to the
 * plan, and the findings fixed, new and still open by criterion.
 */
import { Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { CRITERION_NAMES, CRITERION_ORDER, formatNumber } from "../../core";
import {
  budgetCuts,
  budgetDifference,
  CHANGE_NAMES,
  fieldName,
  PART_NAMES,
  signedNumber,
  valueText,
  type FieldChange,
  type FindingRef,
  type PlanDiff,
  type ProjectChange,
  type TotalLine,
} from "../../core/diff";
import { CEILING_NAME } from "../../core/rules/util/budget";
import { OPEN_WORKBOOK } from "../worker/compare";
import { useCompareT } from "./compareStrings";

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: "10px" },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "6px",
  },
  list: { margin: 0, paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "4px" },
  fields: { margin: 0, paddingLeft: "12px", listStyleType: "none" },
  cells: { color: tokens.colorNeutralForeground3 },
  cut: { color: tokens.colorPaletteRedForeground1, whiteSpace: "nowrap" },
  scroll: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
    "& th": { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
});

const amountOf = (c: ProjectChange): number | null => {
  const f = c.fields.find((x) => x.field === "budget");
  const v = f ? (c.change === "removed" ? f.before : f.after) : null;
  return typeof v === "number" ? v : null;
};

function FieldLine({ f }: { f: FieldChange }) {
  const s = useStyles();
  const { lang, c } = useCompareT();
  const diff = f.field === "budget" ? budgetDifference(lang, f) : "";
  return (
    <li data-field={f.field}>
      {fieldName("project", f.field)[lang]}: {valueText(f.field, f.before, lang)} → {valueText(f.field, f.after, lang)}
      {diff && <span className={(f.difference ?? 0) < 0 ? s.cut : undefined}> {diff}</span>}{" "}
      <Caption1 className={s.cells}>({c("cells", { older: f.cellOlder ?? "-", newer: f.cellNewer ?? "-" })})</Caption1>
    </li>
  );
}

function Projects({ diff }: { diff: PlanDiff }) {
  const s = useStyles();
  const { c } = useCompareT();
  const changed = diff.projects.filter((p) => p.change === "changed");
  const listed = (["removed", "added"] as const).map((kind) => ({ kind, list: diff.projects.filter((p) => p.change === kind) }));
  if (!diff.projects.length) return <Text>{c("noProjectChanges")}</Text>;
  return (
    <>
      {listed
        .filter((l) => l.list.length)
        .map(({ kind, list }) => (
          <section key={kind} className={s.section} data-testid={`compare-${kind}`}>
            <Subtitle2 as="h3">{c(kind, { n: list.length })}</Subtitle2>
            <ul className={s.list}>
              {list.map((p) => (
                <li key={`${p.code}-${p.name}`}>
                  {p.code ?? "-"} {p.name ?? ""}
                  {amountOf(p) !== null && ` ${formatNumber(amountOf(p)!)} ${c("baht")}`}
                </li>
              ))}
            </ul>
          </section>
        ))}
      {changed.length > 0 && (
        <section className={s.section} data-testid="compare-changed">
          <Subtitle2 as="h3">{c("changed", { n: changed.length })}</Subtitle2>
          <ul className={s.list}>
            {changed.map((p) => (
              <li key={p.code ?? p.codeBefore ?? p.name ?? ""} data-project={p.code ?? ""}>
                <Text weight="semibold">{p.code ?? "-"}</Text>
                {p.matchedBy === "name" && ` (${c("matchedByName", { code: p.codeBefore ?? "-" })})`} {p.name ?? ""}
                <ul className={s.fields}>
                  {p.fields.map((f) => (
                    <FieldLine key={f.field} f={f} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Totals({ title, lines }: { title: string; lines: TotalLine[] }) {
  const s = useStyles();
  const { c } = useCompareT();
  if (!lines.length) return null;
  const side = (x: TotalLine["before"]) => (
    <>
      {c("projectsN", { n: formatNumber(x.projects) })}
      <br />
      {formatNumber(x.budget)}
    </>
  );
  return (
    <div className={s.scroll}>
      <table className={s.table} aria-label={title}>
        <thead>
          <tr>
            <th>{title}</th>
            <th className={s.num}>{c("before")}</th>
            <th className={s.num}>{c("after")}</th>
            <th className={s.num}>{c("difference")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <td>{l.key || c("unspecified")}</td>
              <td className={s.num}>{side(l.before)}</td>
              <td className={s.num}>{side(l.after)}</td>
              <td className={s.num}>{signedNumber(l.difference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Plan({ diff }: { diff: PlanDiff }) {
  const s = useStyles();
  const { lang, c } = useCompareT();
  if (!diff.plan.length) return <Text>{c("noPlanChanges")}</Text>;
  return (
    <section className={s.section} data-testid="compare-plan">
      <Subtitle2 as="h3">{c("plan")}</Subtitle2>
      <ul className={s.list}>
        {diff.plan.map((p) => (
          <li key={`${p.part}-${p.key}-${p.change}`}>
            {PART_NAMES[p.part][lang]} {p.key} {CHANGE_NAMES[p.change][lang]}
            <ul className={s.fields}>
              {p.fields.map((f) => (
                <li key={f.field}>
                  {fieldName(p.part, f.field)[lang]}: {valueText(f.field, f.before, lang)} → {valueText(f.field, f.after, lang)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Findings({ diff }: { diff: PlanDiff }) {
  const s = useStyles();
  const { lang, c } = useCompareT();
  const groups = ["fixed", "new", "open"] as const;
  const rows = CRITERION_ORDER.map((k) => ({ k, n: groups.map((g) => diff.findings[g].filter((f) => f.criterion === k).length) })).filter(
    (r) => r.n.some((n) => n > 0),
  );
  const listed = (g: "fixed" | "new", list: FindingRef[]) =>
    list.length > 0 && (
      <div key={g}>
        <Text weight="semibold">{c(g)}</Text>
        <ul className={s.list}>
          {list.map((f, i) => (
            <li key={`${f.ruleId}-${f.key}-${i}`}>
              {f.ruleId} {f.sheet}!{f.cell} {lang === "en" ? f.messageEn : f.message}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <section className={s.section} data-testid="compare-findings">
      <Subtitle2 as="h3">{c("findings")}</Subtitle2>
      {rows.length === 0 ? (
        <Text>{c("noFindings")}</Text>
      ) : (
        <div className={s.scroll}>
          <table className={s.table} aria-label={c("findings")}>
            <thead>
              <tr>
                <th>{c("criterion")}</th>
                {groups.map((g) => (
                  <th key={g} className={s.num}>
                    {c(g)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.k}>
                  <td>
                    {r.k} {CRITERION_NAMES[r.k][lang]}
                  </td>
                  {r.n.map((n, i) => (
                    <td key={groups[i]} className={s.num}>
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {listed("fixed", diff.findings.fixed)}
      {listed("new", diff.findings.new)}
    </section>
  );
}

export function CompareReport({ diff }: { diff: PlanDiff }) {
  const s = useStyles();
  const { lang, c } = useCompareT();
  const { older, newer } = diff;
  const year = (y: number | null) => (y === null ? "-" : String(y));
  const cuts = budgetCuts(diff);
  return (
    <div className={s.report} data-testid="compare-report">
      <div>
        <Subtitle2 as="h2" block>
          {c("title", { place: newer.province || c("unspecified") })}
        </Subtitle2>
        <Caption1 block>{c("older", { file: older.file, year: year(older.fiscalYear), status: older.planStatus ?? "-" })}</Caption1>
        <Caption1 block>
          {c(newer.file === OPEN_WORKBOOK ? "newerOpen" : "newer", {
            file: newer.file,
            year: year(newer.fiscalYear),
            status: newer.planStatus ?? "-",
          })}
        </Caption1>
        <Text block data-testid="compare-summary">
          {c("summary", {
            a: formatNumber(older.projects),
            b: formatNumber(newer.projects),
            budgetA: formatNumber(older.budget),
            budgetB: formatNumber(newer.budget),
            diff: signedNumber(newer.budget - older.budget),
          })}
        </Text>
      </div>
      {cuts.length > 0 && (
        <section className={s.section} data-testid="compare-cuts">
          <Subtitle2 as="h3">{c("cuts", { n: cuts.length })}</Subtitle2>
          <ul className={s.list}>
            {cuts.map(({ change, field }) => (
              <li key={change.code ?? change.name ?? ""}>
                {change.code ?? "-"} {change.name ?? ""}: <span className={s.cut}>{budgetDifference(lang, field)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.totals.ceilings.map((l) => {
        const limit = (x: typeof l.before) => (x.limit === null ? "-" : `${formatNumber(x.limit)} ${c("baht")}`);
        const side = (x: typeof l.before) => `${c("inside")} ${x.inside} ${c("over")} ${x.over}`;
        const limits = l.before.limit === l.after.limit ? limit(l.after) : `${limit(l.before)} → ${limit(l.after)}`;
        return (
          <Text key={l.ceiling} block>
            {CEILING_NAME[l.ceiling][lang]} {limits}: {side(l.before)} → {side(l.after)}
          </Text>
        );
      })}
      <Projects diff={diff} />
      <section className={s.section} data-testid="compare-totals">
        <Totals title={c("byKind")} lines={diff.totals.byKind} />
        <Totals title={c("bySource")} lines={diff.totals.bySource} />
        <Totals title={c("byIssue")} lines={diff.totals.byIssue} />
      </section>
      <Plan diff={diff} />
      <Findings diff={diff} />
    </div>
  );
}
