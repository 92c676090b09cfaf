import { defineConfig } from "vitest/config";

// `npm run test:pulumi`: the pack under the real Pulumi CLI (test/pulumi/**). Not part of
// `npm test`: it needs the CLI that scripts/pulumi-cli.sh builds with Go. Every test starts real
// CLI, language-host, provider and pack processes: files run on at most two workers, the tests of
// a file one after another.
export default defineConfig({
  test: {
    // Named *.pulumi-test.ts so that `npm test` (test/**/*.test.ts) never collects them.
    include: ["test/pulumi/**/*.pulumi-test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
});
