import { describe, expect, it } from "vitest";
import { parseWorkbook, RULES, type ParseIssue } from "../../../core";
import missingSheet from "../../../core/rules/data/missing-sheet";
import { SHEET, runRule } from "./tester";

/** Every kind the parser records (a kind added to ParseIssue without its rule fails to compile here). */
const PARSE_ISSUE_KINDS: Record<ParseIssue["kind"], true> = {
  "missing-sheet": true,
  "missing-column": true,
  "unreadable-value": true,
  "error-value": true,
  "missing-version": true,
  "newer-version": true,
};

describe("one data rule per parse-issue kind", () => {
  it("covers every kind the parser reports", () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(PARSE_ISSUE_KINDS).filter((kind) => !ids.has(`data/${kind}`))).toEqual([]);
  });
});

describe("data rules on a model with no sheets", () => {
  it("report the missing sheets and nothing breaks", () => {
    const m = parseWorkbook([]);
    const missing = runRule(missingSheet, m);
    expect(missing.length).toBeGreaterThan(10);
    expect(new Set(missing.map((r) => `${r.sheet}!${r.cell}`))).toEqual(new Set([`${SHEET.info}!A1`]));
  });
});
