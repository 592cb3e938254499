import { formatNumber } from "../../thai/money";
import { defineRule } from "../types";

/** One information finding per KPI: the level reached and the weighted score, or why it is not assessed. */
export default defineRule({
  id: "kpi/level",
  criterion: "kpi",
  severity: "info",
  title: { th: "ระดับความสำเร็จและคะแนนถ่วงน้ำหนักของตัวชี้วัด", en: "KPI level reached and weighted score" },
  messages: {
    level: {
      th: "ตัวชี้วัดที่ {kpi}: {summary} · คะแนน {score} · น้ำหนักร้อยละ {weight} · คะแนนถ่วงน้ำหนัก {weighted}",
      en: "KPI {kpi}: {summaryEn} · score {score} · weight {weight} % · weighted score {weighted}",
    },
    notAssessed: {
      th: "ตัวชี้วัดที่ {kpi}: ไม่ต้องประเมิน ({reason})",
      en: "KPI {kpi}: not assessed ({reasonEn})",
    },
  },
  fix: {
    th: "ดูรายละเอียดของแต่ละขั้นตอนได้ด้วยคำสั่ง phaen score",
    en: "See each step's detail with phaen score",
  },
  check(ctx) {
    const { kpi, info } = ctx.model;
    const at = kpi.present ? { sheet: kpi.sheet, cell: "A1" } : { sheet: info.sheet, cell: "A1" };
    for (const { def, result } of ctx.facts.kpi) {
      if (!result.assessed) {
        const why = result.notAssessedReason ?? { th: "", en: "" };
        ctx.report({ messageId: "notAssessed", ...at, data: { kpi: def.id, reason: why.th, reasonEn: why.en } });
        continue;
      }
      ctx.report({
        messageId: "level",
        ...at,
        data: {
          kpi: def.id,
          summary: result.summary.th,
          summaryEn: result.summary.en,
          score: formatNumber(result.score, { decimals: 2 }),
          weight: formatNumber(result.weight),
          weighted: formatNumber(result.weighted, { decimals: 4 }),
        },
      });
    }
  },
});
