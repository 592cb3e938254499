/** จังหวัดขอนแก่น FY2552: inland, not assessed for KPI 3.6, and a workbook with no error finding. */
import type { WorkbookData } from "../../../generator/workbook";
import {
  khonKaenApproaches,
  khonKaenApprovals,
  khonKaenCommittee,
  khonKaenHearings,
  khonKaenInfo,
  khonKaenIssues,
  khonKaenNeeds,
  khonKaenObjectives,
  khonKaenPositioning,
  khonKaenSwot,
} from "./khon-kaen-plan";
import { khonKaenEconomyProjects } from "./khon-kaen-economy-projects";
import { khonKaenSocietyProjects } from "./khon-kaen-society-projects";
import { makeProject } from "./project-factory";

export const khonKaen: WorkbookData = {
  info: khonKaenInfo,
  committee: khonKaenCommittee,
  hearings: khonKaenHearings,
  needs: khonKaenNeeds,
  approvals: khonKaenApprovals,
  swot: khonKaenSwot,
  objectives: khonKaenObjectives,
  issues: khonKaenIssues,
  approaches: khonKaenApproaches,
  positioning: khonKaenPositioning,
  projects: [...khonKaenEconomyProjects, ...khonKaenSocietyProjects].map((s, i) =>
    makeProject({ ...s, code: `KK52-${String(i + 1).padStart(3, "0")}`, priority: i + 1 }),
  ),
  kpi: [],
  kpiMeetings: [],
};
