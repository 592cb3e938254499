import { defineConfig } from "vitest/config";

// `npm test` runs everything that needs only Node; suites that drive Chromium
// or LibreOffice live under test/e2e and run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    // Worker threads start and load modules with less CPU than forked processes
    // (measured on test/core here: about an eighth less CPU time).
    pool: "threads",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
