/**
 * Plain-text tables that line up in a terminal with Thai text: Thai vowel and
 * tone marks above or below a consonant take no column of their own.
 */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D\uFE00-\uFE0F\u0300-\u036F]/gu;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ZERO_WIDTH, "")) {
    const cp = ch.codePointAt(0)!;
    // CJK and full-width forms take two columns; Thai base letters take one.
    w +=
      (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff00 && cp <= 0xff60)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

export interface TableOptions {
  /** Column indexes to align right (numbers). */
  alignRight?: number[];
}

export function renderTable(headers: string[], rows: string[][], opts: TableOptions = {}): string {
  const right = new Set(opts.alignRight ?? []);
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c ?? "", widths[i], right.has(i)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n");
}
