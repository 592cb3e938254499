/**
 * ตารางเปรียบเทียบ: the comparison of two versions of a plan for a committee,
 * in the official typography of the other documents. Budget cuts come first,
 * then totals before and after, projects added and removed, every project's
 * changed fields, changes to the plan and how the findings moved. Pure.
 */
import { CRITERION_NAMES, CRITERION_ORDER } from "../../core";
import {
  budgetCuts,
  CHANGE_NAMES,
  PART_NAMES,
  fieldName,
  valueText,
  type FieldChange,
  type FindingRef,
  type PlanDiff,
  type ProjectChange,
  type TotalLine,
} from "../../core/diff";
import { CEILING_NAME } from "../../core/rules/util/budget";
import { cover, heading, para, table, widths, type Block, type TableSpec } from "./blocks";
import { contextOf, docSpec, letterheadFor, section, type BuildContext, type DocOptions, type DocSpec, type Issuer } from "./document";
import { TEXT_WIDTH } from "./style";
import { clusterIssuer, UNSPECIFIED } from "./summary";

const W = TEXT_WIDTH.landscape;
export const COMPARISON_TITLE = "ตารางเปรียบเทียบแผนและโครงการ";

function placeOf(diff: PlanDiff): string {
  const { province, level } = diff.newer;
  if (!province) return "(ไม่ระบุชื่อ)";
  if (level === "กลุ่มจังหวัด") return province.startsWith("กลุ่มจังหวัด") ? province : `กลุ่มจังหวัด${province}`;
  return province.startsWith("จังหวัด") ? province : `จังหวัด${province}`;
}

function issuerOfDiff(diff: PlanDiff): Issuer {
  const place = placeOf(diff);
  if (diff.newer.level === "กลุ่มจังหวัด") return clusterIssuer(place);
  return { committee: `คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ${place}`, office: `สำนักงาน${place} ศาลากลาง${place}` };
}

function signedBaht(ctx: BuildContext, n: number): string {
  return `${n > 0 ? "+" : n < 0 ? "-" : ""}${ctx.fmt.baht(Math.abs(n))}`;
}

function nameOf(c: ProjectChange): string {
  return c.name ?? "";
}

function amountOf(c: ProjectChange): number | null {
  const f = c.fields.find((x) => x.field === "budget");
  const v = f ? (c.change === "removed" ? f.before : f.after) : null;
  return typeof v === "number" ? v : null;
}

function cutsBlocks(diff: PlanDiff, ctx: BuildContext): Block[] {
  const f = ctx.fmt;
  const cuts = budgetCuts(diff);
  const removed = diff.projects.filter((c) => c.change === "removed");
  const blocks: Block[] = [
    heading("สรุปการปรับลดงบประมาณ", 1),
    para(
      f.text(
        `โครงการ ${diff.older.projects} โครงการ เป็น ${diff.newer.projects} โครงการ งบประมาณรวม ${f.baht(diff.older.budget)} บาท เป็น ${f.baht(diff.newer.budget)} บาท (${signedBaht(ctx, diff.newer.budget - diff.older.budget)} บาท) ปรับลดงบประมาณ ${cuts.length} โครงการ ตัดออก ${removed.length} โครงการ`,
      ),
      { indent: true },
    ),
  ];
  for (const c of diff.totals.ceilings) {
    const side = (x: typeof c.before) =>
      `${x.limit === null ? "ไม่ระบุวงเงิน" : `${f.baht(x.limit)} บาท`} อยู่ในวงเงิน ${f.num(x.inside)} โครงการ เกินวงเงิน ${f.num(x.over)} โครงการ`;
    blocks.push(para(f.text(`${CEILING_NAME[c.ceiling].th}: ฉบับเดิม ${side(c.before)} ฉบับใหม่ ${side(c.after)}`), { indent: true }));
  }
  if (!cuts.length && !removed.length) return [...blocks, para("ไม่มีโครงการที่ถูกปรับลดงบประมาณหรือตัดออก")];
  const rows = [
    ...cuts.map(({ change, field }) => [
      f.text(change.code),
      nameOf(change),
      f.baht(field.before as number),
      f.baht(field.after as number),
      signedBaht(ctx, field.difference ?? 0),
      field.percent === null || field.percent === undefined ? "-" : f.text(`${field.percent}`),
    ]),
    ...removed.map((c) => [
      f.text(c.code),
      `${nameOf(c)} (ตัดออก)`,
      f.baht(amountOf(c)),
      "-",
      signedBaht(ctx, -(amountOf(c) ?? 0)),
      f.text("-100"),
    ]),
  ];
  const total = cuts.reduce((s, c) => s + (c.field.difference ?? 0), 0) - removed.reduce((s, c) => s + (amountOf(c) ?? 0), 0);
  blocks.push(
    table({
      headers: ["รหัสโครงการ", "ชื่อโครงการ", "งบประมาณเดิม (บาท)", "งบประมาณใหม่ (บาท)", "ผลต่าง (บาท)", "ร้อยละ"],
      widths: widths(W, [2.2, 6.4, 2.6, 2.6, 2.6, 1.4]),
      align: ["left", "left", "right", "right", "right", "right"],
      rows,
      totals: [["", "รวมที่ปรับลด", "", "", signedBaht(ctx, total), ""]],
    }),
  );
  return blocks;
}

function totalsTable(title: string, lines: TotalLine[], ctx: BuildContext, label: (k: string) => string): Block[] {
  const f = ctx.fmt;
  return [
    heading(title, 2),
    table({
      headers: [title, "โครงการเดิม", "งบประมาณเดิม (บาท)", "โครงการใหม่", "งบประมาณใหม่ (บาท)", "ผลต่าง (บาท)"],
      widths: widths(W, [5, 1.8, 2.8, 1.8, 2.8, 2.6]),
      align: ["left", "right", "right", "right", "right", "right"],
      rows: lines.map((l) => [
        l.key ? label(l.key) : UNSPECIFIED,
        f.num(l.before.projects),
        f.baht(l.before.budget),
        f.num(l.after.projects),
        f.baht(l.after.budget),
        signedBaht(ctx, l.difference),
      ]),
    }),
  ];
}

function projectListTable(list: ProjectChange[], ctx: BuildContext): TableSpec {
  return table({
    headers: ["รหัสโครงการ", "ชื่อโครงการ", "งบประมาณ (บาท)"],
    widths: widths(W, [2.2, 9, 2.8]),
    align: ["left", "left", "right"],
    rows: list.map((c) => [ctx.fmt.text(c.code), nameOf(c), ctx.fmt.baht(amountOf(c))]),
  });
}

function addedRemovedBlocks(diff: PlanDiff, ctx: BuildContext): Block[] {
  const blocks: Block[] = [heading("โครงการที่เพิ่มใหม่และที่ตัดออก", 1)];
  for (const kind of ["added", "removed"] as const) {
    const list = diff.projects.filter((c) => c.change === kind);
    blocks.push(heading(`โครงการที่${CHANGE_NAMES[kind].th} (${ctx.fmt.num(list.length)} โครงการ)`, 2));
    blocks.push(list.length ? projectListTable(list, ctx) : para("ไม่มี"));
  }
  return blocks;
}

function changeValue(ctx: BuildContext, field: string, v: FieldChange["before"]): string {
  if (typeof v === "number" && (field === "budget" || field === "baseline" || field === "target")) return ctx.fmt.baht(v);
  return ctx.fmt.text(valueText(field, v, "th"));
}

function changedBlocks(diff: PlanDiff, ctx: BuildContext): Block[] {
  const changed = diff.projects.filter((c) => c.change === "changed");
  const blocks: Block[] = [heading("ตารางเปรียบเทียบรายโครงการ", 1)];
  if (!changed.length) return [...blocks, para("ไม่มีโครงการที่เปลี่ยนแปลง")];
  blocks.push(para("โครงการที่จับคู่ด้วยชื่อและสถานที่ (รหัสโครงการเปลี่ยน) ระบุรหัสเดิมไว้ในวงเล็บ", { indent: true }));
  const rows: string[][] = [];
  for (const c of changed) {
    const code = c.matchedBy === "name" ? `${c.code ?? "-"} (เดิม ${c.codeBefore ?? "-"})` : (c.code ?? "-");
    c.fields.forEach((f, i) => {
      const diffText =
        f.difference === undefined
          ? ""
          : ` (${signedBaht(ctx, f.difference)}${f.percent === null || f.percent === undefined ? "" : ` ร้อยละ ${f.percent}`})`;
      rows.push([
        i === 0 ? ctx.fmt.text(code) : "",
        fieldName("project", f.field).th,
        changeValue(ctx, f.field, f.before),
        ctx.fmt.text(`${changeValue(ctx, f.field, f.after)}${diffText}`),
        `${f.cellOlder ?? "-"} / ${f.cellNewer ?? "-"}`,
      ]);
    });
  }
  blocks.push(
    table({
      headers: ["รหัสโครงการ", "รายการ", "ฉบับเดิม", "ฉบับใหม่", "เซลล์ (เดิม / ใหม่)"],
      widths: widths(W, [3.2, 3.8, 4.8, 5.6, 2.4]),
      rows,
    }),
  );
  return blocks;
}

function planBlocks(diff: PlanDiff, ctx: BuildContext): Block[] {
  const blocks: Block[] = [heading("การเปลี่ยนแปลงของแผน", 1)];
  if (!diff.plan.length) return [...blocks, para("วิสัยทัศน์ พันธกิจ วัตถุประสงค์ ประเด็นยุทธศาสตร์ และแนวทางการพัฒนาไม่เปลี่ยนแปลง")];
  const rows: string[][] = [];
  for (const c of diff.plan) {
    const fields = c.fields.length ? c.fields : [null];
    fields.forEach((f, i) =>
      rows.push([
        i === 0 ? ctx.fmt.text(`${PART_NAMES[c.part].th} ${c.key}`) : "",
        i === 0 ? CHANGE_NAMES[c.change].th : "",
        f ? fieldName(c.part, f.field).th : "",
        f ? changeValue(ctx, f.field, f.before) : "",
        f ? changeValue(ctx, f.field, f.after) : "",
      ]),
    );
  }
  blocks.push(
    table({
      headers: ["ส่วนของแผน", "การเปลี่ยนแปลง", "รายการ", "ฉบับเดิม", "ฉบับใหม่"],
      widths: widths(W, [3.4, 2.4, 2.8, 5.4, 5.4]),
      rows,
    }),
  );
  return blocks;
}

function findingsTable(list: FindingRef[], ctx: BuildContext): TableSpec {
  return table({
    headers: ["เกณฑ์", "แผ่นงาน!เซลล์", "ข้อค้นพบ"],
    widths: widths(W, [2.2, 3.4, 13]),
    rows: list.map((f) => [ctx.fmt.text(f.criterion), ctx.fmt.text(`${f.sheet}!${f.cell}`), ctx.fmt.text(f.message)]),
  });
}

function findingsBlocks(diff: PlanDiff, ctx: BuildContext): Block[] {
  const { fixed, open } = diff.findings;
  const fresh = diff.findings.new;
  const rows = CRITERION_ORDER.map((c) => {
    const n = (list: FindingRef[]) => list.filter((f) => f.criterion === c).length;
    return [c, n(fixed), n(fresh), n(open)] as const;
  })
    .filter(([, a, b, c]) => a + b + c > 0)
    .map(([c, a, b, d]) => [ctx.fmt.text(c), CRITERION_NAMES[c].th, ctx.fmt.num(a), ctx.fmt.num(b), ctx.fmt.num(d)]);
  const blocks: Block[] = [heading("ผลการตรวจตามหลักเกณฑ์ก่อนและหลัง", 1)];
  blocks.push(
    table({
      headers: ["เกณฑ์", "หลักเกณฑ์", "แก้ไขแล้ว", "พบใหม่", "ยังคงอยู่"],
      widths: widths(W, [1.6, 8.8, 2, 2, 2]),
      align: ["center", "left", "right", "right", "right"],
      rows,
      totals: [["", "รวม", ctx.fmt.num(fixed.length), ctx.fmt.num(fresh.length), ctx.fmt.num(open.length)]],
    }),
  );
  blocks.push(heading("ข้อค้นพบที่พบใหม่", 2), fresh.length ? findingsTable(fresh, ctx) : para("ไม่มี"));
  blocks.push(heading("ข้อค้นพบที่แก้ไขแล้ว", 2), fixed.length ? findingsTable(fixed, ctx) : para("ไม่มี"));
  return blocks;
}

export function comparisonBlocks(diff: PlanDiff, ctx: BuildContext): Block[] {
  const t = diff.totals;
  return [
    ...cutsBlocks(diff, ctx),
    heading("งบประมาณรวมก่อนและหลัง", 1),
    ...totalsTable("ประเภทโครงการ", t.byKind, ctx, (k) => k),
    ...totalsTable("แหล่งงบประมาณ", t.bySource, ctx, (k) => k),
    ...totalsTable("ประเด็นยุทธศาสตร์", t.byIssue, ctx, (k) => ctx.fmt.text(`ประเด็นที่ ${k}`)),
    ...addedRemovedBlocks(diff, ctx),
    ...changedBlocks(diff, ctx),
    ...planBlocks(diff, ctx),
    ...findingsBlocks(diff, ctx),
  ];
}

export function buildComparisonDocument(diff: PlanDiff, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
  const year = (y: number | null) => (y === null ? "-" : String(y));
  const front = cover({
    letterhead: letterheadFor(ctx, issuerOfDiff(diff)),
    title: COMPARISON_TITLE,
    lines: [
      placeOf(diff),
      ctx.fmt.text(`ฉบับเดิม: ${diff.older.file} (ปีงบประมาณ พ.ศ. ${year(diff.older.fiscalYear)} ${diff.older.planStatus ?? ""})`),
      ctx.fmt.text(`ฉบับใหม่: ${diff.newer.file} (ปีงบประมาณ พ.ศ. ${year(diff.newer.fiscalYear)} ${diff.newer.planStatus ?? ""})`),
    ],
  });
  return docSpec(`${COMPARISON_TITLE} ${placeOf(diff)}`, [section(front), section(comparisonBlocks(diff, ctx), "landscape")], opts);
}

/** A province's change since its previous submission, for a packet's summary: null when no previous one was found. */
export interface PreviousChange {
  place: string;
  diff: PlanDiff | null;
}

/** The packet's summary of changes since the previous submission, one row per province. */
export function changesSinceBlocks(changes: readonly PreviousChange[], ctx: BuildContext): Block[] {
  const f = ctx.fmt;
  return [
    heading("การเปลี่ยนแปลงจากการเสนอครั้งก่อน", 1),
    table({
      headers: [
        "จังหวัด",
        "โครงการเพิ่มใหม่",
        "โครงการตัดออก",
        "ปรับลดงบประมาณ (โครงการ)",
        "งบประมาณเดิม (บาท)",
        "งบประมาณใหม่ (บาท)",
        "ผลต่าง (บาท)",
      ],
      widths: widths(W, [3, 1.8, 1.8, 2.2, 2.6, 2.6, 2.6]),
      align: ["left", "right", "right", "right", "right", "right", "right"],
      rows: changes.map(({ place, diff }) =>
        diff
          ? [
              place,
              f.num(diff.projects.filter((c) => c.change === "added").length),
              f.num(diff.projects.filter((c) => c.change === "removed").length),
              f.num(budgetCuts(diff).length),
              f.baht(diff.older.budget),
              f.baht(diff.newer.budget),
              signedBaht(ctx, diff.newer.budget - diff.older.budget),
            ]
          : [place, "ไม่มีฉบับก่อน", "", "", "", "", ""],
      ),
    }),
  ];
}

/** A province's budget cuts and removed projects since its previous submission (its section in a packet; portrait). */
export function provinceCutsBlocks(diff: PlanDiff, ctx: BuildContext): Block[] {
  const f = ctx.fmt;
  const cuts = budgetCuts(diff);
  const removed = diff.projects.filter((c) => c.change === "removed");
  const title = para(`การปรับลดงบประมาณเทียบกับการเสนอครั้งก่อน (${diff.older.file})`, { bold: true });
  if (!cuts.length && !removed.length) return [title, para("ไม่มีโครงการที่ถูกปรับลดงบประมาณหรือตัดออก")];
  return [
    title,
    table({
      headers: ["รหัสโครงการ", "ชื่อโครงการ", "งบประมาณเดิม (บาท)", "ผลต่าง (บาท)"],
      widths: widths(TEXT_WIDTH.portrait, [2.3, 4.9, 2.4, 2.4]),
      align: ["left", "left", "right", "right"],
      rows: [
        ...cuts.map(({ change, field }) => [
          f.text(change.code),
          nameOf(change),
          f.baht(field.before as number),
          signedBaht(ctx, field.difference ?? 0),
        ]),
        ...removed.map((c) => [f.text(c.code), `${nameOf(c)} (ตัดออก)`, f.baht(amountOf(c)), signedBaht(ctx, -(amountOf(c) ?? 0))]),
      ],
    }),
  ];
}
