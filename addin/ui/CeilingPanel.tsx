/** Under the 2565 decree's pack: the projects inside and over the provincial ceiling, each one over it a click from its cell. */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatNumber, type Finding } from "../../core";
import type { PaneCeiling } from "../logic/ceiling";
import { count, useT } from "./i18n";
import { keepWords } from "./ThaiText";
import { CELL_LINK_ITEM } from "./listItem";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "6px" },
  item: { ...CELL_LINK_ITEM, borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  thai: { wordBreak: "keep-all", lineBreak: "strict" },
});

export function CeilingPanel({ ceiling, onSelect }: { ceiling: PaneCeiling; onSelect(at: Pick<Finding, "sheet" | "cell">): void }) {
  const s = useStyles();
  const { t } = useT();
  const baht = (n: number | null) => (n === null ? "-" : formatNumber(n));
  return (
    <section className={s.box} aria-label={t("ceilingTitle")} data-testid="ceiling">
      <Text weight="semibold" as="h2" className={s.thai}>
        {keepWords(t("ceilingTitle"))}
      </Text>
      <Caption1 className={s.thai}>
        {keepWords(ceiling.ceiling === null ? t("ceilingNone") : t("ceilingOf", { baht: baht(ceiling.ceiling) }))}
      </Caption1>
      <Caption1 className={s.thai} data-testid="ceiling-totals">
        {keepWords(
          t("ceilingTotals", {
            inside: count(ceiling.inside.count),
            insideBaht: baht(ceiling.inside.budget),
            over: count(ceiling.over.count),
            overBaht: baht(ceiling.over.budget),
            info: count(ceiling.information.count),
          }),
        )}
      </Caption1>
      {ceiling.overProjects.map((p) => (
        <button
          key={`${p.sheet}!${p.cell}`}
          type="button"
          className={s.item}
          onClick={() => onSelect(p)}
          aria-label={t("overCeilingItem", { code: p.code ?? "", sheet: p.sheet, cell: p.cell })}
          data-over-ceiling={p.code ?? ""}
          data-sheet={p.sheet}
          data-cell={p.cell}
        >
          <Text block size={300} className={s.thai}>
            <b>{keepWords(t("overCeiling"))}:</b> {p.code} {p.name} · {baht(p.budget)} {t("baht")}
            {p.priority !== null ? keepWords(` · ${t("priority")} ${p.priority}`) : ""}
          </Text>
          <Caption1 block>
            {t("sheetCell")} {p.sheet} · {t("cell")} {p.cell}
          </Caption1>
        </button>
      ))}
    </section>
  );
}
