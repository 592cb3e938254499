/** The planners' workbook, built from the core schema with exceljs (template, samples, `phaen new`). */
export { buildWorkbook, type BuildOptions } from "./layout";
export { fillWorkbook, cellValueFor, type WorkbookData, type InputRow, type InputValue } from "./fill";
export { NOT_ASSESSED, stepRow, stepCondition } from "./kpi-sheet";
export { KPI36_STEPS, KPI_ID, KPI_WEIGHT } from "./kpi-steps";
export { BE_DATE_FORMAT, BAHT_FORMAT, numFmtFor } from "./styles";
