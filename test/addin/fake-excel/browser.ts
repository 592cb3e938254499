/**
 * The fake Excel for the end-to-end test, bundled into an init script: it
 * installs `window.Excel` backed by a FakeWorkbook before the task pane
 * loads, and keeps office.js (loaded outside Office) from replacing it.
 */
import type { Grid } from "../../../core";
import { fakeExcel, FakeWorkbook } from "./index";

declare global {
  interface Window {
    __phaenInstallFake(grids: Grid[]): void;
    __phaenWorkbook: FakeWorkbook;
  }
}

window.__phaenInstallFake = (grids: Grid[]) => {
  const wb = FakeWorkbook.fromGrids(grids);
  const excel = fakeExcel(wb);
  Object.defineProperty(window, "Excel", { get: () => excel, set: () => undefined, configurable: false });
  window.__phaenWorkbook = wb;
};
