#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark in turn, on the built pack. Not a test: figures depend on the
 * machine; BENCHMARKS.md records the last run with the command that produced it.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const benches = [
  ["startup.js", []],
  ["stack-policies.js", []],
  ["scan.js", ["--runs", "3"]],
];
let failed = false;
for (const [file, args] of benches) {
  console.log(`\n== ${file} ==`);
  const r = spawnSync(process.execPath, ["--expose-gc", path.join(__dirname, file), ...args], {
    stdio: "inherit",
  });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
