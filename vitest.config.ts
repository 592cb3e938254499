import { defineConfig } from "vitest/config";

// `npm test` runs everything that needs only Node; suites that drive Chromium
// or LibreOffice live under test/e2e and run with `npm run test:e2e`; the hostile
// corpus through every command runs with `npm run test:hostile`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "test/hostile/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
