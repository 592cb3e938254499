import type { Project } from "../../schema";
import { defineRule } from "../types";
import { codeKey, projectLabel } from "../util/lookup";

/** What a chain finding names (made only for a finding: this rule visits every project). */
function chainData(p: Project): Record<string, string | number> {
  return { project: projectLabel(p), issue: p.issueNo ?? "", approach: p.approachCode ?? "-" };
}

/**
 * 2.2: the chain project → approach → strategic issue → objective is
 * unbroken. (3.4 says whether the approach exists at all; this rule checks
 * that the links agree and reach an objective.)
 */
export default defineRule({
  id: "2.2/chain",
  criterion: "2.2",
  severity: "error",
  title: { th: "โครงการเชื่อมโยงแนวทาง ประเด็นยุทธศาสตร์ และวัตถุประสงค์ครบสาย", en: "Project → approach → issue → objective chain is unbroken" },
  messages: {
    noIssue: {
      th: "โครงการ {project} อ้างประเด็นยุทธศาสตร์ที่ {issue} ซึ่งไม่มีในแผ่นงานประเด็นยุทธศาสตร์",
      en: "Project {project} names strategic issue {issue}, which is not on the strategic issues sheet",
    },
    approachElsewhere: {
      th: "โครงการ {project} อยู่ในประเด็นที่ {issue} แต่แนวทาง {approach} อยู่ภายใต้ประเด็นที่ {approachIssue}",
      en: "Project {project} is under issue {issue} but approach {approach} belongs to issue {approachIssue}",
    },
    noObjective: {
      th: "โครงการ {project}: ทั้งประเด็นที่ {issue} และแนวทาง {approach} ไม่ได้อ้างวัตถุประสงค์ของแผนที่มีอยู่",
      en: "Project {project}: neither issue {issue} nor approach {approach} names an existing plan objective",
    },
  },
  fix: {
    th: "แก้เลขประเด็นยุทธศาสตร์และรหัสแนวทางของโครงการให้ตรงกัน และให้ประเด็นหรือแนวทางอ้างรหัสวัตถุประสงค์ที่มีอยู่",
    en: "Make the project's issue number match its approach's, and have the issue or approach name an existing objective",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const issueByNo = ctx.facts.issueByNo;
    const approachByCode = ctx.facts.approachByCode;
    const objectives = ctx.facts.objectiveByCode;
    const reachesObjective = (codes: string[] | null) => {
      if (codes) for (let k = 0; k < codes.length; k++) if (objectives.has(codeKey(codes[k]))) return true;
      return false;
    };
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      if (p.issueNo === null) continue; // required-field rule reports it
      const issue = issueByNo.get(p.issueNo);
      const approach = approachByCode.get(codeKey(p.approachCode));

      if (!issue) {
        ctx.reportAt(projects, p, "issueNo", { messageId: "noIssue", data: chainData(p) });
        continue;
      }
      if (approach && approach.issueNo !== null && approach.issueNo !== p.issueNo) {
        ctx.reportAt(projects, p, "approachCode", {
          messageId: "approachElsewhere",
          data: { ...chainData(p), approachIssue: approach.issueNo },
        });
        continue;
      }
      if (!reachesObjective(issue.objectiveCodes) && !(approach && reachesObjective(approach.objectiveCodes))) {
        ctx.reportAt(projects, p, "issueNo", { messageId: "noObjective", data: chainData(p) });
      }
    }
  },
});
