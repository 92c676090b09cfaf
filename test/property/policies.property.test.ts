/**
 * Property-based tests over every policy, through the SDK exactly as the engine calls it, with
 * hostile properties: wrong types, nulls, unknown sentinels at any depth, secrets wrapped as the
 * engine wraps them, huge arrays, odd Unicode and IDN domains. Whatever comes in:
 * no exception escapes, no internal error is reported, every stack violation names a resource of
 * the stack, no secret value appears in any message, and the same input gives the same output.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_TOKENS } from "../../policy-pack/model/type-index";
import { ALL_POLICIES } from "../../policy-pack/policies";
import { CASES_REGISTRY, type CaseResource, caseUrn } from "../support/policy-case";
import {
  runResourcePolicy,
  runStackPolicy,
  runtimeFor,
  type SdkResult,
} from "../support/sdk-harness";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const SECRET_SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
/** Every secret value carries this marker; no message may ever contain it. */
const MARK = "zzsecretzz";

const FIELDS = [
  "domainName",
  "domain",
  "siteName",
  "customDomainName",
  "scope",
  "coverage",
  "sources",
  "sourceType",
  "region",
  "zoneId",
  "availabilityZone",
  "masterZoneId",
  "zoneIds",
  "zoneMappings",
  "tags",
  "instanceChargeType",
  "period",
  "periodUnit",
  "internetMaxBandwidthOut",
  "spotStrategy",
  "loadBalancerId",
  "listenerId",
  "serverGroupId",
  "backendServers",
  "instanceIds",
  "servers",
  "defaultActions",
  "ruleConditions",
  "ruleActions",
  "frontendPort",
  "protocol",
  "listenerPort",
  "listenerProtocol",
  "addressType",
  "instanceId",
  "allocationId",
  "ipAddress",
  "publicIp",
  "address",
  "dnsName",
  "rr",
  "type",
  "value",
  "name",
  "hostRecord",
  "productType",
  "instanceIds",
  "functionName",
  "functionArgs",
  "packageCode",
  "id",
  "bandwidth",
];

const domainish = fc.oneof(
  fc.constantFrom(
    "www.example.com",
    "img.unfiled.cn",
    "例子.中国",
    "*.shop.example.com.cn",
    "1.2.3.4",
    "",
    " ",
    "a..b",
    "xn--fiqs8s",
  ),
  fc.domain(),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const secret = domainish.map((d) => ({ ...SECRET_SIG, value: `${MARK}.${d}` }));
const leaf = fc.oneof(
  domainish,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(UNKNOWN),
  fc.constantFrom(
    "cn-hangzhou",
    "cn-hongkong",
    "ap-southeast-1",
    "cn-hangzhou-h",
    "PrePaid",
    "PostPaid",
    "http",
    "HTTPS",
    "internet",
    "Intranet",
    "A",
    "CNAME",
    "domestic",
    "overseas",
    "ipaddr",
    "domain",
    "Host",
    "true",
    "ddoscoo",
    "ddosDip",
  ),
  secret,
);
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        ...FIELDS,
        "content",
        "serverId",
        "argName",
        "argValue",
        "icp:number",
        "icp:service-code-server",
        "hostConfig",
        "values",
        "forwardGroupConfig",
        "serverGroupTuples",
      ),
      tie("v"),
      { maxKeys: 4 },
    ),
  ),
})).v;
const props = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });
const hugeArray = fc.array(leaf, { minLength: 500, maxLength: 2000 });

function resource(types: readonly string[]) {
  return fc.record({
    type: fc.constantFrom(...types),
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    props: fc.oneof(
      { weight: 9, arbitrary: props },
      {
        weight: 1,
        arbitrary: hugeArray.map((a) => ({ sources: a, backendServers: a, instanceIds: a })),
      },
    ),
    provider: fc.oneof(fc.constant({}), fc.record({ region: leaf })),
    id: fc.option(fc.oneof(fc.stringMatching(/^[a-z]-[a-z0-9]{1,6}$/), fc.constant(UNKNOWN)), {
      nil: undefined,
    }),
  });
}

function assertSafe(r: SdkResult, urns: Set<string> | undefined) {
  for (const v of r.violations) {
    expect(v.message).not.toContain("internal error");
    expect(v.message).not.toContain(MARK);
    if (urns) expect(urns.has(v.urn ?? "")).toBe(true);
  }
  expect(r.notApplicable ?? "").not.toContain(MARK);
}

const runtime = runtimeFor({ registry: CASES_REGISTRY, packRegion: "cn-hangzhou" });
const STACK_TYPES = [...ALL_TOKENS];

describe("every policy survives hostile input", () => {
  for (const spec of ALL_POLICIES) {
    if (spec.kind === "resource") {
      it(`${spec.name}: no exception, no internal error, no secret, deterministic`, () => {
        fc.assert(
          fc.property(
            resource([...spec.types]),
            fc.constantFrom("skip", "fail"),
            (r, unknownValues) => {
              const settings = { unknownValues } as const;
              const a = runResourcePolicy(spec, r as CaseResource, runtime, settings);
              assertSafe(a, undefined);
              expect(runResourcePolicy(spec, r as CaseResource, runtime, settings)).toEqual(a);
            },
          ),
          { numRuns: 150 },
        );
      });
    } else {
      it(`${spec.name}: no exception, violations on stack resources, no secret, deterministic`, () => {
        fc.assert(
          fc.property(
            fc.uniqueArray(resource(STACK_TYPES), {
              maxLength: 12,
              selector: (r) => `${r.type}::${r.name}`,
            }),
            (rs) => {
              const resources = rs as CaseResource[];
              const urns = new Set(resources.map((r) => caseUrn(r.type, r.name)));
              urns.add("urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod");
              const a = runStackPolicy(spec, resources, runtime);
              assertSafe(a, urns);
              expect(runStackPolicy(spec, resources, runtime)).toEqual(a);
            },
          ),
          { numRuns: 60 },
        );
      });
    }
  }
});
