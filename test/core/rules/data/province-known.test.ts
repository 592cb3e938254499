import { REFERENCE, type ReferenceData } from "../../../../core";
import provinceKnown from "../../../../core/rules/data/province-known";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, infoAt, ruleTester, variant } from "../tester";

const NO_REFERENCE: ReferenceData = { ...REFERENCE, provinces: [], province: () => undefined };

ruleTester(provinceKnown, {
  valid: [
    { name: "ตราด and ภาคตะวันออก are known", input: validPlan },
    {
      name: "skipped while the reference data is empty",
      input: variant((p) => (p.info!.province = "ตราดดด")),
      options: { reference: NO_REFERENCE },
    },
  ],
  invalid: [
    {
      name: "a misspelt province",
      input: variant((p) => (p.info!.province = "ตราดดด")),
      errors: [{ messageId: "unknownProvince", sheet: SHEET.info, cell: infoAt("province"), includes: "ตราดดด" }],
    },
    {
      name: "an unknown cluster (a warning)",
      input: variant((p) => (p.info!.cluster = "ภาคตะวันตกสุด")),
      errors: [{ messageId: "unknownCluster", sheet: SHEET.info, cell: infoAt("cluster"), severity: "warning" }],
    },
  ],
});
