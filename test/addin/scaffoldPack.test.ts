/** The add-in's สร้างแม่แบบ offers the pack's own lists, as `phaen new` writes them (issue 14). */
import { describe, expect, it } from "vitest";
import { scaffoldPlanForYear } from "../../addin/logic/scaffold";
import { BUNDLED_PACKS, SHEETS, TABLE_ROWS, columnLetter, inWorkbook, type Pack } from "../../core";

function dropdownOf(scaffold: ReturnType<typeof scaffoldPlanForYear>, sheetKey: string, columnKey: string): string[] | undefined {
  const { plan, choice } = scaffold;
  const def = SHEETS.find((s) => s.key === sheetKey)!;
  const features = choice.pack.workbook?.features ?? [];
  const index = def.columns.filter((c) => inWorkbook(c, features)).findIndex((c) => c.key === columnKey);
  const letter = columnLetter(index);
  return plan.sheets.find((s) => s.name === def.name)!.dropdowns.find((d) => d.range.startsWith(`${letter}${TABLE_ROWS.firstData}:`))
    ?.values;
}

const pack = (id: string): Pack => BUNDLED_PACKS.find((p) => p.id === id)!;

describe("the pane's template follows the year's pack", () => {
  it("offers the pack's decisions (ปรับปรุง among them) and its approval steps in order", () => {
    const plan = scaffoldPlanForYear(2552);
    const fy2552 = pack("FY2552");
    expect(dropdownOf(plan, "projects", "decision")).toEqual(fy2552.decisions!.items.map((d) => d.th));
    expect(dropdownOf(plan, "projects", "decision")).toContain("ปรับปรุง");
    expect(dropdownOf(plan, "approvals", "step")).toEqual(fy2552.approvalSteps.items.map((s) => s.th));
  });

  it("offers FY2570's own approval steps for a 2570 workbook", () => {
    const plan = scaffoldPlanForYear(2570);
    const steps = pack("FY2570").approvalSteps.items.map((s) => s.th);
    expect(dropdownOf(plan, "approvals", "step")).toEqual(steps);
    expect(steps).not.toEqual(pack("FY2552").approvalSteps.items.map((s) => s.th));
  });
});
