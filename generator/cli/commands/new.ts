/**
 * `phaen new --province <name> --year <BE year> --out <file> [--force]`: a new
 * workbook from the template with the province, its cluster, the fiscal year
 * and its KPI applicability filled in. Written to a temporary file beside the
 * target, then renamed, so a failure never leaves half a workbook behind.
 */
import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { Command } from "commander";
import type ExcelJS from "exceljs";
import {
  BUNDLED_PACKS,
  checkGrids,
  choosePack,
  infoSheet,
  kpisFor,
  packApprovalRows,
  packInfoValues,
  REFERENCE,
  referenceForPack,
  packChoices,
  STARTER_ROWS,
  TABLE_ROWS,
  infoValueCell,
  letterOf,
  type InfoKey,
  type Pack,
} from "../../../core";
import { resolvePack } from "../../io/packs";
import { applyKpiDefinition, emptyKpiSheet } from "../../workbook/kpi-from-pack";
import { buildWorkbook } from "../../workbook";
import { applyPackLists } from "../../workbook/pack-lists";
import { gridsFromWorkbook, loadWorkbook } from "../../reader";
import { EXIT, UserError } from "../../../core/errors";
import { argPath, type CliIO } from "../io";
import { templatesPath } from "../../io/root";
import { bufferOutput, writeOutputs } from "../../io/safe-write";
import { requireValue } from "../usage-errors";

export const TEMPLATE_PATH = templatesPath("workbook-template.xlsx");

export interface NewWorkbookOptions {
  /** For a cluster plan, the cluster's operations-centre province. */
  province: string;
  /** Makes a cluster (กลุ่มจังหวัด) workbook rather than a province's. */
  cluster?: string;
  year: number;
  out: string;
  force?: boolean;
  template?: string;
  /** The rule pack; by default the bundled pack covering the year. */
  pack?: Pack;
}

/** Four digits and nothing else: "0x9F8" and "2.552e3" are numbers to JavaScript, not years. */
export function parseYear(raw: string): number {
  const year = /^\s*\d{4}\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(year) || year < 2500 || year > 2700) {
    throw new UserError(`ปีงบประมาณ "${raw}" ไม่ถูกต้อง ต้องเป็นปี พ.ศ. เช่น 2552`, `fiscal year "${raw}" is not a Buddhist Era year such as 2552`);
  }
  return year;
}

function resolveProvince(name: string, year: number) {
  const p = REFERENCE.province(name.trim());
  if (!p && REFERENCE.clusterByName(name.trim(), year))
    throw new UserError(
      `"${name}" เป็นกลุ่มจังหวัด: ใช้ --cluster "${name}" --province <จังหวัดที่เป็นศูนย์ปฏิบัติการ>`,
      `"${name}" is a cluster: use --cluster "${name}" --province <its operations-centre province>`,
    );
  if (!p) throw new UserError(`ไม่รู้จักจังหวัด "${name}" (ใช้ชื่อภาษาไทย เช่น ตราด)`, `unknown province "${name}" (use the Thai name, e.g. ตราด)`);
  if (p.specialAdministration)
    throw new UserError(`${p.th} ไม่มี ก.บ.จ. จึงไม่จัดทำแผนพัฒนาจังหวัด`, `${p.en} has no provincial committee and makes no province plan`);
  if (p.createdCE && p.createdCE > year - 543) {
    throw new UserError(`จังหวัด${p.th} ยังไม่ได้จัดตั้งในปีงบประมาณ ${year}`, `${p.en} did not exist yet in fiscal year ${year}`);
  }
  return p;
}

/** The pack's approval steps, listed in order on their sheet with no dates yet (as core's STARTER_ROWS lays them out). */
function listStarterRows(wb: ExcelJS.Workbook, pack: Pack): void {
  const { sheet } = STARTER_ROWS;
  const ws = wb.getWorksheet(sheet.name);
  if (!ws) return;
  const rows = packApprovalRows(pack, STARTER_ROWS.rows[0]?.status ?? "ยังไม่ดำเนินการ");
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row))
      ws.getCell(`${letterOf(sheet, key as keyof typeof row)}${TABLE_ROWS.firstData + i}`).value = value;
  });
}

export interface NewWorkbook {
  file: string;
  province: string;
  cluster: string | null;
  kpiAssessed: KpiApplicability;
  /** The pack the workbook was made under, and whether it covers the year. */
  pack: { id: string; covers: boolean };
  /** The KPI laid out on the KPI sheet, when the pack defines one for the year. */
  kpiId: string | null;
  /** Further KPIs the pack defines for the year: the one KPI sheet lays out the first only. */
  kpisNotLaidOut: string[];
}

/** Whether the province is assessed on the year's milestone KPI, or whether the year has one at all. */
export type KpiApplicability = "assessed" | "not-assessed" | "undefined";

export async function createWorkbook(opts: NewWorkbookOptions): Promise<NewWorkbook> {
  requireValue(opts.out, "--out");
  const province = resolveProvince(opts.province, opts.year);
  if (extname(opts.out).toLowerCase() !== ".xlsx")
    throw new UserError("ไฟล์ที่จะสร้างต้องเป็น .xlsx", "the file to write must be an .xlsx workbook", opts.out);
  const out = resolve(opts.out);
  const exists = await stat(out).then(
    () => true,
    () => false,
  );
  if (exists && !opts.force)
    throw new UserError("มีไฟล์นี้อยู่แล้ว ใช้ --force หากต้องการเขียนทับ", "the file already exists: use --force to overwrite it", opts.out);
  const choice = opts.pack
    ? { pack: opts.pack, covers: opts.pack.fiscalYears.from <= opts.year && opts.year <= opts.pack.fiscalYears.to }
    : choosePack(BUNDLED_PACKS, opts.year);
  if (!choice) throw new UserError("ไม่มีชุดกติกา", "no rule pack");
  const features = choice.pack.workbook?.features ?? [];
  const template = opts.template ?? TEMPLATE_PATH;
  // A pack with workbook features (the 2565 decree's) gets its workbook built from the schema with them; others the template.
  // The dropdown lists the pack declares (committees, sectors, approval steps, decisions).
  const choices = packChoices(choice.pack);
  const built = features.length && !opts.template;
  const wb = built
    ? buildWorkbook({ features, choices })
    : await loadWorkbook(template).catch((e: unknown) => {
        if (e instanceof UserError) throw new UserError(`ใช้แม่แบบไม่ได้: ${e.th}`, `cannot use the template: ${e.en}`, template);
        throw e;
      });
  if (!built) applyPackLists(wb, choices, features);
  const ws = wb.getWorksheet(infoSheet.name);
  if (!ws) throw new UserError(`แม่แบบไม่มีแผ่นงาน ${infoSheet.name}`, `the template has no ${infoSheet.nameEn} sheet`, template);
  // The template is laid out by generator/workbook from core's layout, so each field's value cell is where the layout says.
  const set = (key: InfoKey, v: ExcelJS.CellValue) => {
    ws.getCell(infoValueCell(key)).value = v;
  };
  // Cluster membership from the set the pack names for the year.
  const reference = referenceForPack(REFERENCE, choice.pack);
  const found = reference.clusterOf(province.th, opts.year);
  if (opts.cluster !== undefined) {
    const named = reference.clusterByName(opts.cluster.trim(), opts.year);
    if (!named)
      throw new UserError(
        `ไม่รู้จักกลุ่มจังหวัด "${opts.cluster}" ในปีงบประมาณ ${opts.year}`,
        `unknown cluster "${opts.cluster}" in fiscal year ${opts.year}`,
      );
    if (named !== found)
      throw new UserError(
        `จังหวัด${province.th}ไม่อยู่ในกลุ่มจังหวัด${named.th} (--province คือจังหวัดที่เป็นศูนย์ปฏิบัติการของกลุ่ม)`,
        `${province.en} is not in the ${named.en} cluster (--province is the cluster's operations-centre province)`,
      );
  }
  // Written the way planners write it ("กลุ่มจังหวัดภาคตะวันออก"); core matches with or without the prefix.
  const cluster = found ? { th: found.th.startsWith("กลุ่มจังหวัด") ? found.th : `กลุ่มจังหวัด${found.th}` } : undefined;
  set("level", opts.cluster !== undefined ? "กลุ่มจังหวัด" : "จังหวัด");
  set("province", province.th);
  set("cluster", cluster?.th ?? null);
  set("kpiAssessed", null);
  // The fiscal year, the plan in force, its review edition and the 20-year goal period, as the pane's scaffold fills them.
  for (const [key, value] of Object.entries(packInfoValues(choice.pack, opts.year))) set(key as InfoKey, value);
  listStarterRows(wb, choice.pack);
  const defs = kpisFor(choice.pack, opts.year);
  // The template carries one KPI sheet, laid out for the pack's KPI; a pack defining none for the year leaves it empty.
  if (!defs.length) emptyKpiSheet(wb);
  else applyKpiDefinition(wb, defs[0]);
  // KPI applicability comes from the pack's KPI definitions, by province and fiscal year.
  const kpi = checkGrids(gridsFromWorkbook(wb), { pack: choice.pack }).kpi;
  const kpiAssessed: KpiApplicability = !kpi.length ? "undefined" : kpi.some((k) => k.assessed) ? "assessed" : "not-assessed";
  // A year with no KPI defined leaves the cell for the secretariat to fill once the KPI is known.
  set("kpiAssessed", kpiAssessed === "undefined" ? null : kpiAssessed === "assessed" ? "ใช่" : "ไม่ใช่");
  // The KPI formulas carry no cached results: make Excel and LibreOffice work them out on opening.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  // Through the safe writer: all or nothing, file-system faults in the user's words.
  await writeOutputs([bufferOutput(out, async () => Buffer.from(await wb.xlsx.writeBuffer()))], { force: true });
  return {
    file: out,
    province: province.th,
    cluster: cluster?.th ?? null,
    kpiAssessed,
    pack: { id: choice.pack.id, covers: choice.covers },
    kpiId: defs[0]?.id ?? null,
    kpisNotLaidOut: defs.slice(1).map((d) => d.id),
  };
}

export async function run(cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts<{ province: string; cluster?: string; year: string; out: string; force?: boolean; pack?: string }>();
  const year = parseYear(opts.year);
  const pack = await resolvePack(opts.pack);
  const made = await createWorkbook({
    province: opts.province,
    cluster: opts.cluster,
    year,
    out: argPath(io, opts.out),
    force: opts.force,
    pack,
  });
  const [kpiTh, kpiEn] = {
    assessed: [`ต้องประเมินตัวชี้วัดที่ ${made.kpiId}`, `assessed for KPI ${made.kpiId}`],
    "not-assessed": [`ไม่ต้องประเมินตัวชี้วัดที่ ${made.kpiId}`, `not assessed for KPI ${made.kpiId}`],
    undefined: [
      `ยังไม่มีตัวชี้วัดที่กำหนดสำหรับปีงบประมาณ ${year} (ชุดกติกา ${made.pack.id}) แผ่นงานตัวชี้วัดจึงว่างไว้`,
      `no KPI is defined for fiscal year ${year} yet (pack ${made.pack.id}): the KPI sheet is left empty`,
    ],
  }[made.kpiAssessed];
  io.stdout.write(
    opts.cluster !== undefined
      ? `${opts.out}: สร้างสมุดงานแผน${made.cluster} (ศูนย์ปฏิบัติการจังหวัด${made.province}) ปีงบประมาณ ${year} แล้ว / created the cluster workbook of ${made.cluster} (operations centre ${made.province}) for fiscal year ${year}\n`
      : `${opts.out}: สร้างสมุดงานของจังหวัด${made.province} (${made.cluster ?? "ไม่พบกลุ่มจังหวัด"}) ปีงบประมาณ ${year} แล้ว · ${kpiTh} / created the workbook of ${made.province} for fiscal year ${year} · ${kpiEn}\n`,
  );
  if (made.kpisNotLaidOut.length)
    io.stderr.write(
      `phaen: ${opts.out}: แผ่นงานตัวชี้วัดจัดไว้สำหรับตัวชี้วัดที่ ${made.kpiId} เท่านั้น ตัวชี้วัดที่ ${made.kpisNotLaidOut.join(", ")} ของชุดกติกา ${made.pack.id} ต้องบันทึกเพิ่มเอง (คะแนนคำนวณโดย phaen score) / ` +
        `the KPI sheet lays out KPI ${made.kpiId} only: record KPI ${made.kpisNotLaidOut.join(", ")} of pack ${made.pack.id} by hand (phaen score scores it)\n`,
    );
  return EXIT.ok;
}
