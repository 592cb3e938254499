/**
 * A property over the reader: a real workbook mutated at random (bytes
 * flipped, cut short, bytes inserted, an entry renamed or made a duplicate of
 * another) is either read and checked or refused with a UserError, one line,
 * exit 2; nothing else ever escapes. (Memory belongs in the bench.)
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrids } from "../../core";
import { oneLine, UserError } from "../../core/errors";
import { listEntries } from "../../generator/gate";
import { readWorkbookBytes } from "../../generator/reader";

const base = new Uint8Array(readFileSync("templates/samples/khon-kaen-2552.xlsx"));
const entries = listEntries(base, 1000);
const enc = new TextEncoder();

/** Where each entry's name sits in its local header and in the central directory. */
const nameSpots = entries.map((e) => {
  const name = enc.encode(e.name);
  const spots = [e.localOffset + 30];
  for (let i = base.length - 46; i > 0; i--) {
    if (
      base[i] === 0x50 &&
      base[i + 1] === 0x4b &&
      base[i + 2] === 1 &&
      base[i + 3] === 2 &&
      name.every((b, k) => base[i + 46 + k] === b)
    ) {
      spots.push(i + 46);
      break;
    }
  }
  return { name, spots };
});

type Mutation =
  | { kind: "flip"; at: number; mask: number }
  | { kind: "truncate"; to: number }
  | { kind: "insert"; at: number; bytes: number[] }
  | { kind: "rename"; entry: number; at: number; to: number }
  | { kind: "duplicate"; entry: number; of: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(base.length - 1), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), to: fc.nat(base.length - 1) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(base.length),
    bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    kind: fc.constant("rename" as const),
    entry: fc.nat(entries.length - 1),
    at: fc.nat(40),
    to: fc.integer({ min: 0x21, max: 0x7e }),
  }),
  fc.record({ kind: fc.constant("duplicate" as const), entry: fc.nat(entries.length - 1), of: fc.nat(entries.length - 1) }),
);

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const out = bytes.slice();
  switch (m.kind) {
    case "flip":
      out[m.at] ^= m.mask;
      return out;
    case "truncate":
      return out.subarray(0, m.to);
    case "insert":
      return new Uint8Array([...out.subarray(0, m.at), ...m.bytes, ...out.subarray(m.at)]);
    case "rename": {
      const { name, spots } = nameSpots[m.entry];
      for (const s of spots) if (s + name.length <= out.length) out[s + (m.at % name.length)] = m.to;
      return out;
    }
    case "duplicate": {
      // Give one entry another's name where the lengths allow (both headers), as a second part of that name.
      const a = nameSpots[m.entry];
      const b = nameSpots[m.of];
      const name = b.name.subarray(0, a.name.length);
      // Earlier mutations may have cut the file short or moved its bytes: only where it still fits.
      for (const s of a.spots) if (s + name.length <= out.length) out.set(name, s);
      return out;
    }
  }
}

describe("the reader on mutated workbooks", () => {
  it("reads and checks, or refuses with one line: nothing else escapes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const bytes = mutations.reduce(apply, base);
        try {
          checkGrids(await readWorkbookBytes("mutated.xlsx", bytes));
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
          const err = e as UserError;
          expect(err.exitCode).toBe(2);
          expect(err.file).toBe("mutated.xlsx");
          expect(oneLine(err)).not.toMatch(/\n/);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
