import { infoCell } from "../../model";
import { defineRule } from "../types";

/**
 * data: the province existed in the workbook's fiscal year, and the cluster
 * named is the one it belonged to that year (reference data is versioned by
 * year, DOMAIN.md §7–8: บึงกาฬ from 2011; the clusters redrawn in 2017).
 */
export default defineRule({
  id: "data/province-in-year",
  criterion: "data",
  severity: "error",
  title: { th: "จังหวัดและกลุ่มจังหวัดถูกต้องตามปีงบประมาณ", en: "Province and cluster as they were in the fiscal year" },
  messages: {
    notYetCreated: {
      th: "จังหวัด{name}ยังไม่ได้จัดตั้งในปีงบประมาณ {year} (จัดตั้งเมื่อ พ.ศ. {createdBE})",
      en: "{nameEn} did not exist in fiscal year {year} (established in {createdCE})",
    },
    otherCluster: {
      th: "ในปีงบประมาณ {year} จังหวัด{name}อยู่ในกลุ่มจังหวัด{actual} ไม่ใช่กลุ่มจังหวัด{named}",
      en: "In fiscal year {year} {nameEn} belonged to the {actualEn} cluster, not {namedEn}",
    },
  },
  fix: {
    th: "ตรวจสอบปีงบประมาณ ชื่อจังหวัด และกลุ่มจังหวัดในแผ่นงานข้อมูลทั่วไปให้ตรงกับปีนั้น",
    en: "Check the fiscal year, the province and the cluster on the information sheet against that year",
  },
  check(ctx) {
    const { province, cluster, fiscalYear, level } = ctx.model.info.values;
    if (!province || typeof fiscalYear !== "number") return;
    const p = ctx.reference.province(province);
    if (!p) return; // data/province-known reports an unknown name.
    const sheet = ctx.model.info.sheet;
    // Fiscal year BE ends on 30 Sep of (year − 543) CE; a province created in a later CE year had not been established by then.
    if (p.createdCE && p.createdCE > fiscalYear - 543) {
      ctx.report({
        messageId: "notYetCreated",
        sheet,
        cell: infoCell(ctx.model, "province"),
        data: { name: p.th, nameEn: p.en, year: fiscalYear, createdBE: p.createdCE + 543, createdCE: p.createdCE },
      });
      return;
    }
    // A cluster workbook names its operations-centre province, which is in the cluster too.
    if (!cluster || !ctx.reference.clusterSets.length) return;
    const named = ctx.reference.clusterByName(cluster, fiscalYear);
    const actual = ctx.reference.clusterOf(p.th, fiscalYear);
    if (!named || !actual || named === actual) return;
    ctx.report({
      messageId: "otherCluster",
      sheet,
      cell: infoCell(ctx.model, level === "กลุ่มจังหวัด" ? "province" : "cluster"),
      data: { year: fiscalYear, name: p.th, nameEn: p.en, actual: actual.th, actualEn: actual.en, named: named.th, namedEn: named.en },
    });
  },
});
