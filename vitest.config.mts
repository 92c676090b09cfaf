import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end tests start real policy-pack processes; two cores do not gain from more workers.
    maxWorkers: 2,
  },
});
