#!/usr/bin/env node
/**
 * Times `icp-guard scan` on generated 10,000- and 20,000-resource stack exports, with this
 * project's pack (the built dist/, the CLI's default pack) and with the do-nothing fixture pack,
 * so the pack's own cost shows next to the protocol's.
 *
 *   npm run build && node bench/scan.js [--sizes 10000,20000] [--runs 3]
 *
 * Wall time is measured around the whole command (pack start-up included). Peak RSS is the peak
 * of the summed resident memory of icp-guard and every process under it (the pack processes),
 * sampled from /proc every 20 ms (Linux only; elsewhere it prints n/a). With --runs N, each figure
 * is the median of N runs. Exit code 1 is normal (the generated stack has violations); a scan that
 * fails (exit 2) is reported with its first error line.
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
];

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

/** Summed VmRSS (kB) of pid and its descendants, from /proc. */
function treeRssKb(rootPid) {
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
  let total = 0;
  for (const pid of tree) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) total += Number(m[1]);
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

function measure(args) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c) => (stderr += c));
    const hasProc = fs.existsSync("/proc/self/status");
    let peak = 0;
    const timer = setInterval(() => {
      if (hasProc) peak = Math.max(peak, treeRssKb(child.pid));
    }, 20);
    child.on("close", (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const error = stderr.split("\n").find((l) => l.startsWith("icp-guard: error")) ?? "";
      resolve({ ms, peakKb: hasProc ? peak : undefined, code, error });
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
  const sizes = option("--sizes", "10000,20000").split(",").map(Number);
  const runs = Number(option("--runs", "1"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "icp-guard-bench-"));
  console.log(
    `icp-guard scan benchmark (node ${process.version}, ${os.cpus().length} CPUs, median of ${runs} run(s))`,
  );
  console.log("");
  console.log(
    `${"resources".padEnd(10)} ${"pack".padEnd(36)} ${"wall".padStart(9)} ${"peak RSS".padStart(9)}  exit`,
  );
  try {
    const bySize = [];
    const ratio = (a, b) =>
      a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}x`;
    for (const size of sizes) {
      const file = path.join(dir, `export-${size}.json`);
      fs.writeFileSync(file, JSON.stringify(generateExport(size)));
      const rows = [];
      for (const pack of PACKS) {
        const results = [];
        for (let r = 0; r < runs; r++) {
          results.push(
            await measure([
              "scan",
              file,
              "--policy-pack",
              pack.dir,
              "--format",
              "json",
              "--quiet",
              "--output",
              path.join(dir, "report.json"),
            ]),
          );
        }
        const row = {
          pack,
          ms: median(results.map((x) => x.ms)),
          peakKb:
            results[0].peakKb === undefined ? undefined : median(results.map((x) => x.peakKb)),
          code: results[results.length - 1].code,
          error: results.find((x) => x.code === 2)?.error,
        };
        rows.push(row);
        console.log(
          `${String(size).padEnd(10)} ${pack.label.padEnd(36)} ${fmtTime(row.ms).padStart(9)} ${fmtRss(row.peakKb).padStart(9)}  ${row.code}${row.error ? `  ${row.error}` : ""}`,
        );
      }
      const [own, noop] = rows;
      bySize.push({ size, own, noop });
      console.log(
        `${String(size).padEnd(10)} ${"ratio (this pack / noop)".padEnd(36)} ${ratio(own.ms, noop.ms).padStart(9)} ${ratio(own.peakKb, noop.peakKb).padStart(9)}   (target <= 1.5x)`,
      );
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
