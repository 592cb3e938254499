import evidence from "../../../../core/rules/3.1/swot-evidence";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(evidence, {
  valid: [
    { name: "weaknesses and threats with figures or sources", input: validPlan },
    { name: "Thai digits count as a figure", input: variant((p) => (p.swot![5].evidence = "ขยะ ๒๕ ตันต่อวัน")) },
    { name: "a URL counts as a source", input: variant((p) => (p.swot![5].evidence = "https://www.trat.go.th/waste")) },
    { name: "strengths need no evidence", input: variant((p) => (p.swot![0].text = "ผลไม้อร่อย")) },
  ],
  invalid: [
    {
      name: "a threat stated without figure or source",
      input: variant((p) => (p.swot![5].evidence = "ขยะเยอะมาก")),
      errors: [{ messageId: "noEvidence", sheet: SHEET.swot, cell: at("swot", "evidence", 5), includes: "T1" }],
    },
    {
      name: "a source word removed from the settings no longer counts",
      input: variant((p) => (p.swot![3].evidence = "รายงานการแปรรูป")),
      options: { settings: { evidenceWords: ["ที่มา"] } },
      errors: [{ messageId: "noEvidence", sheet: SHEET.swot, cell: at("swot", "evidence", 3), includes: "W2" }],
    },
  ],
});
