/** Rule packs: each fiscal-year range's rules, KPIs, committees and steps as data (see README "Rule packs"). */
export { PackSchema, type Pack, type PackKpi, type PackRuleSetting, type PackRegion } from "./schema";
export { parsePack, formatPath, clusterSetId, PackProblem, type PackContext } from "./validate";
export { packSettings, kpiDefinition, kpisFor, choosePack, packInfoValues, packApprovalRows, type PackChoice } from "./derive";
export { BUNDLED_PACKS, bundledPack } from "./bundled";
export { referenceForPack, regionOfCluster, PROVINCE_SETS } from "./reference";
export { packChoices, choiceValues, extraChoices, type PackChoices } from "./choices";
