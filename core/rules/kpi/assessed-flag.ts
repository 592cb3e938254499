import { infoCell } from "../../model";
import { defineRule } from "../types";

/** The info sheet's "assessed" answer must match the list stored with the KPI. */
export default defineRule({
  id: "kpi/assessed-flag",
  criterion: "kpi",
  severity: "warning",
  title: { th: "การระบุว่าต้องประเมินตัวชี้วัดตรงกับรายชื่อจังหวัดที่ต้องประเมิน", en: "The 'assessed' answer matches the KPI's list of provinces" },
  messages: {
    saysAssessed: {
      th: "ระบุว่าต้องประเมินตัวชี้วัดที่ {kpi} แต่ตามรายชื่อของตัวชี้วัดไม่ต้องประเมิน: {reason}",
      en: "Marked as assessed on KPI {kpi}, but the KPI's list says not assessed: {reasonEn}",
    },
    saysNotAssessed: {
      th: "ระบุว่าไม่ต้องประเมินตัวชี้วัดที่ {kpi} แต่จังหวัด{province}อยู่ในรายชื่อจังหวัดที่ต้องประเมิน (ปีงบประมาณ {year})",
      en: "Marked as not assessed on KPI {kpi}, but {provinceEn} is on the KPI's list of assessed provinces (fiscal year {year})",
    },
  },
  fix: {
    th: "แก้ช่อง 'ต้องประเมินตัวชี้วัดที่ 3.6' ในแผ่นงานข้อมูลทั่วไปให้ตรงกับรายชื่อ (จังหวัดชายแดน 30 จังหวัด ปัตตานี และจังหวัดชายฝั่งทะเล 23 จังหวัด)",
    en: "Set 'Assessed for KPI 3.6' on the information sheet to match the list (30 border provinces, Pattani and 23 coastal areas)",
  },
  check(ctx) {
    const flag = ctx.model.info.values.kpiAssessed;
    if (flag === null || flag === undefined) return;
    const at = { sheet: ctx.model.info.sheet, cell: infoCell(ctx.model, "kpiAssessed") };
    for (const { def, result } of ctx.facts.kpi) {
      if (flag === result.assessed) continue;
      if (flag) {
        const why = result.notAssessedReason ?? { th: "", en: "" };
        ctx.report({ messageId: "saysAssessed", ...at, data: { kpi: def.id, reason: why.th, reasonEn: why.en } });
      } else {
        const province = ctx.model.info.values.province ?? "";
        const p = ctx.reference.province(province);
        ctx.report({
          messageId: "saysNotAssessed",
          ...at,
          data: { kpi: def.id, province: p?.th ?? province, provinceEn: p?.en ?? province, year: def.fiscalYear },
        });
      }
    }
  },
});
