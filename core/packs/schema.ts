/**
 * A rule pack: one fiscal-year range's rules as data a secretariat edits
 * (DOMAIN.md §9: the criteria, KPIs, committees and steps change every year).
 * This zod schema is the only description of a pack: the TypeScript types,
 * the parser and its messages, and the editors' JSON Schema
 * (core/packs/pack.schema.json, written by `npm run packs:schema`) all come
 * from it. Dates are ISO and CE ("2009-10-31"); years are BE.
 */
import { z } from "zod";

const text = z.string().trim().min(1, { message: "ต้องไม่ว่าง / must not be empty" });
const bilingual = z.strictObject({ th: text, en: text });
const beYear = z.int().min(2400).max(2800);
/** Each fact names where it comes from: a key of the pack's `sources`. */
const source = text.describe("a key of this pack's sources");
const isoDate = z.iso.date({ message: "ไม่ใช่วันที่ ISO ค.ศ. (ปปปป-ดด-วว) / not an ISO CE date (YYYY-MM-DD)" });
const yearRange = z
  .strictObject({ from: beYear, to: beYear })
  .refine((r) => r.from <= r.to, { message: "ปีเริ่มต้องไม่หลังปีสิ้นสุด / from must not be after to" });

/** A threshold with its source, or marked unsourced with why the value was chosen (DOMAIN.md §9: never invented silently). */
function setting<T extends z.ZodType>(value: T) {
  return z.union([
    z.strictObject({ value, source }),
    z.strictObject({ value, unsourced: z.literal(true), note: text.describe("why this value, until a source is found") }),
  ]);
}

export const SettingsSchema = z.strictObject({
  minReasonLength: setting(z.int().min(0)),
  rejectCopiedReasons: setting(z.boolean()),
  nearDuplicateSimilarity: setting(z.number().min(0).max(1)),
  outlierIqrFactor: setting(z.number().positive()),
  outlierMinGroupSize: setting(z.int().min(1)),
  plausibleYears: setting(z.strictObject({ min: beYear, max: beYear })),
  evidenceWords: setting(z.array(text)),
});

const severity = z.enum(["error", "warning", "info"]);
export const RuleSettingSchema = z.strictObject({
  /** Off: the rule does not run under this pack. */
  enabled: z.boolean(),
  /** Every finding of the rule gets this severity; left out, each finding keeps its own. */
  severity: severity.optional(),
  /** Free text for the reader of the file (the rule's title, why it is off). */
  note: z.string().optional(),
  /** Why the rule applies (or not) in these years: a key of `sources`… */
  source: source.optional(),
  /** …or, where no source says, true (the note then says why it is on or off). */
  unsourced: z.literal(true).optional(),
});

export const StepSchema = z.strictObject({
  code: text,
  kind: z.enum(["dated", "percent", "quarterlyMeetings", "verdict"]),
  th: text,
  en: text,
  /** On or before this date; scoring follows it. */
  due: isoDate.optional(),
  targetPercent: z.number().min(0).max(100).optional(),
  perQuarter: z.int().min(1).optional(),
  requiresFlaggedProjects: z.boolean().optional(),
  source,
});

export const LevelSchema = z.strictObject({ level: z.int().min(1), th: text, en: text, steps: z.array(StepSchema).min(1) });

export const KpiSchema = z.strictObject({
  id: text,
  fiscalYear: beYear,
  th: text,
  en: text,
  /** Percent: 3 means 3 %. */
  weight: z.number().positive().max(100),
  source,
  levels: z.array(LevelSchema).min(1),
  assessed: z.strictObject({
    provinces: z.array(
      z.strictObject({ th: text, code: z.string().regex(/^TH-\d\d$/, { message: "รหัส ISO เช่น TH-23 / an ISO code such as TH-23" }) }),
    ),
    source,
    note: z.string().optional(),
  }),
  scoring: z.strictObject({
    /** Score when no level is reached. */
    floor: z.number().min(0),
    /** none: a level counts only when all its steps are met; stepFraction adds the met share of the next level's steps. */
    partialCredit: z.enum(["none", "stepFraction"]),
    source,
  }),
});

/** "regional": the 2565 decree's regional sub-committees that screen annual plans (DOMAIN.md §9). */
const committeeLevel = z.enum(["national", "regional", "cluster", "province", "district"]);
export const CommitteeSchema = z.strictObject({
  level: committeeLevel,
  abbr: text,
  th: text,
  en: text,
  chair: bilingual,
  /** Who serves as secretariat (สศช. for ก.น.บ. under the 2565 decree), when the source says. */
  secretariat: bilingual.optional(),
  source,
});

/** A value no reachable source states (DOMAIN.md §9): a secretariat fills it in; until then it is empty and says so. */
export const OpenSettingSchema = z.strictObject({
  th: text,
  en: text,
  value: z.union([z.string(), z.array(z.string()), z.null()]),
  unsourced: z.literal(true),
  note: text.describe("what would settle it"),
});

/** The workbook a pack's years use: the parts it switches on and the plan it belongs to (the 2565 decree's). */
export const WorkbookSchema = z.strictObject({
  features: z.array(z.enum(["alignment", "goal20", "review"])),
  /** The 5-year plan in force and how its yearly review edition is named ({year} = the fiscal year). */
  plan: z.strictObject({ from: beYear, to: beYear, edition: text, source }).optional(),
  /** The province's 20-year goal period. */
  goal: z.strictObject({ from: beYear, to: beYear, source }).optional(),
  source,
});

export const AlignmentSettingsSchema = z.strictObject({
  /** Sub-plans beyond the one the reference data names, as a secretariat lists them (code MMSS names its master plan MM). */
  subPlans: setting(
    z.array(
      z.strictObject({ code: z.string().regex(/^\d{4}$/, { message: "รหัส 4 หลัก เช่น 0902 / a 4-digit code such as 0902" }), th: text }),
    ),
  ),
  source,
});

/** The regions (ภาค) whose sub-committees screen the plans, each by the clusters it holds (names of the pack's cluster sets). */
export const RegionsSchema = setting(z.array(z.strictObject({ th: text, en: text, clusters: z.array(text).min(1) })).min(1));

export const CeilingSchema = z.strictObject({
  /** How projects fall inside or over the ceiling: in priority order up to it; agency projects for information apart. */
  split: z.literal("priority-order"),
  source,
  /**
   * How projects fill it (core/budget/split.ts CeilingFill): priority or workbook order, and whether a later,
   * smaller project may still fit after the first that does not. Absent: DEFAULT_CEILING_FILL.
   */
  fill: setting(z.strictObject({ order: z.enum(["priority", "workbook"]), afterOverflow: z.enum(["over", "next-may-fit"]) })).optional(),
});

export const PackSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: "ตัวอักษรละติน ตัวเลข . _ - / letters, digits, . _ -" }),
  title: bilingual,
  fiscalYears: yearRange,
  regime: z.strictObject({ id: text, th: text, en: text, source }),
  /** Citations by key; every `source` in the pack names one of these. */
  sources: z.record(z.string(), text),
  planPeriod: z.strictObject({
    /** Length of the province's development plan (4 under the 2551 decree, 5 under the 2565 one). */
    years: z.int().min(1).max(30),
    /** A long-term goal above the plan (the 20-year goal of the 2565 decree). */
    goalYears: z.int().min(1).max(40).optional(),
    /** The plan is reviewed every year (ฉบับทบทวน). */
    reviewedYearly: z.boolean().optional(),
    source,
  }),
  committees: z.array(CommitteeSchema).min(1),
  committeeSectors: z.strictObject({ items: z.array(bilingual).min(1), source }),
  /** The approval steps in order; `phaen new` lists them on the approvals sheet. */
  approvalSteps: z.strictObject({ items: z.array(z.strictObject({ th: text, en: text, source: source.optional() })).min(1), source }),
  hearingGroups: z.strictObject({ items: z.array(bilingual).min(1), source }),
  /** The decisions a committee records for a project (มติ), in the dropdown's order. */
  decisions: z.strictObject({ items: z.array(bilingual).min(1), source }).optional(),
  /** The regions of the regional sub-committees (the 2565 decree's): a regional packet takes its region's provinces. */
  regions: RegionsSchema.optional(),
  /** Reference data sets the pack relies on, by fiscal year. */
  reference: z.strictObject({
    provinces: z.strictObject({ set: text, source }),
    clusters: z.array(z.strictObject({ fiscalYears: yearRange, set: text, source })).min(1),
  }),
  /** Rules not listed here run as the catalogue defines them when `unlisted` is "on". */
  rules: z.strictObject({ unlisted: z.enum(["on", "off"]), list: z.record(z.string(), RuleSettingSchema) }),
  settings: SettingsSchema,
  kpis: z.array(KpiSchema),
  /** Left out by packs of the 2551 decree: their workbook is the template's. */
  workbook: WorkbookSchema.optional(),
  alignment: AlignmentSettingsSchema.optional(),
  ceiling: CeilingSchema.optional(),
  /** What no reachable source states (forms' field lists, eMENSCR's fields, the ceiling formula, KPI scoring). */
  openSettings: z.record(z.string(), OpenSettingSchema).optional(),
});

export type Pack = z.infer<typeof PackSchema>;
export type PackKpi = z.infer<typeof KpiSchema>;
export type PackRuleSetting = z.infer<typeof RuleSettingSchema>;
export type PackRegion = z.infer<typeof RegionsSchema>["value"][number];
