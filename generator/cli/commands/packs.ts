/** `phaen packs [--json] [--validate <file>]`: the rule packs Phaen ships, or whether an edited pack file is valid. */
import type { Command } from "commander";
import { BUNDLED_PACKS, type Pack } from "../../../core";
import { loadPackFile } from "../../io/packs";
import { parseLang, t } from "../report/lang";
import { EXIT } from "../../../core/errors";
import type { CliIO } from "../io";

function packJson(pack: Pack, origin: string) {
  return {
    id: pack.id,
    title: pack.title,
    fiscalYears: pack.fiscalYears,
    regime: { id: pack.regime.id, th: pack.regime.th, en: pack.regime.en },
    kpis: pack.kpis.map((k) => ({ kpiId: k.id, fiscalYear: k.fiscalYear, th: k.th, en: k.en })),
    rulesOff: Object.entries(pack.rules.list)
      .filter(([, r]) => !r.enabled)
      .map(([id]) => id),
    origin,
  };
}

function packLine(lang: "th" | "en", pack: Pack): string {
  const one = pack.fiscalYears.from === pack.fiscalYears.to;
  const years = one ? `${pack.fiscalYears.from}` : `${pack.fiscalYears.from}–${pack.fiscalYears.to}`;
  const kpis = pack.kpis.map((k) => k.id).join(", ") || "-";
  return t(
    lang,
    `${pack.id}\tปีงบประมาณ ${years}\t${pack.regime.th}\tตัวชี้วัด ${kpis}`,
    `${pack.id}\t${one ? "fiscal year" : "fiscal years"} ${years}\t${pack.regime.en}\t${pack.kpis.length === 1 ? "KPI" : "KPIs"} ${kpis}`,
  );
}

export async function run(cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts<{ lang?: string; json?: boolean; validate?: string }>();
  const lang = parseLang(opts.lang);
  if (opts.validate) {
    const pack = await loadPackFile(opts.validate);
    io.stdout.write(
      opts.json
        ? `${JSON.stringify([packJson(pack, opts.validate)], null, 2)}\n`
        : `${opts.validate}: ${t(lang, "ใช้ได้", "valid")} · ${packLine(lang, pack)}\n`,
    );
    return EXIT.ok;
  }
  if (opts.json)
    io.stdout.write(
      `${JSON.stringify(
        BUNDLED_PACKS.map((p) => packJson(p, "bundled")),
        null,
        2,
      )}\n`,
    );
  else io.stdout.write(`${BUNDLED_PACKS.map((p) => packLine(lang, p)).join("\n")}\n`);
  return EXIT.ok;
}
