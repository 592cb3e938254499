import statements from "../../../../core/rules/positioning/statements";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, head, ruleTester, variant } from "../tester";

ruleTester(statements, {
  valid: [{ name: "one vision, missions, a positioning", input: validPlan }],
  invalid: [
    {
      name: "two visions and no positioning",
      input: variant((p) => {
        p.positioning![3].type = "วิสัยทัศน์";
      }),
      errors: [
        { messageId: "manyVisions", sheet: SHEET.positioning, cell: at("positioning", "type", 3) },
        { messageId: "noPositioning", sheet: SHEET.positioning, cell: head("positioning", "type") },
      ],
    },
    {
      name: "nothing at all",
      input: variant((p) => (p.positioning = [])),
      errors: ["noVision", "noMission", "noPositioning"].map((messageId) => ({
        messageId,
        sheet: SHEET.positioning,
        cell: head("positioning", "type"),
      })),
    },
  ],
});
