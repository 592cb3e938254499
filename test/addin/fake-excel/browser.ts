/**
 * The fake Excel for the end-to-end test and the pane benchmark, bundled into
 * an init script: it installs `window.Excel` backed by a FakeWorkbook before
 * the task pane loads, keeps office.js (loaded outside Office) from replacing
 * it, and answers Office.context's platform and isSetSupported for the
 * platform and requirement set the run chose, as that Excel would.
 */
import type { Grid } from "../../../core";
import { fakeExcel, FakeWorkbook } from "./index";

export interface FakeSetup {
  platform?: FakeWorkbook["platform"];
  apiVersion?: string;
  names?: Record<string, { sheet: string; address: string }>;
}

declare global {
  interface Window {
    __phaenInstallFake(grids: Grid[], setup?: FakeSetup): void;
    __phaenWorkbook: FakeWorkbook;
  }
}

/**
 * Office.context as the chosen Excel would report it. office.js sets
 * window.Office itself; the pane sees it through a proxy whose context
 * answers platform, displayLanguage and requirements (the rest is office.js's).
 */
function patchOffice(wb: FakeWorkbook): void {
  let office: object | undefined;
  let seen: object | undefined;
  let builtFor: object | undefined;
  const answers: Record<string, unknown> = {
    platform: wb.platform,
    displayLanguage: "th-TH",
    requirements: { isSetSupported: (name: string, v?: string) => name === "ExcelApi" && wb.supports(v ?? "1.1") },
  };
  const contextOf = (real: object | undefined) =>
    new Proxy(real ?? {}, { get: (t, p) => (typeof p === "string" && p in answers ? answers[p] : Reflect.get(t, p)) });
  Object.defineProperty(window, "Office", {
    configurable: true,
    get: () => {
      if (office && builtFor !== office) {
        builtFor = office;
        seen = new Proxy(office, { get: (t, p) => (p === "context" ? contextOf(Reflect.get(t, p) as object) : Reflect.get(t, p)) });
      }
      return office && seen ? seen : office;
    },
    set: (o: object) => {
      office = o;
    },
  });
}

window.__phaenInstallFake = (grids, setup = {}) => {
  const wb = FakeWorkbook.fromGrids(grids);
  for (const [name, ref] of Object.entries(setup.names ?? {})) wb.names.set(name, ref);
  if (setup.platform) wb.platform = setup.platform;
  if (setup.apiVersion) wb.apiVersion = setup.apiVersion;
  const excel = fakeExcel(wb);
  Object.defineProperty(window, "Excel", { get: () => excel, set: () => undefined, configurable: false });
  patchOffice(wb);
  window.__phaenWorkbook = wb;
};
