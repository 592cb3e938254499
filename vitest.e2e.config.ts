import { defineConfig } from "vitest/config";

// End-to-end suites: they need Chromium and LibreOffice (installed by .ci/run).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.{ts,tsx}"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
