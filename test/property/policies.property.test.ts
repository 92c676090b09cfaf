/**
 * Property-based tests over every policy, through the SDK exactly as the engine calls it, with
 * hostile properties: wrong types, nulls, unknown sentinels at any depth, secrets wrapped as the
 * engine wraps them (around leaves, lists, objects and whole property maps), huge arrays, odd
 * Unicode and IDN domains. Whatever comes in: no exception escapes, no internal error is
 * reported, every stack violation names a resource of the stack, no secret value appears in any
 * message, and the same input gives the same output.
 *
 * Then stacks whose load balancers are linked to listeners, rules, backends and servers (by id,
 * through propertyDependencies, or not at all), with secrets around the values policies read and
 * print: no secret is printed, and an unknown in a decisive value (a link, a tag map, a charge
 * type, a port...) never turns a violation into a pass, nor lets an unverifiable load balancer
 * pass.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { T } from "../../policy-pack/model/resource-types";
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
/** A number only ever found inside a secret: no message may contain it either. */
const SECRET_NUMBER = 917331;
/** A secret list or object, every string and number in it marked. */
const secretContainer = fc
  .letrec((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      domainish.map((d) => `${MARK}.${d}`),
      fc.constant(SECRET_NUMBER),
      fc.array(tie("v"), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom("type", "values", "hostConfig", "serverId", "icp:number", "zoneId", "port"),
        tie("v"),
        { maxKeys: 3 },
      ),
    ),
  }))
  .v.filter((v) => typeof v === "object")
  .map((v) => ({ ...SECRET_SIG, value: v }));
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
  secretContainer,
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
const plainProps = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });
/** Sometimes every input is a secret: the whole property map. */
const props = fc.oneof(
  { weight: 4, arbitrary: plainProps },
  {
    weight: 1,
    arbitrary: plainProps.map((p) =>
      Object.fromEntries(
        Object.entries(p).map(([k, v]) => [k, { ...SECRET_SIG, value: markStrings(v) }]),
      ),
    ),
  },
);

/** Every string below `v` marked, every number the secret number (so a leak shows). */
function markStrings(v: unknown): unknown {
  if (typeof v === "string") return `${MARK}.${v}`;
  if (typeof v === "number") return SECRET_NUMBER;
  if (Array.isArray(v)) return v.map(markStrings);
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, markStrings(x)]));
  }
  return v;
}
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
    expect(v.message).not.toContain(String(SECRET_NUMBER));
    if (urns) expect(urns.has(v.urn ?? "")).toBe(true);
  }
  expect(r.notApplicable ?? "").not.toContain(MARK);
  expect(r.notApplicable ?? "").not.toContain(String(SECRET_NUMBER));
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

// ------------------------------------------------------------------------------------------------
// Linked stacks: load balancers, listeners, rules, backends, servers and DNS records.

type Mode = "id" | "deps" | "orphan";
type Family = "clb" | "alb" | "nlb";

const LB_TYPE: Record<Family, string> = {
  clb: T.slbApplicationLoadBalancer,
  alb: T.albLoadBalancer,
  nlb: T.nlbLoadBalancer,
};
const LISTENER_TYPE: Record<Family, string> = {
  clb: T.slbListener,
  alb: T.albListener,
  nlb: T.nlbListener,
};

/** Ids carry the marker: a secret id that leaked would show, and no message prints a plain id. */
const idOf = (name: string) => `${MARK}-${name}`;
const wrap = (v: unknown) => ({ ...SECRET_SIG, value: v });

const plan = fc.record({
  lbs: fc.array(
    fc.record({
      family: fc.constantFrom<Family>("clb", "alb", "nlb"),
      internet: fc.boolean(),
      hongkong: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  listeners: fc.array(
    fc.record({
      lb: fc.nat(),
      mode: fc.constantFrom<Mode>("id", "deps", "orphan"),
      web: fc.boolean(),
      secretPort: fc.boolean(),
      secretProtocol: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  rules: fc.array(
    fc.record({
      listener: fc.nat(),
      mode: fc.constantFrom<Mode>("id", "deps", "orphan"),
      filed: fc.boolean(),
      secretAt: fc.constantFrom("none", "conditions", "hostConfig", "values", "host"),
    }),
    { maxLength: 3 },
  ),
  servers: fc.array(
    fc.record({
      eligible: fc.boolean(),
      named: fc.boolean(),
      secretTags: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  backends: fc.array(
    fc.record({
      lb: fc.nat(),
      server: fc.nat(),
      lbMode: fc.constantFrom<Mode>("id", "deps", "orphan"),
      serverMode: fc.constantFrom<Mode>("id", "deps", "orphan"),
      secretAt: fc.constantFrom("none", "list", "entry", "id"),
    }),
    { maxLength: 4 },
  ),
  records: fc.array(
    fc.record({ server: fc.nat(), filed: fc.boolean(), secretZone: fc.boolean() }),
    { maxLength: 2 },
  ),
});

type Plan = typeof plan extends fc.Arbitrary<infer P> ? P : never;

/** A reference to `target` in `mode`: its id, or unknown with (or without) propertyDependencies. */
function ref(mode: Mode, target: string): { value: string; deps?: string[] } {
  if (mode === "id") return { value: idOf(target) };
  return mode === "deps" ? { value: UNKNOWN, deps: [target] } : { value: UNKNOWN };
}

function linkedStack(p: Plan): CaseResource[] {
  const hz = { region: "cn-hangzhou" };
  const hk = { region: "cn-hongkong" };
  const out: CaseResource[] = [];
  const add = (
    type: string,
    name: string,
    props: Record<string, unknown>,
    deps: Record<string, string[] | undefined> = {},
    provider: Record<string, unknown> = hz,
  ) => {
    const propertyDependencies: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(deps)) if (v) propertyDependencies[k] = v;
    out.push({ type, name, props, id: idOf(name), provider, propertyDependencies });
  };
  const lbs = p.lbs.map((lb, i) => {
    const name = `lb${i}`;
    add(
      LB_TYPE[lb.family],
      name,
      { addressType: lb.internet ? "Internet" : "Intranet" },
      {},
      lb.hongkong ? hk : hz,
    );
    return { ...lb, name, listeners: [] as string[] };
  });
  p.servers.forEach((s, i) => {
    const tags: Record<string, string> = s.named ? { "icp:service-code-server": "true" } : {};
    // Inside a secret, a tag that could be printed is marked.
    if (s.secretTags) tags.app = `${MARK}.web`;
    add(T.ecsInstance, `ecs${i}`, {
      instanceChargeType: s.eligible ? "PrePaid" : "PostPaid",
      period: s.eligible ? 12 : 1,
      internetMaxBandwidthOut: s.eligible ? 5 : 0,
      publicIp: `47.0.0.${i + 1}`,
      tags: s.secretTags ? wrap(tags) : tags,
    });
  });
  p.listeners.forEach((l, i) => {
    const lb = lbs[l.lb % lbs.length];
    const name = `listener${i}`;
    lb.listeners.push(name);
    const r = ref(l.mode, lb.name);
    const port = l.secretPort ? wrap(SECRET_NUMBER) : l.web ? 80 : 3306;
    const protocol = l.web ? "http" : "tcp";
    const proto = l.secretProtocol ? wrap(protocol) : protocol;
    const props =
      lb.family === "clb"
        ? { loadBalancerId: r.value, frontendPort: port, protocol: proto }
        : { loadBalancerId: r.value, listenerPort: port, listenerProtocol: proto };
    add(LISTENER_TYPE[lb.family], name, props, { loadBalancerId: r.deps });
  });
  const albListeners = p.listeners
    .map((l, i) => ({ lb: lbs[l.lb % lbs.length], name: `listener${i}` }))
    .filter((l) => l.lb.family === "alb");
  p.rules.forEach((rule, i) => {
    if (albListeners.length === 0) return;
    const listener = albListeners[rule.listener % albListeners.length];
    const r = ref(rule.mode, listener.name);
    // An unfiled host is printed: marked when it is inside a secret.
    const unfiled = rule.secretAt === "none" ? `www${i}.unfiled.cn` : `www${i}.${MARK}-unfiled.cn`;
    const host = rule.filed ? `www${i}.example.com` : unfiled;
    const h = rule.secretAt === "host" ? wrap(host) : host;
    const values = rule.secretAt === "values" ? wrap([h]) : [h];
    const hostConfig = rule.secretAt === "hostConfig" ? wrap({ values }) : { values };
    const conditions = [{ type: "Host", hostConfig }];
    add(
      T.albRule,
      `rule${i}`,
      {
        listenerId: r.value,
        ruleConditions: rule.secretAt === "conditions" ? wrap(conditions) : conditions,
      },
      { listenerId: r.deps },
    );
  });
  p.backends.forEach((b, i) => {
    const lb = lbs[b.lb % lbs.length];
    const server = `ecs${b.server % p.servers.length}`;
    const lbRef = ref(b.lbMode, lb.name);
    const serverRef = ref(b.serverMode, server);
    const id = b.secretAt === "id" ? wrap(serverRef.value) : serverRef.value;
    const entry =
      b.secretAt === "entry" ? wrap({ serverId: id, weight: 100 }) : { serverId: id, weight: 100 };
    const list = b.secretAt === "list" ? wrap([entry]) : [entry];
    if (lb.family === "clb") {
      add(
        T.slbBackendServer,
        `backend${i}`,
        { loadBalancerId: lbRef.value, backendServers: list },
        { loadBalancerId: lbRef.deps, backendServers: serverRef.deps },
      );
    } else if (lb.family === "alb") {
      // A server group that the load balancer's first listener forwards to.
      const listener = lb.listeners[0];
      add(T.albServerGroup, `backend${i}`, { servers: list }, { servers: serverRef.deps });
      if (listener) {
        const l = out.find((x) => x.name === listener);
        if (l) {
          l.props.defaultActions = [
            {
              type: "ForwardGroup",
              forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: idOf(`backend${i}`) }] },
            },
          ];
        }
      }
    } else {
      add(T.nlbServerGroup, `backend${i}-group`, {});
      add(
        T.nlbServerGroupServerAttachment,
        `backend${i}`,
        { serverGroupId: idOf(`backend${i}-group`), serverId: id },
        { serverId: serverRef.deps },
      );
      const listener = lb.listeners[0];
      const l = listener ? out.find((x) => x.name === listener) : undefined;
      if (l) l.props.serverGroupId = idOf(`backend${i}-group`);
    }
  });
  p.records.forEach((rec, i) => {
    const server = p.servers.length > 0 ? rec.server % p.servers.length : 0;
    const zone = rec.filed ? "example.com" : `unfiled${i}.cn`;
    add(T.dnsAlidnsRecord, `record${i}`, {
      domainName: rec.secretZone ? wrap(`${MARK}${i}.cn`) : zone,
      rr: "www",
      type: "A",
      value: `47.0.0.${server + 1}`,
    });
  });
  return out;
}

const LINKED_POLICIES = ALL_POLICIES.filter(
  (s) =>
    s.kind === "stack" &&
    ["icp-lb-backend-ecs", "icp-hosted-domain", "icp-service-code-server"].includes(s.name),
);

/** The URNs a policy flags. */
function flagged(r: SdkResult): Set<string> {
  return new Set(r.violations.map((v) => v.urn ?? ""));
}

/** Inputs whose value decides a verdict (links, what makes a server eligible or named, ports). */
const DECISIVE = [
  "loadBalancerId",
  "listenerId",
  "serverId",
  "serverGroupId",
  "backendServers",
  "servers",
  "defaultActions",
  "ruleConditions",
  "tags",
  "instanceChargeType",
  "period",
  "internetMaxBandwidthOut",
  "addressType",
  "frontendPort",
  "listenerPort",
  "protocol",
  "listenerProtocol",
  "value",
  "domainName",
];

describe("linked stacks", () => {
  it("no secret is printed, whatever secrets wrap (lists, objects, maps, leaves)", () => {
    fc.assert(
      fc.property(plan, (p) => {
        const resources = linkedStack(p);
        const urns = new Set(resources.map((r) => caseUrn(r.type, r.name)));
        urns.add("urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod");
        for (const spec of ALL_POLICIES) {
          if (spec.kind !== "stack") continue;
          assertSafe(runStackPolicy(spec, resources, runtime), urns);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("an unknown decisive value never turns a violation into a pass", () => {
    fc.assert(
      fc.property(plan, fc.nat(), fc.nat(), fc.boolean(), (p, which, whichField, keepDeps) => {
        const before = linkedStack(p);
        const target = before[which % before.length];
        const fields = Object.keys(target.props).filter((k) => DECISIVE.includes(k));
        if (fields.length === 0) return;
        const field = fields[whichField % fields.length];
        const after = before.map((r) =>
          r === target
            ? {
                ...r,
                props: { ...r.props, [field]: UNKNOWN },
                // Without propertyDependencies (an event log) or with the ones it had.
                propertyDependencies: keepDeps
                  ? r.propertyDependencies
                  : Object.fromEntries(
                      Object.entries(r.propertyDependencies ?? {}).filter(([k]) => k !== field),
                    ),
              }
            : r,
        );
        for (const spec of LINKED_POLICIES) {
          const was = flagged(runStackPolicy(spec, before, runtime));
          const now = flagged(runStackPolicy(spec, after, runtime));
          for (const urn of was) {
            expect(
              now.has(urn),
              `${spec.name}: ${urn} passed once ${target.name}.${field} was unknown`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a load balancer whose eligible backend hangs on an unknown link is 'could not verify', never a pass", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Mode>("deps", "orphan"),
        fc.constantFrom("lbLink", "serverLink", "listenerLink"),
        (mode, which) => {
          const p: Plan = {
            lbs: [{ family: "clb", internet: true, hongkong: false }],
            listeners: [
              {
                lb: 0,
                mode: which === "listenerLink" ? mode : "id",
                web: true,
                secretPort: false,
                secretProtocol: false,
              },
            ],
            rules: [],
            servers: [{ eligible: true, named: false, secretTags: false }],
            backends: [
              {
                lb: 0,
                server: 0,
                lbMode: which === "lbLink" ? mode : "id",
                serverMode: which === "serverLink" ? mode : "id",
                secretAt: "none",
              },
            ],
            records: [],
          };
          const spec = ALL_POLICIES.find((s) => s.name === "icp-lb-backend-ecs");
          if (!spec) throw new Error("icp-lb-backend-ecs is missing");
          const r = runStackPolicy(spec, linkedStack(p), runtime);
          const lb = caseUrn(T.slbApplicationLoadBalancer, "lb0");
          if (mode === "deps") {
            // propertyDependencies say where the link goes: the eligible backend counts.
            expect(r.violations).toEqual([]);
          } else if (which === "listenerLink") {
            // The backend is known and eligible: whichever listener is its, it passes.
            expect(r.violations).toEqual([]);
          } else {
            expect(r.violations.map((v) => v.urn)).toEqual([lb]);
            expect(r.violations[0].message).toContain("unknown during preview");
          }
        },
      ),
    );
  });
});
