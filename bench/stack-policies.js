#!/usr/bin/env -S node --expose-gc
// One validateStack pass of every stack policy over generated stacks of 10,000 and 20,000
// resources, in the preview shape (every link through propertyDependencies) and the deployed
// shape (links by id), timed in-process on the built pack. The policies run as the SDK would call them, minus the gRPC and deserialisation
// (bench/scan.js measures those end to end). Prints the median of several runs and the ratio.
const path = require("node:path");
const dist = path.join(__dirname, "..", "dist");
const testDist = path.join(__dirname, "..", "dist-test");
const { generateStack, GENERATED_REGISTRY } = require(
  path.join(testDist, "test/tools/stack-generator"),
);
const { viewsFromStates } = require(path.join(testDist, "test/tools/views"));
const { ALL_POLICIES } = require(path.join(dist, "policy-pack/policies"));
const { parseRegistry } = require(path.join(dist, "policy-pack/model/registry"));
const { evalContext } = require(path.join(dist, "policy-pack/framework/eval-context"));

const runtime = {
  registry: parseRegistry(GENERATED_REGISTRY, "icp-registry.yaml", { today: "2026-11-30" }),
  env: {
    stack: { organization: "acme", project: "shop", stack: "prod" },
    lang: "en",
    today: "2026-11-30",
  },
};
const stackPolicies = ALL_POLICIES.filter((p) => p.kind === "stack");
// Each policy's context (default settings, its own sentences), as the adapter builds it.
const contexts = new Map(stackPolicies.map((p) => [p, evalContext(p, runtime)]));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function measure(size, shape) {
  const states = generateStack(size, shape).states;
  const times = [];
  let findings = 0;
  let count = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    // Fresh property objects each run, as each AnalyzeStack request brings: the stack model is
    // built once per request and shared by the policies, never reused across runs.
    const views = viewsFromStates(structuredClone(states), "outputs");
    count = views.length;
    // Collect garbage from the previous run so each run pays only for its own allocations.
    global.gc?.();
    const start = process.hrtime.bigint();
    findings = 0;
    for (const p of stackPolicies) findings += p.evaluate(views, contexts.get(p)).length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0) times.push(ms); // the first run warms the JIT
  }
  times.sort((a, b) => a - b);
  // The fastest run is the least disturbed by the machine; the median is shown beside it.
  return { size: count, best: times[0], median: times[Math.floor(times.length / 2)], findings };
}

const rows = [];
for (const shape of ["preview", "deployed"]) {
  const a = measure(10_000, shape);
  const b = measure(20_000, shape);
  rows.push({ shape, a, b, ratio: b.best / a.best });
}
console.log(
  `validateStack, all ${stackPolicies.length} stack policies, best (median) of ${RUNS} runs`,
);
for (const r of rows) {
  const t = (m) => `${m.best.toFixed(1)} ms (${m.median.toFixed(1)})`;
  console.log(
    `  ${r.shape.padEnd(8)} ${r.a.size} resources: ${t(r.a)} | ${r.b.size} resources: ${t(r.b)} | ratio ${r.ratio.toFixed(2)} (target <= ~2)`,
  );
}
