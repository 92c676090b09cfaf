/**
 * Where the pack finds icp-registry.yaml without ICP_GUARD_REGISTRY: beside PulumiPolicy.yaml,
 * else, installed as a package, in the project whose node_modules holds it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { stackText } from "../../policy-pack/checks/service-code-servers";
import { createRuntime, learnStack, registryDir } from "../../policy-pack/framework/runtime";
import { EMPTY_REGISTRY } from "../../policy-pack/model/registry";

const root = mkdtempSync(path.join(tmpdir(), "icp-registry-location-"));
const project = path.join(root, "infra-repo");
const installed = path.join(project, "node_modules", "alicloud-icp-guard");
const nested = path.join(
  project,
  "node_modules",
  "some-tool",
  "node_modules",
  "alicloud-icp-guard",
);
const clone = path.join(root, "alicloud-icp-guard");
for (const d of [installed, nested, clone]) mkdirSync(d, { recursive: true });
const projectRegistry = path.join(project, "icp-registry.yaml");
writeFileSync(
  projectRegistry,
  "filings:\n  - number: 浙ICP备2024031234号-1\n    domains: [example.cn]\n    accessProviders: [alibaba-cloud]\n",
);

describe("registryDir", () => {
  it("a pack installed in node_modules: the project that holds node_modules", () => {
    expect(registryDir(installed)).toBe(project);
    expect(registryDir(nested)).toBe(project);
  });

  it("a pack folder outside node_modules (a clone, a published pack): the pack folder", () => {
    expect(registryDir(clone)).toBe(clone);
  });

  it("a registry beside PulumiPolicy.yaml wins over the project's", () => {
    const withOwn = path.join(project, "node_modules", "own-registry");
    mkdirSync(withOwn, { recursive: true });
    writeFileSync(path.join(withOwn, "icp-registry.yaml"), "filings: []\n");
    expect(registryDir(withOwn)).toBe(withOwn);
  });
});

describe("createRuntime", () => {
  it("loads the project's registry for a pack in its node_modules", () => {
    const runtime = createRuntime({ ICP_GUARD_TODAY: "2026-11-30" }, installed);
    expect(runtime.registry.source).toBe(projectRegistry);
    expect(runtime.registry.filings.map((f) => f.domains)).toEqual([["example.cn"]]);
  });

  it("ICP_GUARD_REGISTRY still wins", () => {
    const other = path.join(root, "other.yaml");
    writeFileSync(other, "filings: []\n");
    const runtime = createRuntime({ ICP_GUARD_REGISTRY: other }, installed);
    expect(runtime.registry.source).toBe(other);
    expect(runtime.registry.filings).toEqual([]);
  });

  it("no registry anywhere: the empty registry (every filing check fails)", () => {
    expect(createRuntime({}, clone).registry).toBe(EMPTY_REGISTRY);
  });
});

describe("learnStack: the stack identity when the engine gives none (pulumi policy analyze)", () => {
  const registryYaml = path.join(root, "anchors.yaml");
  writeFileSync(
    registryYaml,
    [
      "servers:",
      "  - { name: a, id: i-a, kind: ecs, region: cn-hangzhou, chargeType: PrePaid, subscriptionMonths: 12, publicIp: true, stack: acme/shop/prod, resource: web }",
      "  - { name: b, id: i-b, kind: ecs, region: cn-hangzhou, chargeType: PrePaid, subscriptionMonths: 12, publicIp: true, stack: shop/staging, resource: web }",
      "",
    ].join("\n"),
  );

  it("takes project and stack from the first URN and matches any organisation", () => {
    const runtime = createRuntime(
      { ICP_GUARD_REGISTRY: registryYaml, ICP_GUARD_TODAY: "2026-11-30" },
      installed,
    );
    expect(runtime.env.stack).toEqual({ organization: "", project: "", stack: "" });
    expect(runtime.registry.serversOfStack(runtime.env.stack)).toEqual([]);
    learnStack(runtime, "urn:pulumi:prod::shop::alicloud:ecs/instance:Instance::web");
    expect(runtime.env.stack).toEqual({ organization: "", project: "shop", stack: "prod" });
    expect(runtime.registry.serversOfStack(runtime.env.stack).map((s) => s.name)).toEqual(["a"]);
    // Messages name the stack as the engine knows it: no organisation, no leading slash.
    expect(stackText(runtime.env.stack)).toBe("shop/prod");
    expect(stackText({ organization: "acme", project: "shop", stack: "prod" })).toBe(
      "acme/shop/prod",
    );
  });

  it("never overrides what the engine said", () => {
    const runtime = createRuntime(
      {
        ICP_GUARD_REGISTRY: registryYaml,
        ICP_GUARD_TODAY: "2026-11-30",
        PULUMI_NODEJS_ORGANIZATION: "other",
        PULUMI_NODEJS_PROJECT: "shop",
        PULUMI_NODEJS_STACK: "prod",
      },
      installed,
    );
    learnStack(runtime, "urn:pulumi:staging::shop::alicloud:ecs/instance:Instance::web");
    expect(runtime.env.stack).toEqual({ organization: "other", project: "shop", stack: "prod" });
    expect(runtime.registry.serversOfStack(runtime.env.stack)).toEqual([]);
  });
});
