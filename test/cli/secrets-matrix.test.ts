/**
 * No secret reaches any output: one stack whose secrets sit where policies read and print them
 * (ALB host conditions in a secret list, object or value list; an icp:number inside secret tags;
 * a listener's secret protocol and port; a secret backend id; a secret domain, DNS zone and zone
 * id; the secret region of the default provider, which reaches the pack as stack config), in every
 * input form icp-guard reads (stack export with wire secrets, with `ciphertext`, with
 * `--show-secrets` plaintext; preview JSON; event log; array of states), rendered in every report
 * format, in both languages. Every secret carries a marker; no output may contain one. The wire
 * forms must also show "[secret]" where the secrets were, and the secret regions must still
 * decide: the decision may use the value, the text may not.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alicloudStackConfig } from "../../cli/alicloud";
import { loadInputFile } from "../../cli/inputs";
import { REPORT_FORMATS, renderReport } from "../../cli/report";
import type { ScanResult } from "../../cli/result";
import { scanInputs } from "../../cli/scan";
import type { ResourceState } from "../../cli/state";
import { assertBuilt, ROOT, tempDir } from "./support/cli";

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";
/** Every secret value (and every ciphertext) contains one of these; no output may. */
const MARKERS = /zqx|48173|zhangjiakou|na-south/i;

type SecretForm = "wire" | "ciphertext" | "plaintext";

function secretIn(form: SecretForm, value: unknown): Record<string, unknown> {
  switch (form) {
    case "wire":
      return { [SIG]: SECRET, value };
    case "plaintext":
      return { [SIG]: SECRET, plaintext: JSON.stringify(value) };
    case "ciphertext":
      return {
        [SIG]: SECRET,
        ciphertext: `v1:zqxcipher:${Buffer.from(JSON.stringify(value)).toString("base64")}`,
      };
  }
}

const S = "urn:pulumi:prod::shop::";
const urn = (type: string, name: string) => `${S}${type}::${name}`;
const DEFAULT = urn("pulumi:providers:alicloud", "default_3_108_0");
const SG = urn("pulumi:providers:alicloud", "sg");

/** The stack, with secrets in `form`. Deployed shape: ids known, links by id. */
function states(form: SecretForm): ResourceState[] {
  const secret = (v: unknown) => secretIn(form, v);
  const out: ResourceState[] = [
    { urn: urn("pulumi:pulumi:Stack", "shop-prod"), type: "pulumi:pulumi:Stack" },
    {
      urn: DEFAULT,
      id: "p-default",
      custom: true,
      type: "pulumi:providers:alicloud",
      inputs: { region: secret("cn-zhangjiakou") },
      outputs: { region: secret("cn-zhangjiakou") },
    },
    {
      urn: SG,
      id: "p-sg",
      custom: true,
      type: "pulumi:providers:alicloud",
      inputs: { region: secret("na-south-1") },
      outputs: { region: secret("na-south-1") },
    },
  ];
  const add = (type: string, name: string, props: Record<string, unknown>, provider = DEFAULT) => {
    const id = `id-${name}`;
    out.push({
      urn: urn(type, name),
      id,
      custom: true,
      type,
      inputs: props,
      outputs: { ...props, id },
      provider: `${provider}::${provider === DEFAULT ? "p-default" : "p-sg"}`,
    });
  };
  // ALB with three rules: hosts in a secret condition list, a secret hostConfig, secret values.
  add("alicloud:alb/loadBalancer:LoadBalancer", "alb", { addressType: "Internet" });
  add("alicloud:alb/listener:Listener", "alb-http", {
    loadBalancerId: "id-alb",
    listenerPort: 80,
    listenerProtocol: "HTTP",
  });
  const host = (h: string) => ({ type: "Host", hostConfig: { values: [h] } });
  add("alicloud:alb/rule:Rule", "rule-list", {
    listenerId: "id-alb-http",
    ruleConditions: secret([host("a.zqxlist.cn")]),
  });
  add("alicloud:alb/rule:Rule", "rule-object", {
    listenerId: "id-alb-http",
    ruleConditions: [{ type: "Host", hostConfig: secret({ values: ["b.zqxobject.cn"] }) }],
  });
  add("alicloud:alb/rule:Rule", "rule-values", {
    listenerId: "id-alb-http",
    ruleConditions: [{ type: "Host", hostConfig: { values: secret(["c.zqxvalues.cn"]) } }],
  });
  // CDN domains: an icp:number inside secret tags; a secret domain.
  add("alicloud:cdn/domainNew:DomainNew", "cdn-tagged", {
    domainName: "tagged.unfiled.cn",
    scope: "domestic",
    tags: secret({ "icp:number": "京ICP备zqxtag号" }),
  });
  add("alicloud:cdn/domainNew:DomainNew", "cdn-secret", {
    domainName: secret("www.zqxcdn.cn"),
    scope: "domestic",
  });
  // A CLB whose listener's protocol and port are secret, and whose backend id is secret.
  add("alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", "clb", {
    addressType: "internet",
  });
  add("alicloud:slb/listener:Listener", "clb-http", {
    loadBalancerId: "id-clb",
    frontendPort: secret(48173),
    protocol: secret("http"),
  });
  add("alicloud:slb/backendServer:BackendServer", "clb-backends", {
    loadBalancerId: "id-clb",
    backendServers: secret([{ serverId: "i-zqxexternal", weight: 100 }]),
  });
  // The same CLB in Singapore (secret provider region): out of scope, so never flagged.
  add(
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    "clb-sg",
    { addressType: "internet" },
    SG,
  );
  add(
    "alicloud:slb/listener:Listener",
    "clb-sg-http",
    { loadBalancerId: "id-clb-sg", frontendPort: 80, protocol: "http" },
    SG,
  );
  // Servers named by (secret) tags, one in a secret zone; a DNS record in a secret zone.
  add("alicloud:ecs/instance:Instance", "web", {
    instanceChargeType: "PostPaid",
    internetMaxBandwidthOut: 5,
    publicIp: "47.1.2.3",
    tags: secret({ "icp:service-code-server": "true", "icp:number": "京ICP备zqxecs号" }),
  });
  add("alicloud:ecs/instance:Instance", "db", {
    availabilityZone: secret("na-south-1a"),
    instanceChargeType: "PostPaid",
    tags: { "icp:service-code-server": "true" },
  });
  // No provider: its region is the stack's (secret) alicloud:region config, as the pack sees it.
  out.push({
    urn: urn("alicloud:oss/bucketCname:BucketCname", "cname"),
    id: "id-cname",
    custom: true,
    type: "alicloud:oss/bucketCname:BucketCname",
    inputs: { bucket: "assets", domain: "img.unfiled.cn" },
    outputs: { bucket: "assets", domain: "img.unfiled.cn", id: "id-cname" },
  });
  add("alicloud:dns/alidnsRecord:AlidnsRecord", "www", {
    domainName: secret("zqxzone.cn"),
    rr: "www",
    type: "A",
    value: "47.1.2.3",
  });
  return out;
}

type InputForm =
  | "stack export (wire)"
  | "stack export (ciphertext)"
  | "stack export (plaintext)"
  | "preview JSON"
  | "event log"
  | "state array";

function writeInput(dir: string, form: InputForm): string {
  const file = path.join(dir, `${form.replace(/\W+/g, "-")}.json`);
  const secretForm: SecretForm = form.includes("ciphertext")
    ? "ciphertext"
    : form.includes("plaintext")
      ? "plaintext"
      : "wire";
  const rs = states(secretForm);
  let text: string;
  if (form.startsWith("stack export")) {
    text = JSON.stringify({ version: 3, deployment: { manifest: {}, resources: rs } }, null, 2);
  } else if (form === "preview JSON") {
    text = JSON.stringify({
      steps: rs.map((r) => ({ op: "same", urn: r.urn, newState: r })),
      changeSummary: { same: rs.length },
    });
  } else if (form === "event log") {
    text = rs
      .map((r, i) =>
        JSON.stringify({
          sequence: i,
          timestamp: 1,
          resourcePreEvent: { metadata: { op: "same", urn: r.urn, type: r.type, new: r } },
        }),
      )
      .join("\n");
  } else {
    text = JSON.stringify(rs);
  }
  fs.writeFileSync(file, text);
  return file;
}

const FORMS: InputForm[] = [
  "stack export (wire)",
  "stack export (ciphertext)",
  "stack export (plaintext)",
  "preview JSON",
  "event log",
  "state array",
];
const LANGS = ["en", "zh-CN"] as const;

interface Run {
  result: ScanResult;
  /** What icp-guard would print besides the report: warnings and the packs' stderr. */
  stderr: string;
}

let dir: string;
const runs = new Map<string, Run>();

async function scan(form: InputForm, lang: (typeof LANGS)[number]): Promise<Run> {
  const key = `${form}|${lang}`;
  const done = runs.get(key);
  if (done) return done;
  const file = writeInput(dir, form);
  const before = process.env.ICP_GUARD_LANG;
  // The pack reads its language from its environment, taken when it is launched.
  process.env.ICP_GUARD_LANG = lang;
  let stderr = "";
  try {
    const pending = scanInputs([loadInputFile(file)], {
      policyPacks: [ROOT],
      policyPackConfigs: [],
      // As the scan and preview commands do: alicloud:region (secret or not) for PULUMI_CONFIG.
      stackConfig: alicloudStackConfig,
      onWarning: (m) => {
        stderr += `${m}\n`;
      },
      onPackStderr: (_p, _s, text) => {
        stderr += text;
      },
    });
    const result = await pending;
    const run = { result, stderr };
    runs.set(key, run);
    return run;
  } finally {
    if (before === undefined) delete process.env.ICP_GUARD_LANG;
    else process.env.ICP_GUARD_LANG = before;
  }
}

beforeAll(() => {
  assertBuilt();
  dir = tempDir("icp-guard-secrets-");
  process.env.ICP_GUARD_TODAY = "2026-11-30";
});
afterAll(() => {
  delete process.env.ICP_GUARD_TODAY;
});

describe("no secret in any output", () => {
  for (const form of FORMS) {
    for (const lang of LANGS) {
      it(`${form}, ${lang}: every format is free of secrets`, async () => {
        const { result, stderr } = await scan(form, lang);
        expect(stderr).not.toMatch(MARKERS);
        expect(result.violations.length).toBeGreaterThan(0);
        for (const format of REPORT_FORMATS) {
          const report = renderReport(result, format, { toolVersion: "0.0.0", baseDir: dir });
          const leak = MARKERS.exec(report);
          expect(leak ? `${format}: …${report.slice(leak.index - 80, leak.index + 40)}…` : "").toBe(
            "",
          );
        }
      }, 300_000);
    }
  }
});

/** `policy → resource names` of the ICP pack's violations whose message shows "[secret]". */
function secretShown(result: ScanResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of result.violations) {
    if (!v.message.includes("[secret]")) continue;
    const name = v.urn.slice(v.urn.lastIndexOf("::") + 2);
    out[v.policyName] = [...(out[v.policyName] ?? []), name].sort();
  }
  return out;
}

describe("secrets are used, and shown as [secret]", () => {
  for (const form of FORMS.filter((f) => !f.includes("ciphertext"))) {
    it(`${form}: the secrets decided, and the messages say [secret] where they were`, async () => {
      const { result } = await scan(form, "en");
      expect(secretShown(result)).toEqual({
        "icp-cdn-domain": ["cdn-secret", "cdn-tagged"],
        "icp-filing-number-format": ["cdn-tagged", "web"],
        "icp-hosted-domain": ["rule-list", "rule-object", "rule-values", "www"],
        // alb: its region comes from the secret default provider.
        "icp-lb-backend-ecs": ["alb", "clb"],
        // cname: its region is the secret stack config.
        "icp-oss-custom-domain": ["cname"],
        "icp-service-code-server": ["web"],
      });
      const clb = result.violations.find(
        (v) => v.policyName === "icp-lb-backend-ecs" && v.urn.endsWith("::clb"),
      );
      expect(clb?.message).toContain('slb.Listener "clb-http" [secret]:[secret]');
      expect(clb?.message).toContain("backend [secret] is not in this stack");
      const message = (policy: string, name: string) =>
        result.violations.find((v) => v.policyName === policy && v.urn.endsWith(`::${name}`))
          ?.message ?? "";
      for (const rule of ["rule-list", "rule-object", "rule-values"]) {
        expect(message("icp-hosted-domain", rule)).toContain(
          'serves "[secret]" on alb.LoadBalancer',
        );
        expect(message("icp-hosted-domain", rule)).toContain('rule "[secret]" has no ICP filing');
      }
      expect(message("icp-cdn-domain", "cdn-tagged")).toContain(
        'tag icp:number "[secret]" is not a valid ICP number',
      );
      expect(message("icp-service-code-server", "web")).toContain(
        'ecs.Instance "web" is named as an ICP service-code server (tag icp:service-code-server=[secret])',
      );
      // db's secret zone is in Mexico: named by tag outside the mainland, not applicable.
      expect(result.violations.filter((v) => v.urn.endsWith("::db"))).toEqual([]);
      expect(message("icp-lb-backend-ecs", "alb")).toContain('alb.Listener "alb-http" HTTP:80');
      // The Mexico CLB (secret provider region) was judged outside the mainland.
      expect(result.violations.filter((v) => v.urn.includes("clb-sg"))).toEqual([]);
    }, 300_000);
  }
});
