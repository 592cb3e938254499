/**
 * The dropdown lists a pack declares (issue 14: "the template and `phaen new` take their
 * dropdowns from the pack"): the committees of the province and cluster levels, the committee
 * sectors, the approval steps in their order and the committee decisions. A value core's list
 * knows keeps core's English name and accepted spellings; a value only the pack names is read as
 * typed (the parser accepts it under that pack: core/check.ts).
 */
import { ENUMS, enumOptions, type EnumKey, type EnumOption } from "../schema/enums";
import type { WorkbookFeature } from "../schema/columns";
import type { Pack } from "./schema";

export type PackChoices = Partial<Record<EnumKey, readonly EnumOption[]>>;

const byPack = new WeakMap<Pack, PackChoices>();

function options(key: EnumKey, items: readonly { th: string; en: string }[]): EnumOption[] {
  return items.map((item) => {
    const known = ENUMS[key].options.find((o: EnumOption) => o.value === item.th);
    return known
      ? { value: known.value, en: known.en, ...(known.aliases ? { aliases: known.aliases } : {}) }
      : { value: item.th, en: item.en };
  });
}

/** The lists the pack declares, by the enumeration each replaces. */
export function packChoices(pack: Pack | undefined): PackChoices {
  if (!pack) return {};
  const known = byPack.get(pack);
  if (known) return known;
  // The committee sheet records the province's or the cluster's own committee: the province's first.
  const committees = (["province", "cluster"] as const).flatMap((level) =>
    pack.committees.filter((c) => c.level === level).map((c) => ({ th: c.abbr, en: c.en })),
  );
  const choices: PackChoices = {
    ...(committees.length ? { committee: options("committee", committees) } : {}),
    sector: options("sector", pack.committeeSectors.items),
    approvalStep: options("approvalStep", pack.approvalSteps.items),
    ...(pack.decisions ? { decision: options("decision", pack.decisions.items) } : {}),
  };
  byPack.set(pack, choices);
  return choices;
}

/** The values a dropdown offers: the pack's list where it declares one, else core's for the workbook's features. */
export function choiceValues(key: EnumKey, features: readonly WorkbookFeature[] = [], choices: PackChoices = {}): string[] {
  return (choices[key] ?? enumOptions(key, features)).map((o) => o.value);
}

/** The options a pack declares that core's lists do not know (the parser reads them only under that pack). */
export function extraChoices(choices: PackChoices): PackChoices {
  const out: PackChoices = {};
  for (const [key, opts] of Object.entries(choices) as [EnumKey, readonly EnumOption[]][]) {
    const extra = opts.filter((o) => !ENUMS[key].options.some((k: EnumOption) => k.value === o.value));
    if (extra.length) out[key] = extra;
  }
  return out;
}
