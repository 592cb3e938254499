/**
 * The fake Excel for the end-to-end test, bundled into an init script: it
 * installs `window.Excel` backed by a FakeWorkbook before the task pane
 * loads, and keeps office.js (loaded outside Office) from replacing it.
 */
import type { Grid } from "../../../core";
import { fakeExcel, FakeWorkbook } from "./index";

declare global {
  interface Window {
    __phaenInstallFake(grids: Grid[], names?: Record<string, { sheet: string; address: string }>): void;
    __phaenWorkbook: FakeWorkbook;
  }
}

window.__phaenInstallFake = (grids, names = {}) => {
  const wb = FakeWorkbook.fromGrids(grids);
  for (const [name, ref] of Object.entries(names)) wb.names.set(name, ref);
  const excel = fakeExcel(wb);
  Object.defineProperty(window, "Excel", { get: () => excel, set: () => undefined, configurable: false });
  window.__phaenWorkbook = wb;
};
