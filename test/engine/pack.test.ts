/**
 * Proof that the engine can load and drive the pack: it is started exactly as the Pulumi nodejs
 * language host starts it (`node node_modules/@pulumi/pulumi/cmd/run-policy-pack` with cwd at the
 * repository root, from the compiled `main`), and spoken to over the Analyzer gRPC protocol.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchPack, type PackProcess, resolvePulumiDir } from "../../cli/engine/process";
import { type AnalyzerClient, type AnalyzerPb, loadProtocol } from "../../cli/engine/protocol";
import { analyzeRequest, Providers, stackResource } from "../../cli/engine/wire";
import type { ResourceState } from "../../cli/state";

const root = path.resolve(__dirname, "../..");
const pulumiDir = resolvePulumiDir(root);
const protocol = loadProtocol(pulumiDir);
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const MANDATORY = 1;

const work = mkdtempSync(path.join(tmpdir(), "icp-engine-"));
const registryFile = path.join(work, "icp-registry.yaml");
writeFileSync(
  registryFile,
  "filings:\n  - number: 浙ICP备2021012345号-1\n    domains: [example.com]\n    accessProviders: [alibaba-cloud]\n",
);

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PULUMI_NODEJS_ORGANIZATION: "acme",
    PULUMI_NODEJS_PROJECT: "shop",
    PULUMI_NODEJS_STACK: "prod",
    PULUMI_NODEJS_DRY_RUN: "true",
    PULUMI_CONFIG: JSON.stringify({ "alicloud:region": "cn-hangzhou" }),
    ICP_GUARD_REGISTRY: registryFile,
    ICP_GUARD_TODAY: "2026-11-30",
    ...extra,
  };
}

const call = <Req, Res>(
  method: (
    r: Req,
    m: unknown,
    o: { deadline: Date },
    cb: (e: Error | null, res?: Res) => void,
  ) => unknown,
  req: Req,
) => protocol.call(client, method as never, req, 30_000) as Promise<Res>;

let pack: PackProcess;
let client: AnalyzerClient;
let info: AnalyzerPb.AnalyzerInfo;

const urn = (type: string, name: string) => `urn:pulumi:prod::shop::${type}::${name}`;
const providerState: ResourceState = {
  urn: urn("pulumi:providers:alicloud", "default_3_108_0"),
  id: UNKNOWN,
  type: "pulumi:providers:alicloud",
  inputs: { region: "cn-hangzhou" },
};
const withProvider = (s: ResourceState): ResourceState => ({
  ...s,
  provider: `${providerState.urn}::${UNKNOWN}`,
});

async function analyze(state: ResourceState) {
  const req = analyzeRequest(
    protocol,
    withProvider(state),
    new Providers(protocol, [providerState]),
  );
  const res = await call<AnalyzerPb.AnalyzeRequest, AnalyzerPb.AnalyzeResponse>(
    client.analyze.bind(client),
    req,
  );
  return res.getDiagnosticsList().map((d) => ({
    policy: d.getPolicyname(),
    level: d.getEnforcementlevel(),
    urn: d.getUrn(),
    message: d.getMessage(),
  }));
}

beforeAll(async () => {
  if (!existsSync(path.join(root, "dist/policy-pack/index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  }
  pack = await launchPack(root, pulumiDir, { env: env(), timeoutMs: 60_000 });
  client = protocol.connect(pack.port);
  info = await call<InstanceType<typeof protocol.Empty>, AnalyzerPb.AnalyzerInfo>(
    client.getAnalyzerInfo.bind(client),
    new protocol.Empty(),
  );
  // The engine sends every policy's effective level (a config without one decodes as advisory).
  const req = new protocol.messages.ConfigureAnalyzerRequest();
  const map = req.getPolicyconfigMap();
  for (const p of info.getPoliciesList()) {
    const c = new protocol.messages.PolicyConfig();
    c.setEnforcementlevel(p.getEnforcementlevel());
    c.setProperties(protocol.Struct.fromJavaScript({}));
    map.set(p.getName(), c);
  }
  await call(client.configure.bind(client), req);
}, 90_000);

afterAll(async () => {
  client?.close();
  await pack?.stop();
});

describe("the pack under the engine's protocol", () => {
  it("describes itself: name, version, every policy with its metadata", () => {
    expect(info.getName()).toBe("alicloud-icp-guard");
    expect(info.getVersion()).toBe("0.1.0");
    const policies = info.getPoliciesList();
    expect(policies.map((p) => p.getName())).toContain("icp-cdn-domain");
    for (const p of policies) {
      expect(p.getDescription(), p.getName()).not.toBe("");
      expect(p.getRemediationSteps(), p.getName()).not.toBe("");
      expect(p.getUrl(), p.getName()).toMatch(/^https:\/\//);
    }
    const quota = policies.find((p) => p.getName() === "icp-service-code-quota");
    if (quota) expect(quota.getEnforcementlevel()).toBe(0);
    expect(policies.find((p) => p.getName() === "icp-cdn-domain")?.getEnforcementlevel()).toBe(
      MANDATORY,
    );
  });

  it("passes a filed CDN domain and fails an unfiled one, mandatory, on its URN", async () => {
    const good = await analyze({
      urn: urn("alicloud:cdn/domainNew:DomainNew", "static"),
      type: "alicloud:cdn/domainNew:DomainNew",
      inputs: { domainName: "static.example.com", cdnType: "web", scope: "domestic" },
    });
    expect(good).toEqual([]);
    const badUrn = urn("alicloud:cdn/domainNew:DomainNew", "img");
    const bad = await analyze({
      urn: badUrn,
      type: "alicloud:cdn/domainNew:DomainNew",
      inputs: { domainName: "img.unfiled.cn", cdnType: "web" },
    });
    expect(bad).toHaveLength(1);
    // Resource diagnostics carry no URN: the engine attaches them to the resource it asked about.
    expect(bad[0]).toMatchObject({ policy: "icp-cdn-domain", level: MANDATORY });
    expect(bad[0].message).toContain(
      'CDN domain "img.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
    );
  });

  it("keeps a mandatory check mandatory when the domain is unknown during preview", async () => {
    const res = await analyze({
      urn: urn("alicloud:cdn/domainNew:DomainNew", "computed"),
      type: "alicloud:cdn/domainNew:DomainNew",
      inputs: { domainName: UNKNOWN },
    });
    expect(res).toHaveLength(1);
    expect(res[0]).toMatchObject({ policy: "icp-cdn-domain", level: MANDATORY });
    expect(res[0].message).toContain("is unknown until");
    expect(res[0].message).not.toContain("can't run");
  });

  it("never prints a secret domain", async () => {
    const secret = {
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: "hidden-name.unfiled.cn",
    };
    const res = await analyze({
      urn: urn("alicloud:cdn/domainNew:DomainNew", "secret"),
      type: "alicloud:cdn/domainNew:DomainNew",
      inputs: { domainName: secret },
    });
    expect(res).toHaveLength(1);
    expect(res[0].message).toContain('CDN domain "[secret]" has no ICP filing');
    expect(res[0].message).not.toContain("hidden-name");
  });

  it("answers a request holding assets or signatures the SDK would choke on, and judges the rest", async () => {
    const sig = "4dabf18193072939515e22adb298388d";
    const res = await analyze({
      urn: urn("alicloud:cdn/domainNew:DomainNew", "odd"),
      type: "alicloud:cdn/domainNew:DomainNew",
      inputs: {
        // A look-alike secret and an unknown signature where the domain belongs: not a domain.
        domainName: { [sig]: "not-a-signature", value: "static.example.com" },
        scope: "domestic",
        certificateConfig: { [sig]: "c44067f5952c0a294b673a41bacd8c17" },
      },
    });
    expect(res).toHaveLength(1);
    expect(res[0]).toMatchObject({ policy: "icp-cdn-domain", level: MANDATORY });
    expect(res[0].message).toContain("domainName is an object");
  });

  it("AnalyzeStack: a preview-shaped CLB whose only backend is pay-as-you-go is a mandatory violation on the CLB", async () => {
    const lb = urn("alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", "web-lb");
    const ecs = urn("alicloud:ecs/instance:Instance", "web");
    const states: ResourceState[] = [
      providerState,
      withProvider({
        urn: ecs,
        type: "alicloud:ecs/instance:Instance",
        inputs: {
          instanceType: "ecs.g7.large",
          instanceChargeType: "PostPaid",
          internetMaxBandwidthOut: 5,
        },
      }),
      withProvider({
        urn: lb,
        type: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
        inputs: { addressType: "internet", address: UNKNOWN },
      }),
      withProvider({
        urn: urn("alicloud:slb/listener:Listener", "http"),
        type: "alicloud:slb/listener:Listener",
        inputs: { loadBalancerId: UNKNOWN, frontendPort: 80, protocol: "http" },
        propertyDependencies: { loadBalancerId: [lb] },
        dependencies: [lb],
      }),
      withProvider({
        urn: urn("alicloud:slb/backendServer:BackendServer", "backends"),
        type: "alicloud:slb/backendServer:BackendServer",
        inputs: { loadBalancerId: UNKNOWN, backendServers: [{ serverId: UNKNOWN, weight: 100 }] },
        propertyDependencies: { loadBalancerId: [lb], backendServers: [ecs] },
        dependencies: [lb, ecs],
      }),
    ];
    const req = new protocol.messages.AnalyzeStackRequest();
    const providers = new Providers(protocol, states);
    req.setResourcesList(states.map((s) => stackResource(protocol, s, providers)));
    const res = await call<AnalyzerPb.AnalyzeStackRequest, AnalyzerPb.AnalyzeResponse>(
      client.analyzeStack.bind(client),
      req,
    );
    const diags = res.getDiagnosticsList().map((d) => ({
      policy: d.getPolicyname(),
      level: d.getEnforcementlevel(),
      urn: d.getUrn(),
      message: d.getMessage(),
    }));
    expect(diags.map((d) => [d.policy, d.urn])).toEqual([["icp-lb-backend-ecs", lb]]);
    expect(diags[0].level).toBe(MANDATORY);
    expect(diags[0].message).toContain(
      'backend ecs.Instance "web" cannot give an ICP service code',
    );
    expect(diags[0].message).toContain("PostPaid");
  });
});

describe("a registry that does not load", () => {
  it("stops the pack at start, naming the file, line and field", async () => {
    const bad = path.join(work, "bad-registry.yaml");
    writeFileSync(
      bad,
      "filings:\n  - number: 浙ICP备2021012345号-1\n    domains: example.com\n    accessProviders: [aliyun]\n",
    );
    const err = await launchPack(root, pulumiDir, {
      env: env({ ICP_GUARD_REGISTRY: bad }),
      timeoutMs: 60_000,
    }).then(
      async (p) => {
        await p.stop();
        return undefined;
      },
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err?.message).toContain(`${bad}:3`);
    expect(err?.message).toContain("filings[0].domains");
  });
});
