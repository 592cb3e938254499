/* global Excel */
/**
 * Writing: the add-in's own sheets (ผลการตรวจ, คะแนน) and the scaffold of a
 * blank workbook. Every sheet the add-in creates carries its mark in A1; a
 * sheet of the same name without the mark is the planner's, so the add-in
 * writes beside it ("ผลการตรวจ (แผน)") and never over it. ExcelApi 1.1
 * calls only; events off (1.8), recalculation suspended (1.6), dropdowns
 * (1.8) and defined names (1.4) where the host has them.
 */
import { address, type CellValue } from "../../core";
import { OWNED_SHEETS, type OwnedSheetContent, type ScaffoldOutcome } from "../logic/port";
import type { ScaffoldPlan } from "../logic/scaffold";
import { writeBlocks } from "./byteBudget";
import { FEATURE_SETS, type HostInfo } from "./host";

/** A1 of every sheet the add-in writes: how it tells its own sheets from the planner's. */
export const OWNER_MARK = "สร้างโดยโปรแกรมแผน (Phaen) · เขียนใหม่ทุกครั้งที่ตรวจ / written by Phaen on every check";
/** The sheet written beside a planner's sheet that has an owned sheet's name. */
export const besideName = (name: string) => `${name} (แผน)`;

/**
 * Runs writes with events off (so the add-in's own writes do not trigger its
 * live re-check) and recalculation suspended, where the host can. The first
 * sync also resolves whatever the caller loaded before.
 */
async function quietly<T>(context: Excel.RequestContext, host: HostInfo, write: () => Promise<T>): Promise<T> {
  const eventsOff = host.supports(FEATURE_SETS.eventsOffAndDropdowns);
  if (eventsOff) context.runtime.load("enableEvents");
  await context.sync();
  const eventsWere = eventsOff ? context.runtime.enableEvents : true;
  if (eventsOff) context.runtime.enableEvents = false;
  suspendCalculation(context, host);
  try {
    return await write();
  } finally {
    if (eventsOff) context.runtime.enableEvents = eventsWere;
    await context.sync();
  }
}

function suspendCalculation(context: Excel.RequestContext, host: HostInfo): void {
  if (host.supports(FEATURE_SETS.suspendCalculation)) context.application.suspendApiCalculationUntilNextSync();
}

const rangeOf = (row0: number, rows: number, width: number) => `A${row0 + 1}:${address(width - 1, row0 + rows)}`;

/** Writes rows from A1 in blocks under the request limit; leaves the final sync to the caller. */
async function writeRows(context: Excel.RequestContext, host: HostInfo, sheet: Excel.Worksheet, rows: CellValue[][]): Promise<void> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) => (r.length === width ? r : [...r, ...Array<CellValue>(width - r.length).fill("")]));
  const blocks = writeBlocks(padded);
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) {
      await context.sync();
      suspendCalculation(context, host);
    }
    sheet.getRange(rangeOf(blocks[i].row0, blocks[i].rows.length, width)).values = blocks[i].rows as (string | number | boolean)[][];
  }
}

/** Sheet names in the workbook, lower-cased, with the value of each one's A1. */
async function sheetMarks(context: Excel.RequestContext, names: string[]): Promise<Map<string, CellValue>> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const a1 = sheets.items.filter((s) => wanted.has(s.name.toLowerCase())).map((s) => ({ s, r: s.getRange("A1").load("values") }));
  await context.sync();
  const marks = new Map<string, CellValue>();
  for (const s of sheets.items) marks.set(s.name.toLowerCase(), null);
  for (const { s, r } of a1) marks.set(s.name.toLowerCase(), r.values[0]?.[0] as CellValue);
  return marks;
}

/** Where an owned sheet's content goes: its own name, or beside a planner's sheet of that name. */
export function targetSheet(name: string, marks: Map<string, CellValue>): { name: string; exists: boolean } {
  for (const candidate of [name, besideName(name)]) {
    const key = candidate.toLowerCase();
    if (!marks.has(key)) return { name: candidate, exists: false };
    if (marks.get(key) === OWNER_MARK) return { name: candidate, exists: true };
  }
  throw Object.assign(new Error(`sheets ${name} and ${besideName(name)} belong to the planner`), { code: "PhaenSheetTaken", sheet: name });
}

export async function writeOwnedSheets(context: Excel.RequestContext, host: HostInfo, contents: OwnedSheetContent[]): Promise<string[]> {
  for (const c of contents) if (!OWNED_SHEETS.includes(c.name)) throw new Error(`Not an add-in sheet: ${c.name}`);
  const marks = await sheetMarks(
    context,
    contents.flatMap((c) => [c.name, besideName(c.name)]),
  );
  const targets = contents.map((c) => targetSheet(c.name, marks));
  await quietly(context, host, async () => {
    for (let i = 0; i < contents.length; i++) {
      const c = contents[i];
      const t = targets[i];
      const sheet = t.exists ? context.workbook.worksheets.getItem(t.name) : context.workbook.worksheets.add(t.name);
      // Re-running replaces the sheet's content, so checking twice equals checking once.
      if (t.exists) sheet.getRange().clear();
      await writeRows(context, host, sheet, [[OWNER_MARK], ...c.rows]);
      const width = Math.max(1, ...c.rows.map((r) => r.length));
      for (const r of c.boldRows ?? []) sheet.getRange(rangeOf(r + 1, 1, width)).format.font.bold = true;
    }
  });
  return targets.map((t) => t.name);
}

export async function scaffold(context: Excel.RequestContext, host: HostInfo, plan: ScaffoldPlan): Promise<ScaffoldOutcome> {
  const have = await sheetMarks(context, []);
  const canName = host.supports(FEATURE_SETS.nullObjects);
  const canDropdown = host.supports(FEATURE_SETS.eventsOffAndDropdowns);
  const names = canName ? plan.names.map((n) => context.workbook.names.getItemOrNullObject(n.name).load("isNullObject")) : [];
  const created: string[] = [];
  const skipped: string[] = [];
  await quietly(context, host, async () => {
    for (const s of plan.sheets) {
      // Never touch a sheet the planner already has.
      if (have.has(s.name.toLowerCase())) {
        skipped.push(s.name);
        continue;
      }
      created.push(s.name);
      const sheet = context.workbook.worksheets.add(s.name);
      const width = Math.max(...s.rows.map((r) => r.length));
      sheet.getRange(rangeOf(0, s.rows.length, width)).values = s.rows as (string | number | boolean)[][];
      for (const r of s.boldRows) sheet.getRange(rangeOf(r, 1, width)).format.font.bold = true;
      if (canDropdown)
        for (const d of s.dropdowns)
          sheet.getRange(d.range).dataValidation.rule = { list: { inCellDropDown: true, source: d.values.join(",") } };
      if (s.hidden) sheet.visibility = "Hidden";
    }
    plan.names.forEach((n, i) => {
      if (canName && names[i].isNullObject && created.includes(n.sheet)) {
        const cell = n.cell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
        context.workbook.names.add(n.name, `='${n.sheet.replace(/'/g, "''")}'!${cell}`);
      }
    });
  });
  const lacking = [...(canDropdown ? [] : ["dropdowns" as const]), ...(canName ? [] : ["names" as const])];
  return { created, skipped, lacking };
}
