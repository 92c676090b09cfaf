#!/usr/bin/env node
/**
 * Times `icp-guard scan` on generated stack exports of 10,000, 20,000 and 100,000 resources, with
 * this project's pack (the built dist/, the CLI's default pack), with the do-nothing fixture pack
 * `noop` (the protocol's own cost) and with the small fixture pack `minimal` (a few policies on
 * test:index types: it does nothing with Alibaba resources either), so the pack's own cost shows
 * next to the protocol's. The exports are written minified (as `JSON.stringify` does); at the
 * largest size the same export pretty-printed is scanned too (with noop), to show that loading is
 * linear: minified must take no longer than pretty-printed, within noise.
 *
 *   npm run build && node bench/scan.js [--sizes 10000,20000,100000] [--runs 3]
 *
 * Wall time is measured around the whole command (pack start-up included). Peak memory is given
 * for icp-guard itself (its VmHWM) and for the pack process under it (the peak of the summed
 * resident memory of every process below icp-guard), sampled from /proc every 50 ms (Linux only;
 * elsewhere n/a). With --runs N, each figure is the median of N runs, except at 50,000 resources
 * and more, which run once (minutes each on a shared machine). Exit code 1 is normal (the
 * generated stack has violations); a scan that fails (exit 2) is reported with its first error
 * line. ICP_GUARD_PACK_TIMEOUT_MS is raised for the run: AnalyzeStack of 100,000 resources can
 * take longer than the default two minutes on a loaded machine.
 */

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "dist", "cli", "main.js");
const PACKS = [
  { label: "alicloud-icp-guard (this project)", dir: ROOT },
  { label: "noop (protocol only)", dir: path.join(ROOT, "test", "fixtures", "packs", "noop") },
  { label: "minimal (fixture pack)", dir: path.join(ROOT, "test", "fixtures", "packs", "minimal") },
];
/** Sizes from this many resources up run once, whatever --runs says. */
const SINGLE_RUN_FROM = 50_000;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
}

/** A stack export with a realistic mix of Alibaba Cloud resources in cn-hangzhou. */
function generateExport(count) {
  const stack = "urn:pulumi:bench::shop::pulumi:pulumi:Stack::shop-bench";
  const provider = "urn:pulumi:bench::shop::pulumi:providers:alicloud::default_3_108_0";
  const providerRef = `${provider}::0b3c5cd6-bench`;
  const resources = [
    { urn: stack, custom: false, type: "pulumi:pulumi:Stack", outputs: {} },
    {
      urn: provider,
      custom: true,
      id: "0b3c5cd6-bench",
      type: "pulumi:providers:alicloud",
      inputs: { region: "cn-hangzhou", version: "3.108.0" },
      outputs: { region: "cn-hangzhou", version: "3.108.0" },
    },
  ];
  const kinds = [
    (i) => [
      "alicloud:ecs/instance:Instance",
      {
        instanceType: "ecs.g7.large",
        availabilityZone: "cn-hangzhou-h",
        instanceChargeType: "PrePaid",
        period: 12,
        internetMaxBandwidthOut: 5,
        tags: { app: `web${i}` },
      },
      { publicIp: `47.96.${i % 250}.${i % 200}` },
    ],
    (i) => [
      "alicloud:cdn/domainNew:DomainNew",
      {
        domainName: `static${i}.example.com`,
        scope: "domestic",
        sources: [{ type: "oss", content: `assets${i}.oss-cn-hangzhou.aliyuncs.com`, port: 443 }],
      },
      { cname: `static${i}.example.com.w.kunlunsl.com` },
    ],
    (i) => [
      "alicloud:oss/bucket:Bucket",
      { bucket: `assets${i}` },
      { location: "oss-cn-hangzhou", extranetEndpoint: "oss-cn-hangzhou.aliyuncs.com" },
    ],
    (i) => [
      "alicloud:oss/bucketCname:BucketCname",
      { bucket: `assets${i}`, domain: `img${i}.example.com` },
      {},
    ],
    (i) => [
      "alicloud:dns/alidnsRecord:AlidnsRecord",
      { domainName: "example.com", rr: `www${i}`, type: "A", value: `47.96.${i % 250}.${i % 200}` },
      {},
    ],
    (i) => [
      "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
      { addressType: "internet", loadBalancerSpec: "slb.s2.small", masterZoneId: "cn-hangzhou-h" },
      { address: `120.55.${i % 250}.${i % 200}` },
    ],
    (i) => [
      "alicloud:alb/loadBalancer:LoadBalancer",
      {
        addressType: "Internet",
        zoneMappings: [{ zoneId: "cn-hangzhou-h", vswitchId: `vsw-${i}` }],
      },
      { dnsName: `alb-${i}.cn-hangzhou.alb.aliyuncs.com` },
    ],
    (i) => [
      "alicloud:esa/site:Site",
      { siteName: `site${i}.example.com`, coverage: "domestic" },
      {},
    ],
  ];
  for (let i = 0; resources.length < count; i++) {
    const [type, inputs, extra] = kinds[i % kinds.length](i);
    const name = `${type.split(":").pop().toLowerCase()}-${i}`;
    resources.push({
      urn: `urn:pulumi:bench::shop::${type}::${name}`,
      custom: true,
      id: `${name}-id`,
      type,
      inputs: { __defaults: [], ...inputs },
      outputs: { ...inputs, ...extra, id: `${name}-id` },
      parent: stack,
      provider: providerRef,
      dependencies: [],
      propertyDependencies: {},
    });
  }
  return {
    version: 3,
    deployment: {
      manifest: { time: new Date(0).toISOString(), magic: "", version: "v3.248.0" },
      resources,
    },
  };
}

/** Parent pid of every process, from /proc. */
function parentsOf() {
  const parents = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 (ppid) follows the parenthesised command name.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // exited meanwhile
    }
  }
  return parents;
}

/** A /proc/<pid>/status field in kB (VmRSS, VmHWM), 0 when the process is gone. */
function statusKb(pid, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)`).exec(
      fs.readFileSync(`/proc/${pid}/status`, "utf8"),
    );
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Summed VmRSS (kB) of the processes below rootPid (the packs and their helpers). */
function descendantsRssKb(rootPid) {
  const parents = parentsOf();
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  tree.delete(rootPid);
  let total = 0;
  for (const pid of tree) total += statusKb(pid, "VmRSS");
  return total;
}

function measure(args) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, ICP_GUARD_PACK_TIMEOUT_MS: "1800000" },
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c) => (stderr += c));
    const hasProc = fs.existsSync("/proc/self/status");
    let own = 0;
    let pack = 0;
    const timer = setInterval(() => {
      if (!hasProc) return;
      own = Math.max(own, statusKb(child.pid, "VmHWM"));
      pack = Math.max(pack, descendantsRssKb(child.pid));
    }, 50);
    child.on("close", (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const error = stderr.split("\n").find((l) => l.startsWith("icp-guard: error")) ?? "";
      resolve({
        ms,
        ownKb: hasProc ? own : undefined,
        packKb: hasProc ? pack : undefined,
        code,
        error,
      });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtTime = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtRss = (kb) => (kb === undefined ? "n/a" : `${(kb / 1024).toFixed(0)} MB`);

async function main() {
  if (!fs.existsSync(CLI)) {
    console.error(`${CLI} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
  const sizes = option("--sizes", "10000,20000,100000").split(",").map(Number);
  const runs = Number(option("--runs", "1"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "icp-guard-bench-"));
  console.log(
    `icp-guard scan benchmark (node ${process.version}, ${os.cpus().length} CPUs, median of ${runs} run(s) below ${SINGLE_RUN_FROM} resources)`,
  );
  console.log("");
  console.log(
    `${"resources".padEnd(10)} ${"pack".padEnd(36)} ${"wall".padStart(9)} ${"icp-guard".padStart(10)} ${"pack RSS".padStart(9)}  exit`,
  );
  const scanArgs = (file, pack) => [
    "scan",
    file,
    "--policy-pack",
    pack.dir,
    "--format",
    "json",
    "--quiet",
    "--output",
    path.join(dir, "report.json"),
  ];
  const row = async (size, label, file, pack, n) => {
    const results = [];
    for (let r = 0; r < n; r++) results.push(await measure(scanArgs(file, pack)));
    const pick = (f) =>
      results[0][f] === undefined ? undefined : median(results.map((x) => x[f]));
    const out = {
      ms: median(results.map((x) => x.ms)),
      ownKb: pick("ownKb"),
      packKb: pick("packKb"),
      code: results[results.length - 1].code,
      error: results.find((x) => x.code === 2)?.error,
    };
    console.log(
      `${String(size).padEnd(10)} ${label.padEnd(36)} ${fmtTime(out.ms).padStart(9)} ${fmtRss(out.ownKb).padStart(10)} ${fmtRss(out.packKb).padStart(9)}  ${out.code}${out.error ? `  ${out.error}` : ""}`,
    );
    return out;
  };
  try {
    const bySize = [];
    const ratio = (a, b) =>
      a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}x`;
    for (const size of sizes) {
      const n = size >= SINGLE_RUN_FROM ? 1 : runs;
      const doc = generateExport(size);
      const file = path.join(dir, `export-${size}.json`);
      fs.writeFileSync(file, JSON.stringify(doc));
      const rows = [];
      for (const pack of PACKS) rows.push(await row(size, pack.label, file, pack, n));
      const [own, noop] = rows;
      bySize.push({ size, own, noop });
      console.log(
        `${String(size).padEnd(10)} ${"ratio (this pack / noop)".padEnd(36)} ${ratio(own.ms, noop.ms).padStart(9)} ${"".padStart(10)} ${ratio(own.packKb, noop.packKb).padStart(9)}   (target <= 1.5x)`,
      );
      if (size === sizes[sizes.length - 1]) {
        // The same export pretty-printed: loading must be linear in the text, lines or not.
        const pretty = path.join(dir, `export-${size}-pretty.json`);
        fs.writeFileSync(pretty, JSON.stringify(doc, null, 2));
        const p = await row(size, "noop, pretty-printed export", pretty, PACKS[1], n);
        console.log(
          `${String(size).padEnd(10)} ${"minified / pretty-printed (noop)".padEnd(36)} ${ratio(noop.ms, p.ms).padStart(9)} ${ratio(noop.ownKb, p.ownKb).padStart(10)}   (target <= 1.0x, within noise)`,
        );
        fs.rmSync(pretty, { force: true });
      }
      fs.rmSync(file, { force: true });
    }
    // How each pack's cost grows from the smallest to the largest size: this pack's growth should
    // be no steeper than the protocol's own (within 10%).
    if (bySize.length >= 2) {
      const first = bySize[0];
      const last = bySize[bySize.length - 1];
      const ownGrowth = last.own.ms / first.own.ms;
      const noopGrowth = last.noop.ms / first.noop.ms;
      console.log(
        `growth ${first.size} -> ${last.size}: this pack ${ownGrowth.toFixed(2)}x, noop ${noopGrowth.toFixed(2)}x, relative ${(ownGrowth / noopGrowth).toFixed(2)} (target <= 1.10)`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
