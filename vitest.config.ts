import { defineConfig } from "vitest/config";

// `npm test` runs everything that needs only Node; suites that drive Chromium
// or LibreOffice live under test/e2e and run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    // Worker threads start and load modules with less CPU than forked processes,
    // and a worker reuses the modules it has loaded for its next test file
    // (isolate: false): the whole suite takes about half the CPU time (52 s →
    // 29 s here). So a test file must leave no state behind: no vi.mock, no
    // globals or environment variables it does not restore.
    pool: "threads",
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
