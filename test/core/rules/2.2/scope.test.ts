import scope from "../../../../core/rules/2.2/scope";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(scope, {
  valid: [{ name: "cluster project under the cluster issue", input: validPlan }],
  invalid: [
    {
      name: "a cluster project under a province issue",
      input: variant((p) => {
        p.projects![5].issueNo = 1;
        p.projects![5].approachCode = "1.2";
      }),
      errors: [{ messageId: "clusterToProvince", sheet: SHEET.projects, cell: at("projects", "issueNo", 5) }],
    },
    {
      name: "a province project under the cluster issue",
      input: variant((p) => (p.projects![4].issueNo = 4)),
      errors: [{ messageId: "provinceToCluster", sheet: SHEET.projects, cell: at("projects", "issueNo", 4), includes: "ความร่วมมือเอกชน" }],
    },
  ],
});
