#!/usr/bin/env node
/**
 * Pack start-up: from process start to the port printed on stdout, exactly as the Pulumi nodejs
 * language host starts a pack (`node <pack>/node_modules/@pulumi/pulumi/cmd/run-policy-pack`,
 * cwd at the pack), for this project's built pack and for the do-nothing fixture pack.
 *
 *   npm run build && node bench/startup.js [--runs 15]
 *
 * Runs alternate between the packs so machine load falls on both alike; prints the median and
 * the ratio (target: this pack within 15% of the minimal one).
 */
const { spawn } = require("node:child_process");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
// This pack starts with the examples' registry: loading and validating one is part of every start.
const PACKS = [
  {
    label: "alicloud-icp-guard",
    dir: ROOT,
    env: { ICP_GUARD_REGISTRY: path.join(ROOT, "examples", "icp-registry.yaml") },
  },
  {
    label: "noop (minimal @pulumi/policy pack)",
    dir: path.join(ROOT, "test", "fixtures", "packs", "noop"),
  },
];
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;

function startOnce({ dir, env }) {
  const runner = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [runner, "127.0.0.1:0", dir], {
      cwd: dir,
      env: { ...process.env, PULUMI_NODEJS_STACK: "bench", PULUMI_NODEJS_PROJECT: "shop", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("\n")) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        child.kill("SIGKILL");
        resolve(ms);
      }
    });
    child.on("exit", (code) => {
      if (!out.includes("\n"))
        reject(new Error(`${dir} exited with ${code} before printing its port`));
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const times = PACKS.map(() => []);
  await startOnce(PACKS[0]); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (let p = 0; p < PACKS.length; p++) times[p].push(await startOnce(PACKS[p]));
  }
  console.log(`pack start-up to port printed, median of ${runs} runs`);
  PACKS.forEach((p, i) => {
    console.log(`  ${p.label.padEnd(36)} ${median(times[i]).toFixed(0)} ms`);
  });
  const ratio = median(times[0]) / median(times[1]);
  console.log(`  ratio ${ratio.toFixed(2)} (target <= 1.15)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
