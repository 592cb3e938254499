import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// `npm test` runs everything that needs only Node; suites that drive Chromium
// or LibreOffice live under test/e2e and run with `npm run test:e2e`; the hostile
// corpus through every command runs with `npm run test:hostile`.
const INCLUDE = ["test/**/*.test.{ts,tsx}"];
const EXCLUDE = ["test/e2e/**", "test/hostile/**", "node_modules/**"];

// Test files share their worker's loaded modules with the files before them
// (isolate: false; vitest takes it only at the root), which takes a third to
// a half of the suite's CPU time off. So a test file must leave no state
// behind (globals or environment variables it does not restore). A file that
// replaces a module (vi.mock) runs apart, in forked workers of its own, so
// its stand-in never reaches another file.
const MOCKING = readdirSync("test", { recursive: true, encoding: "utf8" })
  .filter(
    (f) =>
      /\.test\.tsx?$/.test(f) && !f.startsWith("e2e") && !f.startsWith("hostile") && readFileSync(`test/${f}`, "utf8").includes("vi.mock("),
  )
  .map((f) => `test/${f.replace(/\\/g, "/")}`);

export default defineConfig({
  test: {
    isolate: false,
    // Vitest leaves one core free by default, which on a 2-core machine runs the files one at a time:
    // every core, since much of the suite waits on I/O and timers.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: INCLUDE,
          exclude: [...EXCLUDE, ...MOCKING],
          // Worker threads start and load modules with less CPU than forked processes.
          pool: "threads",
        },
      },
      {
        extends: true,
        test: {
          name: "mocking",
          include: MOCKING.length ? MOCKING : ["no-such-file"],
          exclude: EXCLUDE,
          pool: "forks",
        },
      },
    ],
  },
});
