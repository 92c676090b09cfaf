/**
 * The service-code server policies beyond their cases (which test/policies/cases.test.ts runs):
 * Simplified Chinese wording, determinism, one finding per resource.
 */
import { describe, expect, it } from "vitest";
import type { StackPolicySpec } from "../../policy-pack/framework/policy-spec";
import { catalog } from "../../policy-pack/messages/catalog";
import type { FactSource } from "../../policy-pack/messages/servers";
import type { Failure } from "../../policy-pack/model/eligibility";
import { T } from "../../policy-pack/model/resource-types";
import { domainInputOf } from "../../policy-pack/model/type-index";
import { icpAnchorServerRetained } from "../../policy-pack/policies/icp-anchor-server-retained/policy";
import { icpCdnDomain } from "../../policy-pack/policies/icp-cdn-domain/policy";
import { icpContainerServiceCode } from "../../policy-pack/policies/icp-container-service-code/policy";
import { icpCustomDomainAccess } from "../../policy-pack/policies/icp-custom-domain-access/policy";
import {
  icpFilingNumberFormat,
  numbersAgree,
} from "../../policy-pack/policies/icp-filing-number-format/policy";
import { icpOssCustomDomain } from "../../policy-pack/policies/icp-oss-custom-domain/policy";
import { icpServiceCodeQuota } from "../../policy-pack/policies/icp-service-code-quota/policy";
import { icpServiceCodeServer } from "../../policy-pack/policies/icp-service-code-server/policy";
import { icpWafDomain } from "../../policy-pack/policies/icp-waf-domain/policy";
import { CASES_REGISTRY, type CaseResource, caseUrn } from "../support/policy-case";
import { runStackPolicy, runtimeFor } from "../support/sdk-harness";
import { cluster, ecs, filingsOn, registryYaml, serverYaml } from "../support/server-cases";

function expectContainsInOrder(message: string, parts: string[]) {
  let at = 0;
  for (const p of parts) {
    const i = message.indexOf(p, at);
    expect(i, `expected ${JSON.stringify(p)} in order in:\n${message}`).toBeGreaterThanOrEqual(0);
    at = i + p.length;
  }
}

const SERVER_POLICIES: StackPolicySpec[] = [
  icpContainerServiceCode,
  icpServiceCodeServer,
  icpServiceCodeQuota,
  icpAnchorServerRetained,
  icpFilingNumberFormat,
];

describe("eligibility failures, worded with field, value and fix", () => {
  const table: Array<[string, Failure, FactSource, string, string]> = [
    [
      "pay-as-you-go ECS",
      { requirement: "prepaid", field: "instanceChargeType", actual: "PostPaid" },
      "stack",
      "instanceChargeType is PostPaid (pay-as-you-go): set instanceChargeType: PrePaid with period >= 3",
      "instanceChargeType 为 PostPaid（按量付费）：请设置 instanceChargeType: PrePaid 且 period >= 3",
    ],
    [
      "charge type not set",
      { requirement: "prepaid", field: "instanceChargeType" },
      "stack",
      "instanceChargeType is not set (the API default is PostPaid, pay-as-you-go): set instanceChargeType: PrePaid with period >= 3",
      "未设置 instanceChargeType（API 默认为 PostPaid，即按量付费）：请设置 instanceChargeType: PrePaid 且 period >= 3",
    ],
    [
      "charge type of the wrong shape",
      {
        requirement: "prepaid",
        field: "instanceChargeType",
        actual: "(a number, expected a string)",
      },
      "stack",
      "instanceChargeType is a number where a string belongs (not PrePaid): set instanceChargeType: PrePaid with period >= 3",
      "instanceChargeType 的值是 a number，应为 a string（不是 PrePaid）：请设置 instanceChargeType: PrePaid 且 period >= 3",
    ],
    [
      "spot",
      { requirement: "prepaid", field: "spotStrategy", actual: "SpotWithPriceLimit" },
      "stack",
      "spotStrategy is SpotWithPriceLimit (a spot instance is billed pay-as-you-go): remove spotStrategy (or set NoSpot) and set instanceChargeType: PrePaid with period >= 3",
      "spotStrategy 为 SpotWithPriceLimit（抢占式实例按量付费）：请删除 spotStrategy（或设为 NoSpot），并设置 instanceChargeType: PrePaid 且 period >= 3",
    ],
    [
      "short subscription",
      { requirement: "subscription-months", field: "period", actual: "2" },
      "stack",
      "period is 2 (fewer than 3 months): set period >= 3",
      "period 为 2（不足 3 个月）：请设置 period >= 3",
    ],
    [
      "weeks",
      { requirement: "subscription-months", field: "periodUnit", actual: "Week" },
      "stack",
      "periodUnit is Week (a subscription counted in weeks never reaches 3 months): set periodUnit: Month with period >= 3",
      "periodUnit 为 Week（按周购买的时长达不到 3 个月）：请设置 periodUnit: Month 且 period >= 3",
    ],
    [
      "unknown period",
      { requirement: "subscription-months", field: "period", unknown: true },
      "stack",
      "period is unknown during preview: set period >= 3 (months) as a literal",
      "预览时 period 未知：请以字面值设置 period >= 3（月）",
    ],
    [
      "no public IP",
      { requirement: "public-bandwidth", field: "internetMaxBandwidthOut", actual: "0" },
      "stack",
      "internetMaxBandwidthOut is 0 and no EIP is bound to it by ecs.EipAssociation (no public IP): set internetMaxBandwidthOut > 0, or bind an EIP with ecs.EipAssociation",
      "internetMaxBandwidthOut 为 0，且没有 ecs.EipAssociation 为其绑定 EIP（没有公网 IP）：请设置 internetMaxBandwidthOut > 0，或用 ecs.EipAssociation 绑定 EIP",
    ],
    [
      "outside the mainland",
      { requirement: "mainland-region", field: "provider.region", actual: "cn-hongkong" },
      "stack",
      "provider.region is cn-hongkong (outside the Chinese mainland): only a server in a mainland region gives an ICP service code; create it in a mainland region such as cn-hangzhou",
      "provider.region 为 cn-hongkong（不在中国内地）：只有中国内地地域的服务器才能申请 ICP 备案服务号，请在中国内地地域（如 cn-hangzhou）创建服务器",
    ],
    [
      "region undetermined",
      { requirement: "mainland-region" },
      "stack",
      "the region could not be determined (no zone input, provider region or alicloud:region config): set the provider's region to a mainland region such as cn-hangzhou",
      "无法确定地域（没有可用区参数、Provider 地域或 alicloud:region 配置）：请将 Provider 的地域设置为中国内地地域，如 cn-hangzhou",
    ],
    [
      "not standalone",
      { requirement: "standalone", actual: "alicloud:cs/nodePool:NodePool" },
      "stack",
      "cs.NodePool is not a standalone ECS or SAS instance: use an ecs.Instance or simpleapplicationserver.Instance",
      "cs.NodePool 不是独立的 ECS 或轻量应用服务器实例：请使用 ecs.Instance 或 simpleapplicationserver.Instance",
    ],
    [
      "registry: pay-as-you-go",
      { requirement: "prepaid", field: "chargeType", actual: "PostPaid" },
      "registry",
      "chargeType is PostPaid (pay-as-you-go): convert the server to subscription and write chargeType: PrePaid",
      "chargeType 为 PostPaid（按量付费）：请将服务器转为包年包月，并写 chargeType: PrePaid",
    ],
    [
      "registry: no public IP declared",
      { requirement: "public-bandwidth", field: "publicIp" },
      "registry",
      "publicIp is not set (no public IP declared): give the server a public IP (public bandwidth or an EIP) and write publicIp: true",
      "未设置 publicIp（未声明公网 IP）：请为服务器配置公网 IP（公网带宽或 EIP），并写 publicIp: true",
    ],
    [
      "registry: short subscription",
      { requirement: "subscription-months", field: "subscriptionMonths", actual: "1" },
      "registry",
      "subscriptionMonths is 1 (fewer than 3 months): renew the subscription to at least 3 months and write the new length",
      "subscriptionMonths 为 1（不足 3 个月）：请将订阅续费至至少 3 个月，并写入新的时长",
    ],
    [
      "registry: outside the mainland",
      { requirement: "mainland-region", field: "region", actual: "ap-southeast-1" },
      "registry",
      "region is ap-southeast-1 (outside the Chinese mainland): list a server in a mainland region such as cn-hangzhou",
      "region 为 ap-southeast-1（不在中国内地）：请登记位于中国内地地域（如 cn-hangzhou）的服务器",
    ],
  ];
  for (const [name, f, source, enText, zhText] of table) {
    it(name, () => {
      expect(catalog("en").failure(f, source)).toBe(enText);
      expect(catalog("zh-CN").failure(f, source)).toBe(zhText);
    });
  }
});

describe("Simplified Chinese through the SDK", () => {
  it("words a cluster without eligible server in Chinese, subject to why", () => {
    const runtime = runtimeFor({ registry: "filings: []\n", lang: "zh-CN" });
    const r = runStackPolicy(
      icpContainerServiceCode,
      [cluster("k8s"), ecs("web", { instanceChargeType: "PostPaid" })],
      runtime,
    );
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0].message).toBe(
      [
        'cs.ManagedKubernetes "k8s" 位于中国内地地域 cn-hangzhou（来自Provider 的地域）。',
        "- 由此集群提供服务的网站需要从符合条件的 ECS 或轻量应用服务器实例获取 ICP 备案服务号（ACK/ACS 无法提供），而本栈和 icp-registry.yaml servers 中没有符合条件的服务器",
        '- 已检查 本栈中的 ecs.Instance "web"：instanceChargeType 为 PostPaid（按量付费）：请设置 instanceChargeType: PrePaid 且 period >= 3',
        "- 修复：在本栈中添加一台位于中国内地地域的包年包月 ECS 实例（instanceChargeType: PrePaid，period >= 3，internetMaxBandwidthOut > 0 或通过 ecs.EipAssociation 绑定 EIP），或将已有的符合条件的服务器登记到 icp-registry.yaml 的 servers（name、kind、region、chargeType: PrePaid、subscriptionMonths >= 3、publicIp: true）。",
        "阿里云只接受从同一账号下符合条件的 ECS 或轻量应用服务器获取的备案服务号来为 ACK/ACS 上的网站办理备案；没有这样的服务器，集群上的域名无法备案，而阿里云会阻断未备案的域名。",
      ].join("\n"),
    );
  });

  it("words registry problems and an anchor that is gone in Chinese", () => {
    const registry = registryYaml(
      `  - number: ICP备12345678号\n    domains: [a.cn]\n    accessProviders: [aliyun]\n    serviceCode: { server: web-anchor }\n`,
      serverYaml("web-anchor", ["stack: acme/shop/prod", "resource: web-anchor"]),
    );
    const runtime = runtimeFor({ registry, lang: "zh-CN" });
    const format = runStackPolicy(icpFilingNumberFormat, [], runtime);
    expect(format.violations.map((v) => v.message)).toEqual([
      [
        "icp-registry.yaml 中有无效的 ICP 号码或备案服务号条目（为栈 acme/shop/prod 读取）。",
        '- 备案 "ICP备12345678号"（icp-registry.yaml 第 2 行）不是有效的 ICP 备案号：缺少开头的省份简称（如 京ICP备...）；它不覆盖其中任何域名。修复：按工信部下发的原样填写备案号，如 京ICP备12345678号-1。',
        "ICP Guard 以备案号作为域名已备案的依据：无效的备案号不覆盖任何域名（阿里云会将域名视为未备案而阻断），互相矛盾的备案号则让人无法判断哪个备案才是真实的。",
      ].join("\n"),
    ]);
    const anchor = runStackPolicy(icpAnchorServerRetained, [], runtime);
    expect(anchor.violations).toHaveLength(1);
    expect(anchor.violations[0].message).toContain(
      '备案登记中的服务器 "web-anchor"（icp-registry.yaml 第 7 行） 指向本栈的资源 "web-anchor"，但本栈中已没有该名称的 ECS 或轻量应用服务器实例；依赖它的备案：ICP备12345678号（第 2 行）。',
    );
  });
});

describe("determinism and one finding per resource", () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    ecs(`web-${String(i).padStart(2, "0")}`, { instanceChargeType: "PostPaid" }),
  );

  it("many servers: the same message whatever the order of the stack, five listed by URN", () => {
    const runtime = runtimeFor({ registry: "filings: []\n" });
    const forward = runStackPolicy(icpContainerServiceCode, [cluster("k8s"), ...many], runtime);
    const backward = runStackPolicy(
      icpContainerServiceCode,
      [...many].reverse().concat(cluster("k8s")),
      runtime,
    );
    expect(backward).toEqual(forward);
    const message = forward.violations[0].message;
    const listed = [...message.matchAll(/considered ecs\.Instance "(web-\d+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(["web-00", "web-01", "web-02", "web-03", "web-04"]);
    expect(message).toContain("- and 35 more servers, none eligible\n");
  });

  it("many tagged servers: violations come in URN order, one each", () => {
    const tagged = many.map((r) => ({
      ...r,
      props: { ...r.props, tags: { "icp:service-code-server": "true" } },
    }));
    const r = runStackPolicy(icpServiceCodeServer, [...tagged].reverse(), runtimeFor({}));
    const urns = r.violations.map((v) => v.urn ?? "");
    expect(urns).toHaveLength(40);
    expect(urns).toEqual([...urns].sort());
  });

  it("two registry entries leading to one resource give it one violation listing both", () => {
    const registry = registryYaml(
      filingsOn("by-name", 6) + filingsOn("by-id", 6, 7),
      serverYaml("by-name", ["stack: acme/shop/prod", "resource: web"]) +
        serverYaml("by-id", ["id: i-web"]),
    );
    const r = runStackPolicy(
      icpServiceCodeQuota,
      [ecs("web", {}, { id: "i-web" })],
      runtimeFor({ registry }),
    );
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0].urn).toBe(caseUrn(T.ecsInstance, "web"));
    expectContainsInOrder(r.violations[0].message, [
      '- registry server "by-name" (icp-registry.yaml line 51) is named by 6 filings',
      '- registry server "by-id" (icp-registry.yaml line 56) is named by 6 filings',
    ]);
  });
});

describe("malformed stacks never raise", () => {
  const odd: CaseResource[] = [
    cluster("k8s"),
    { type: T.ecsInstance, name: "a", props: { tags: "icp:number", period: {}, zoneId: 7 } },
    { type: T.ecsInstance, name: "b", props: { tags: [1, 2], instanceChargeType: ["PrePaid"] } },
    {
      type: T.sasInstance,
      name: "c",
      props: { period: null, tags: { "icp:service-code-server": 1 } },
    },
    { type: T.ecsEipAssociation, name: "d", props: { instanceId: 42, allocationId: {} } },
    { type: T.cdnDomainNew, name: "e", props: { domainName: ["x"], tags: { "icp:number": null } } },
  ];
  for (const spec of SERVER_POLICIES) {
    it(spec.name, () => {
      const r = runStackPolicy(spec, odd, runtimeFor({ registry: CASES_REGISTRY }));
      for (const v of r.violations) expect(v.message).not.toContain("internal error");
    });
  }
});

describe("policy metadata and helpers", () => {
  it("names and levels are the documented ones (policy READMEs)", () => {
    expect(SERVER_POLICIES.map((s) => [s.name, s.kind, s.enforcementLevel])).toEqual([
      ["icp-container-service-code", "stack", "mandatory"],
      ["icp-service-code-server", "stack", "mandatory"],
      ["icp-service-code-quota", "stack", "advisory"],
      ["icp-anchor-server-retained", "stack", "mandatory"],
      ["icp-filing-number-format", "stack", "mandatory"],
    ]);
    expect(icpServiceCodeQuota.settings).toEqual(["codesPerServer"]);
  });

  it("numbersAgree: equal, or one is the other's entity number; two site numbers differ", () => {
    expect(numbersAgree("京ICP备11018762号-3", "京ICP备11018762号-3")).toBe(true);
    expect(numbersAgree("京ICP备11018762号", "京ICP备11018762号-3")).toBe(true);
    expect(numbersAgree("京ICP备11018762号-3A", "京ICP备11018762号")).toBe(true);
    expect(numbersAgree("京ICP备11018762号-3", "京ICP备11018762号-4")).toBe(false);
    expect(numbersAgree("京ICP备11018762号", "京ICP备11018763号")).toBe(false);
  });

  it("the resource-type table names the domain input of every type of the four resource domain policies", () => {
    for (const p of [icpOssCustomDomain, icpCdnDomain, icpWafDomain, icpCustomDomainAccess]) {
      for (const type of p.types) expect(domainInputOf(type), type).toBeTypeOf("string");
    }
  });
});
