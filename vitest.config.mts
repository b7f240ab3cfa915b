import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Engine and host tests start processes and hosts of their own; keep them apart.
    fileParallelism: false,
    reporters: ["default"],
  },
});
