import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
    testTimeout: 30_000,
    // Every core (vitest's default leaves one idle: a single worker on a 2-core machine).
    maxWorkers: availableParallelism(),
  },
});
