/**
 * จังหวัดตราด FY2552: a border and coastal province assessed for KPI 3.6,
 * with defects planted so that a demo shows findings of most rules. Every
 * planted defect is marked "DEFECT" here or in the files it imports, and is
 * listed in templates/samples/README.md.
 */
import type { InputRow, WorkbookData } from "../../../generator/workbook";
import { makeProject, type ProjectSpec } from "./project-factory";
import {
  tratApproaches,
  tratApprovals,
  tratCommittee,
  tratHearings,
  tratInfo,
  tratIssues,
  tratKpi,
  tratMeetings,
  tratNeeds,
  tratObjectives,
  tratPositioning,
  tratSwot,
} from "./trat-plan";
import { tratAgricultureProjects } from "./trat-agriculture-projects";
import { tratEnvironmentAndClusterProjects } from "./trat-environment-cluster-projects";
import { tratLateProjects } from "./trat-late-projects";
import { tratSecurityProjects } from "./trat-security-projects";
import { tratSocialProjects } from "./trat-social-projects";
import { tratTourismProjects } from "./trat-tourism-projects";

function byName(rows: InputRow[], fragment: string): InputRow {
  const row = rows.find((r) => String(r.name).includes(fragment));
  if (!row) throw new Error(`no sample project named like ${fragment}`);
  return row;
}

function tratProjects(): InputRow[] {
  // In this order: project codes (TR52-001 …) and rows follow it, and the README's cells with them.
  const specs: Omit<ProjectSpec, "code" | "priority">[] = [
    ...tratTourismProjects,
    ...tratAgricultureProjects,
    ...tratSecurityProjects,
    ...tratSocialProjects,
    ...tratEnvironmentAndClusterProjects,
    ...tratLateProjects,
  ];
  const rows = specs.map((s, i) => makeProject({ ...s, code: `TR52-${String(i + 1).padStart(3, "0")}`, priority: i + 1 }));
  const code = (fragment: string) => String(byName(rows, fragment).code);

  // Related projects name each other (criterion 4.3).
  byName(rows, "ห้องเย็นผลไม้").linkedCodes = [code("ศูนย์กลางรวบรวม"), code("GAP")];
  byName(rows, "ศูนย์กลางรวบรวม").linkedCodes = [code("ห้องเย็นผลไม้")];
  byName(rows, "กำจัดขยะมูลฝอย").linkedCodes = [code("ธนาคารขยะ")];
  byName(rows, "จุดตรวจร่วม").linkedCodes = [code("อาสาสมัครรักษาความมั่นคง")];

  // DEFECT 4.3/linked-codes: a linked project code that does not exist.
  byName(rows, "ลาดตระเวนและกำหนดแนวเขต").linkedCodes = [code("จุดตรวจร่วม"), "TR52-099"];
  // DEFECT 2.1/self-assessment-reasoned: a moderation reason copied word for word.
  byName(rows, "ธนาคารขยะ").seModerationReason = byName(rows, "ฝายชะลอน้ำ").seModerationReason;
  // DEFECT 2.1/principles: an honest "no" (with its reason) on self-immunity.
  Object.assign(byName(rows, "เทศกาลวันผลไม้"), {
    seImmunity: false,
    seImmunityReason: "งานเทศกาลขึ้นกับสภาพอากาศและราคาผลไม้ในปีนั้น ยังไม่มีแผนรองรับหากผลผลิตน้อย",
  });
  // DEFECT 2.1/self-assessment-reasoned: a reason too short to mean anything.
  byName(rows, "ลานกีฬาชุมชน").seKnowledgeReason = "มีความรู้";
  // DEFECT 4.2/readiness: the pier's permit is still pending (a warning).
  byName(rows, "ท่าเทียบเรือท่องเที่ยว").readyPermits = "ไม่พร้อม";
  // DEFECT data: a budget cell broken by a deleted detail sheet.
  byName(rows, "สละพันธุ์ดี").budget = "#REF!";
  // DEFECT data: a start date typed as words nobody can read as a date.
  byName(rows, "หน่วยแพทย์เคลื่อนที่").startDate = "ต้นปีงบประมาณ";
  // DEFECT 2.1/self-assessment-complete: one part left unanswered.
  byName(rows, "ประกวดหมู่บ้าน").seMorality = null;
  // DEFECT 4.1/need-or-weakness: a need id that is not on the needs sheet.
  byName(rows, "ส่งเสริมการเลี้ยงปูทะเล").needIds = ["N09", "N19"];
  // DEFECT 4.4/beneficiaries: beneficiaries left blank.
  byName(rows, "ศูนย์บริการแรงงานต่างด้าว").beneficiaries = null;
  // DEFECT 2.2/scope: a cluster-budget proposal filed under a province-level issue.
  Object.assign(byName(rows, "อาหารทะเล"), { issueNo: 1, approachCode: "1.2" });
  // DEFECT data/duplicate-code: a copied row kept the code of the project above it.
  byName(rows, "แปรรูปสัตว์น้ำ").code = byName(rows, "เฝ้าระวังและป้องกันภัยทางทะเล").code;
  return rows;
}

export const trat: WorkbookData = {
  info: tratInfo,
  committee: tratCommittee,
  hearings: tratHearings,
  needs: tratNeeds,
  approvals: tratApprovals,
  swot: tratSwot,
  objectives: tratObjectives,
  issues: tratIssues,
  approaches: tratApproaches,
  positioning: tratPositioning,
  projects: tratProjects(),
  kpi: tratKpi,
  kpiMeetings: tratMeetings,
};
