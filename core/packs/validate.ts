/**
 * Reads a pack's data (already parsed from JSON or YAML by an adapter):
 * the schema first, then what a schema cannot say (sources that exist, rule
 * ids the catalogue knows, provinces the reference data knows). The first
 * problem is thrown with its path inside the pack (`kpis[0].levels[2].steps[1].due`).
 */
import type { ReferenceData } from "../reference";
import { HEARING_GROUP_COLUMNS } from "../rules/hearing/groups";
import { clusterSetId, PROVINCE_SETS } from "./reference";
import { PackSchema, type Pack } from "./schema";

export class PackProblem extends Error {
  constructor(
    /** Where inside the pack: `kpis[0].levels[2].steps[1].due`, or "" for the whole file. */
    readonly path: string,
    readonly th: string,
    readonly en: string,
  ) {
    super(`${path}: ${en}`);
  }
}

/** ["kpis", 0, "levels", 2, "due"] → "kpis[0].levels[2].due" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    // A rule id such as "2.2/chain" is a key, not two steps down.
    else if (!/^[A-Za-z_$][\w$]*$/.test(String(p))) out += `[${JSON.stringify(String(p))}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** What a pack is checked against besides its schema. */
export interface PackContext {
  ruleIds: ReadonlySet<string>;
  reference: ReferenceData;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const p of path) at = at && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[p] : undefined;
  return at;
}

function schemaProblem(data: unknown): PackProblem | undefined {
  const parsed = PackSchema.safeParse(data);
  if (parsed.success) return undefined;
  // A union's first branch speaks for it: a setting with a bad value fails both branches alike.
  const issue = parsed.error.issues[0];
  const whole = valueAt(data, issue.path);
  if (issue.code === "invalid_union" && whole && typeof whole === "object" && !("source" in whole) && !("unsourced" in whole))
    return new PackProblem(
      formatPath(issue.path),
      "ต้องมี source หรือ unsourced: true พร้อม note ที่บอกเหตุผลของค่า",
      "needs a source, or unsourced: true with a note saying why the value",
    );
  const path = issue.code === "invalid_union" && issue.errors[0]?.[0] ? [...issue.path, ...issue.errors[0][0].path] : issue.path;
  const inner = issue.code === "invalid_union" && issue.errors[0]?.[0] ? issue.errors[0][0] : issue;
  const got = valueAt(data, path);
  const shown = got === undefined ? "" : ` (${JSON.stringify(got)?.slice(0, 40)})`;
  const [th, en] = inner.message.includes(" / ") ? inner.message.split(" / ") : ["ค่าไม่ถูกต้อง", inner.message];
  const missing = got === undefined && path.length > 0;
  return new PackProblem(
    formatPath(path),
    missing ? `ขาดค่าที่ต้องมี` : `${th}${shown}`,
    missing ? `a required value is missing` : `${en}${shown}`,
  );
}

/** Every `source` value in the pack, with its path. */
function sourcesIn(o: unknown, path: PropertyKey[] = [], out: [PropertyKey[], string][] = []): [PropertyKey[], string][] {
  if (Array.isArray(o)) o.forEach((v, i) => sourcesIn(v, [...path, i], out));
  else if (o && typeof o === "object")
    for (const [k, v] of Object.entries(o)) {
      if (k === "source" && typeof v === "string") out.push([[...path, k], v]);
      else if (k !== "sources") sourcesIn(v, [...path, k], out);
    }
  return out;
}

function crossProblem(pack: Pack, ctx: PackContext): PackProblem | undefined {
  for (const [path, key] of sourcesIn(pack))
    if (!(key in pack.sources))
      return new PackProblem(formatPath(path), `ไม่มีแหล่งอ้างอิง "${key}" ใน sources`, `no source "${key}" in sources`);
  for (const id of Object.keys(pack.rules.list))
    if (!ctx.ruleIds.has(id))
      return new PackProblem(
        formatPath(["rules", "list", id]),
        `ไม่รู้จักเกณฑ์ "${id}" (ดู phaen rules)`,
        `unknown rule id "${id}" (see phaen rules)`,
      );
  const { from, to } = pack.fiscalYears;
  for (const [k, kpi] of pack.kpis.entries()) {
    if (kpi.fiscalYear < from || kpi.fiscalYear > to)
      return new PackProblem(
        formatPath(["kpis", k, "fiscalYear"]),
        `ปีงบประมาณ ${kpi.fiscalYear} อยู่นอกช่วงปีของชุดกติกา (${from}–${to})`,
        `fiscal year ${kpi.fiscalYear} is outside the pack's years (${from}–${to})`,
      );
    const codes = new Set<string>();
    for (const [l, level] of kpi.levels.entries()) {
      if (level.level !== l + 1)
        return new PackProblem(
          formatPath(["kpis", k, "levels", l, "level"]),
          `ระดับต้องเรียง 1, 2, 3 …`,
          `levels must run 1, 2, 3 … in order`,
        );
      for (const [s, step] of level.steps.entries()) {
        const at = (key: string) => formatPath(["kpis", k, "levels", l, "steps", s, key]);
        if (codes.has(step.code)) return new PackProblem(at("code"), `รหัสขั้นตอน ${step.code} ซ้ำ`, `step code ${step.code} is used twice`);
        codes.add(step.code);
        // "2552-10-31" is a valid ISO date, in the year 2552 CE: a BE year typed where CE is meant.
        const dueCE = step.due ? Number(step.due.slice(0, 4)) : undefined;
        if (dueCE !== undefined && Math.abs(dueCE - (kpi.fiscalYear - 543)) > 2)
          return new PackProblem(
            at("due"),
            `ปี ${dueCE} ห่างจากปีงบประมาณ ${kpi.fiscalYear} (ค.ศ. ${kpi.fiscalYear - 543}) เกินไป: วันที่ในชุดกติกาเป็น ค.ศ. (ปปปป-ดด-วว)`,
            `year ${dueCE} is far from fiscal year ${kpi.fiscalYear} (${kpi.fiscalYear - 543} CE): dates in a pack are CE (YYYY-MM-DD)`,
          );
        if (step.kind === "percent" && step.targetPercent === undefined)
          return new PackProblem(at("targetPercent"), "ขั้นตอนแบบร้อยละต้องมี targetPercent", "a percent step needs targetPercent");
      }
    }
    for (const [p, named] of kpi.assessed.provinces.entries()) {
      const at = formatPath(["kpis", k, "assessed", "provinces", p]);
      const known = ctx.reference.province(named.th);
      if (!known) return new PackProblem(at, `ไม่รู้จักจังหวัด "${named.th}"`, `unknown province "${named.th}"`);
      if (known.code !== named.code)
        return new PackProblem(
          at,
          `รหัสของ${known.th}คือ ${known.code} ไม่ใช่ ${named.code}`,
          `${known.en}'s code is ${known.code}, not ${named.code}`,
        );
      if (known.createdCE && known.createdCE > kpi.fiscalYear - 543)
        return new PackProblem(
          at,
          `จังหวัด${known.th}ยังไม่ได้จัดตั้งในปีงบประมาณ ${kpi.fiscalYear}`,
          `${known.en} did not exist in fiscal year ${kpi.fiscalYear}`,
        );
    }
  }
  if (!PROVINCE_SETS.includes(pack.reference.provinces.set))
    return new PackProblem(
      formatPath(["reference", "provinces", "set"]),
      `ไม่มีชุดข้อมูลจังหวัด "${pack.reference.provinces.set}" (มี ${PROVINCE_SETS.join(", ")})`,
      `no province data set "${pack.reference.provinces.set}" (known: ${PROVINCE_SETS.join(", ")})`,
    );
  const sets = new Set(ctx.reference.clusterSets.map(clusterSetId));
  for (const [i, c] of pack.reference.clusters.entries())
    if (!sets.has(c.set))
      return new PackProblem(
        formatPath(["reference", "clusters", i, "set"]),
        `ไม่มีชุดข้อมูลกลุ่มจังหวัด "${c.set}" (มี ${[...sets].join(", ")})`,
        `no cluster data set "${c.set}" (known: ${[...sets].join(", ")})`,
      );
  for (const [g, group] of pack.hearingGroups.items.entries())
    if (!HEARING_GROUP_COLUMNS.some((c) => c.th === group.th))
      return new PackProblem(
        formatPath(["hearingGroups", "items", g, "th"]),
        `แผ่นงานเวทีรับฟังความคิดเห็นไม่มีคอลัมน์ของกลุ่ม "${group.th}" (มี ${HEARING_GROUP_COLUMNS.map((c) => c.th).join(", ")})`,
        `the hearings sheet has no column for the group "${group.th}" (it has ${HEARING_GROUP_COLUMNS.map((c) => c.th).join(", ")})`,
      );
  const named = ctx.reference.clusterSets.filter((s) => pack.reference.clusters.some((c) => c.set === clusterSetId(s)));
  for (const [r, region] of (pack.regions?.value ?? []).entries())
    for (const [c, cluster] of region.clusters.entries())
      if (!named.some((s) => s.clusters.some((k) => k.th === cluster)))
        return new PackProblem(
          formatPath(["regions", "value", r, "clusters", c]),
          `ไม่มีกลุ่มจังหวัด "${cluster}" ในชุดข้อมูลกลุ่มจังหวัดที่ชุดกติกานี้ใช้`,
          `no cluster "${cluster}" in the cluster sets this pack uses`,
        );
  return undefined;
}

/** The pack, or a PackProblem naming the first thing wrong in it. */
export function parsePack(data: unknown, ctx: PackContext): Pack {
  const problem = schemaProblem(data);
  if (problem) throw problem;
  const pack = PackSchema.parse(data);
  const cross = crossProblem(pack, ctx);
  if (cross) throw cross;
  return pack;
}

export { clusterSetId };
