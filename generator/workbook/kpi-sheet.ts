/**
 * The KPI sheet's template-owned part: one row per step of the KPI (the
 * template's KPI 3.6 has nine; `phaen new` lays out whichever KPI its pack
 * defines), a "ผ่าน" column and a result block computed by Excel formulas
 * exactly as core/kpi scores (see core/kpi/README.md), so a workbook shows
 * its level and score without the add-in.
 * Formulas carry no cached results; the workbook asks for a full
 * recalculation on load. The sheet is protected with the planner's input
 * cells (date done, evidence, percent, verdict, assessor) left unlocked.
 */
import type ExcelJS from "exceljs";
import {
  ENUMS,
  KPI_BLOCK,
  TABLE_ROWS,
  infoSheet,
  infoValueCell,
  kpiMeetingsSheet,
  kpiSheet,
  kpiSheetLayout,
  letterOf,
  parseAddress,
  projectsSheet,
  type ColumnKey,
  type EnumKey,
  type KpiDefinition,
  type KpiSheetLayout,
} from "../../core";
import { absRef, wholeColumn } from "./addresses";
import { KPI_DEFINITION, type TemplateStep } from "./kpi-steps";
import { BE_DATE_FORMAT, styleLabel, styleResult, styleThaiHeader, styleKeyRow } from "./styles";

const L = (key: ColumnKey<typeof kpiSheet>) => letterOf(kpiSheet, key);
/** Columns right of the table (core/schema/layout.ts): the per-step result, a gap, then the result block. */
const { metColumn: MET_COL, gapColumn: GAP_COL, labelColumn: LABEL_COL, valueColumn: VALUE_COL } = KPI_BLOCK;
const MET = "ผ่าน";
const NOT_MET = "ไม่ผ่าน";
export const NOT_ASSESSED = "ไม่ต้องประเมิน";

/** The KPI sheet row of a template step. */
export const stepRow = (code: string): number => kpiSheetLayout(KPI_DEFINITION).stepRow(code);

/** Every spelling core accepts for an option (its value, English name and aliases), as formula strings. */
function spellings(key: EnumKey, value: string): string[] {
  const o = ENUMS[key].options.find((x) => x.value === value)!;
  return [...new Set([o.value, o.en, ...(o.aliases ?? [])])].map((v) => `"${v.replace(/"/g, '""')}"`);
}

/** At least one cell of a whole column reads as ใช่ (typed TRUE counts, as in core). */
function anyYes(column: string): string {
  return `(${[...spellings("yesNo", "ใช่"), "TRUE"].map((v) => `COUNTIF(${column},${v})`).join("+")})>=1`;
}

function hasText(cell: string): string {
  return `LEN(TRIM(${cell}))>0`;
}

/** The FY's quarter bounds as DATE() expressions: [start, next start). FY is BE; Q1 starts 1 Oct of FY−544 CE. */
function quarterBounds(fy: string): [string, string][] {
  const ce = `(${fy}-543)`;
  const prev = `(${fy}-544)`;
  return [
    [`DATE(${prev},10,1)`, `DATE(${ce},1,1)`],
    [`DATE(${ce},1,1)`, `DATE(${ce},4,1)`],
    [`DATE(${ce},4,1)`, `DATE(${ce},7,1)`],
    [`DATE(${ce},7,1)`, `DATE(${ce},10,1)`],
  ];
}

/** The condition under which one step is met, as an Excel expression. */
export function stepCondition(step: TemplateStep, row: number, kpiId: string = KPI_DEFINITION.id): string {
  const done = `${L("doneDate")}${row}`;
  const dated = [`ISNUMBER(${done})`, hasText(`${L("evidence")}${row}`)];
  if (step.due) dated.push(`${done}<=${L("dueDate")}${row}`);
  switch (step.kind) {
    case "dated": {
      if (step.requiresFlaggedProjects) {
        for (const key of ["securityPlan", "pilot"] as const) {
          dated.push(anyYes(wholeColumn(projectsSheet.name, letterOf(projectsSheet, key))));
        }
      }
      return `AND(${dated.join(",")})`;
    }
    case "percent": {
      const pct = `${L("percent")}${row}`;
      // As core reads it: a value in (0, 1] is a fraction from a cell formatted as %, so 1 means 100 %.
      const asPercent = `IF(AND(${pct}>0,${pct}<=1),${pct}*100,${pct})`;
      return `AND(${[...dated, `ISNUMBER(${pct})`, `${asPercent}>=${step.targetPercent ?? 100}`].join(",")})`;
    }
    case "quarterlyMeetings": {
      const ids = wholeColumn(kpiMeetingsSheet.name, letterOf(kpiMeetingsSheet, "kpiId"));
      const dates = wholeColumn(kpiMeetingsSheet.name, letterOf(kpiMeetingsSheet, "date"));
      const fy = absRef(infoSheet.name, infoValueCell("fiscalYear"));
      const perQuarter = quarterBounds(fy).map(
        ([from, to]) => `COUNTIFS(${ids},"${kpiId.replace(/"/g, '""')}",${dates},">="&${from},${dates},"<"&${to})>=${step.perQuarter ?? 1}`,
      );
      return `AND(${perQuarter.join(",")})`;
    }
    case "verdict":
      return `AND(OR(${spellings("verdict", MET)
        .map((v) => `TRIM(${L("verdict")}${row})=${v}`)
        .join(",")}),${hasText(`${L("assessor")}${row}`)},ISNUMBER(${done}))`;
  }
}

/** A cell that says ผ่าน/ไม่ผ่าน; an error value anywhere in its inputs counts as not met, as in core. */
function metFormula(condition: string): string {
  return `IFERROR(IF(${condition},"${MET}","${NOT_MET}"),"${NOT_MET}")`;
}

function notAssessedCondition(): string {
  const assessed = absRef(infoSheet.name, infoValueCell("kpiAssessed"));
  const level = absRef(infoSheet.name, infoValueCell("level"));
  return `OR(TRIM(${assessed})="ไม่ใช่",TRIM(${level})="กลุ่มจังหวัด")`;
}

function setFormula(ws: ExcelJS.Worksheet, a1: string, formula: string, numFmt?: string): void {
  const cell = ws.getCell(a1);
  // No cached result: Excel and LibreOffice compute it on open (fullCalcOnLoad).
  cell.value = { formula } as ExcelJS.CellFormulaValue;
  styleResult(cell, true);
  if (numFmt) cell.numFmt = numFmt;
}

function writeStepRows(ws: ExcelJS.Worksheet, def: KpiDefinition, at: KpiSheetLayout): void {
  def.steps.forEach((step) => {
    const r = at.stepRow(step.code);
    // Two lines of 14 pt Thai: the step texts and the level labels beside them wrap.
    ws.getRow(r).height = 40;
    ws.getCell(`${L("kpiId")}${r}`).value = def.id;
    ws.getCell(`${L("step")}${r}`).value = step.code;
    ws.getCell(`${L("level")}${r}`).value = step.level;
    ws.getCell(`${L("description")}${r}`).value = step.th;
    ws.getCell(`${L("description")}${r}`).alignment = { wrapText: true, vertical: "top" };
    if (step.due) {
      const due = ws.getCell(`${L("dueDate")}${r}`);
      due.value = new Date(`${step.due}T00:00:00Z`);
      due.numFmt = BE_DATE_FORMAT;
    }
    setFormula(ws, `${MET_COL}${r}`, metFormula(stepCondition(step, r, def.id)));
    for (const key of ["doneDate", "evidence", "percent", "verdict", "assessor"] as const) {
      ws.getCell(`${L(key)}${r}`).protection = { locked: false };
    }
  });
}

/**
 * The score as core/kpi/score.ts works it out: the level reached, or the floor when none is; with
 * part credit ("stepFraction") the met share of the next level's steps is added, to 2 decimals.
 */
function scoreFormula(def: KpiDefinition, at: KpiSheetLayout): string {
  const level = at.result.level;
  if (def.partialCredit === "none") return def.floor === 0 ? level : `IF(${level}>0,${level},${def.floor})`;
  const shares = def.levels.map((l) => {
    const mine = def.steps.filter((s) => s.level === l.level).map((s) => `${MET_COL}${at.stepRow(s.code)}`);
    return `(${mine.map((c) => `(${c}="${MET}")`).join("+")})/${mine.length}`;
  });
  // CHOOSE(level + 1, …): level 0 takes level 1's share, the top level nothing more.
  const next = `CHOOSE(${level}+1,${[...shares, "0"].join(",")})`;
  return `IF(${level}>0,ROUND(${level}+${next},2),MAX(${def.floor},ROUND(${next},2)))`;
}

function writeResultBlock(ws: ExcelJS.Worksheet, def: KpiDefinition, at: KpiSheetLayout): void {
  const title = ws.getCell(`${LABEL_COL}${TABLE_ROWS.thaiHeader}`);
  title.value = `ผลตัวชี้วัดที่ ${def.id} (คำนวณด้วยสูตร ห้ามแก้ไข)`;
  styleThaiHeader(title);
  ws.mergeCells(`${LABEL_COL}${TABLE_ROWS.thaiHeader}:${VALUE_COL}${TABLE_ROWS.thaiHeader}`);
  const na = notAssessedCondition();
  def.levels.forEach(({ th: text }, i) => {
    const level = i + 1;
    const r = KPI_BLOCK.firstLevelRow + i;
    const label = ws.getCell(`${LABEL_COL}${r}`);
    label.value = `ระดับ ${level}: ${text}`;
    styleLabel(label);
    const mine = def.steps.filter((s) => s.level === level).map((s) => `${MET_COL}${at.stepRow(s.code)}="${MET}"`);
    // Cumulative: a level counts only when every level below it counts too.
    const below = level > 1 ? [`${VALUE_COL}${r - 1}="${MET}"`] : [];
    setFormula(ws, `${VALUE_COL}${r}`, `IF(AND(${[...below, ...mine].join(",")}),"${MET}","${NOT_MET}")`);
  });
  const levels = `${VALUE_COL}${KPI_BLOCK.firstLevelRow}:${VALUE_COL}${KPI_BLOCK.firstLevelRow + def.levels.length - 1}`;
  const cells = at.result;
  const rows: [string, string, string, string?][] = [
    ["ระดับที่ผ่าน (Level)", cells.level, `IF(${na},"${NOT_ASSESSED}",COUNTIF(${levels},"${MET}"))`, "0"],
    ["คะแนน (Score)", cells.score, `IF(${na},"${NOT_ASSESSED}",${scoreFormula(def, at)})`, def.partialCredit === "none" ? "0" : "0.00"],
    ["ค่าน้ำหนัก (ร้อยละ)", cells.weight, ""],
    ["คะแนนถ่วงน้ำหนัก (Weighted)", cells.weighted, `IF(${na},"${NOT_ASSESSED}",${cells.score}*${cells.weight}/100)`, "0.00"],
    ["สรุป", cells.summary, `IF(${na},"${NOT_ASSESSED}",IF(${cells.level}=0,"ไม่ผ่านระดับ 1","ผ่านระดับ "&${cells.level}))`],
  ];
  for (const [text, a1, formula, numFmt] of rows) {
    const r = parseAddress(a1).row;
    if (r >= TABLE_ROWS.firstData + def.steps.length) ws.getRow(r).height = 24;
    const label = ws.getCell(`${LABEL_COL}${r}`);
    label.value = text;
    styleLabel(label);
    if (formula) setFormula(ws, a1, formula, numFmt);
    else {
      ws.getCell(a1).value = def.weight;
      styleResult(ws.getCell(a1), true);
    }
  }
}

/** Lays out the template-owned part of the KPI sheet for a KPI (headers and widths are already there); its cells' layout. */
export function layoutKpiSheet(ws: ExcelJS.Worksheet, def: KpiDefinition = KPI_DEFINITION): KpiSheetLayout {
  const at = kpiSheetLayout(def);
  const head = ws.getCell(`${MET_COL}${TABLE_ROWS.thaiHeader}`);
  head.value = MET;
  styleThaiHeader(head);
  const key = ws.getCell(`${MET_COL}${TABLE_ROWS.keys}`);
  key.value = "met";
  styleKeyRow(key);
  ws.getColumn(MET_COL).width = 10;
  ws.getColumn(GAP_COL).width = 3;
  ws.getColumn(LABEL_COL).width = 48;
  ws.getColumn(VALUE_COL).width = 16;
  writeStepRows(ws, def, at);
  writeResultBlock(ws, def, at);
  // No password: protection guards against slips, not against the planner.
  // (exceljs sets protection synchronously; the promise only wraps password hashing, unused here.)
  void ws.protect("", { formatColumns: true, formatRows: true });
  return at;
}
