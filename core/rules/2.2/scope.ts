import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

/** 2.2: cluster projects answer cluster issues; province projects answer province issues. */
export default defineRule({
  id: "2.2/scope",
  criterion: "2.2",
  severity: "error",
  title: {
    th: "โครงการกลุ่มจังหวัดเชื่อมโยงกับประเด็นระดับกลุ่มจังหวัด",
    en: "Cluster projects link to cluster issues, province projects to province issues",
  },
  messages: {
    clusterToProvince: {
      th: "โครงการ {project} เป็นโครงการกลุ่มจังหวัด แต่ประเด็นยุทธศาสตร์ที่ {issue} เป็นประเด็นระดับจังหวัด",
      en: "Project {project} is a cluster project but strategic issue {issue} is a province issue",
    },
    provinceToCluster: {
      th: "โครงการ {project} เป็นโครงการระดับจังหวัด ({kind}) แต่ประเด็นยุทธศาสตร์ที่ {issue} เป็นประเด็นระดับกลุ่มจังหวัด",
      en: "Project {project} is a province project ({kind}) but strategic issue {issue} is a cluster issue",
    },
  },
  fix: {
    th: "ย้ายโครงการไปอยู่ในประเด็นยุทธศาสตร์ระดับเดียวกัน หรือแก้ประเภทโครงการ",
    en: "Move the project under an issue of its own level, or correct its kind",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const issueByNo = ctx.facts.issueByNo;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      const issue = p.issueNo === null ? undefined : issueByNo.get(p.issueNo);
      if (!issue?.scope || !p.kind) continue;
      const clusterProject = p.kind === "กลุ่มจังหวัด";
      const clusterIssue = issue.scope === "กลุ่มจังหวัด";
      if (clusterProject === clusterIssue) continue;
      ctx.reportAt(projects, p, "issueNo", {
        messageId: clusterProject ? "clusterToProvince" : "provinceToCluster",
        data: { project: projectLabel(p), issue: p.issueNo ?? "", kind: p.kind },
      });
    }
  },
});
