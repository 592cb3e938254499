import { defineConfig } from "vitest/config";

// `npm run test:hostile`: the hostile corpus through every command (test/hostile).
export default defineConfig({
  test: {
    include: ["test/hostile/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
