/**
 * Runs a PolicySpec the way `@pulumi/policy`'s server does: properties go through a protobuf
 * Struct and the SDK's deserializer as the pack entry patches it (framework/deserializer-patch.ts:
 * secrets kept as secrets) and its unknown-checking proxy, then through the SDK adapter. What comes out is what the engine would
 * receive: violation messages (with URN) and not-applicable reasons.
 */
import * as path from "node:path";
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { patchDeserializer } from "../../policy-pack/framework/deserializer-patch";
import { evalContext } from "../../policy-pack/framework/eval-context";
import type { PolicySpec } from "../../policy-pack/framework/policy-spec";
import type { PackRuntime } from "../../policy-pack/framework/runtime";
import { settle, toSdkPolicy, viewOfStackResource } from "../../policy-pack/framework/sdk-adapter";
import { parseRegistry } from "../../policy-pack/model/registry";
import { type PolicySettings, settingsFrom } from "../../policy-pack/model/settings";
import type { CaseResource } from "./policy-case";
import { CASE_STACK, CASE_TODAY, caseUrn } from "./policy-case";

interface StructLike {
  toJavaScript(): unknown;
}
interface StructClass {
  fromJavaScript(v: Record<string, unknown>): StructLike;
}
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const { Struct } = require(
  require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] }),
) as { Struct: StructClass };
const deserialize = require("@pulumi/policy/deserialize") as {
  deserializeProperties(s: StructLike, keepSecrets: boolean): Record<string, unknown>;
};
if (!patchDeserializer()) throw new Error("the pack's deserializer patch did not apply");
const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as {
  unknownCheckingProxy<T>(v: T): T;
};

export function runtimeFor(opts: {
  registry?: string;
  packRegion?: string;
  today?: string;
  lang?: "en" | "zh-CN";
}): PackRuntime {
  return {
    registry: parseRegistry(opts.registry ?? "filings: []\n", "icp-registry.yaml", {
      today: opts.today ?? CASE_TODAY,
    }),
    env: {
      stack: CASE_STACK,
      packRegion: opts.packRegion ? { region: opts.packRegion, source: "stack-config" } : undefined,
      lang: opts.lang ?? "en",
      today: opts.today ?? CASE_TODAY,
    },
  };
}

function stripUndefined(v: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
}

/** Props as the SDK hands them to a policy. */
export function sdkProps(props: Record<string, unknown>): Record<string, unknown> {
  return unknownCheckingProxy(
    deserialize.deserializeProperties(Struct.fromJavaScript(stripUndefined(props)), false),
  );
}

class NotApplicable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface SdkResult {
  violations: Array<{ urn?: string; message: string }>;
  notApplicable?: string;
}

const PROVIDER_URN = caseUrn("pulumi:providers:alicloud", "default_3_108_0");

function providerOf(r: CaseResource, resources: readonly CaseResource[] = []) {
  const ref = r.providerRef ? resources.find((x) => x.name === r.providerRef) : undefined;
  if (ref) {
    return {
      type: ref.type,
      urn: caseUrn(ref.type, ref.name),
      name: ref.name,
      props: sdkProps(ref.props),
    };
  }
  return {
    type: "pulumi:providers:alicloud",
    urn: PROVIDER_URN,
    name: "default_3_108_0",
    props: sdkProps(r.provider ?? {}),
  };
}

export function runResourcePolicy(
  spec: PolicySpec,
  r: CaseResource,
  runtime: PackRuntime,
  settings: Partial<PolicySettings> = {},
): SdkResult {
  const policy = toSdkPolicy(spec, runtime);
  if (!("validateResource" in policy)) throw new Error(`${spec.name} is not a resource policy`);
  const result: SdkResult = { violations: [] };
  const urn = caseUrn(r.type, r.name);
  const args = {
    type: r.type,
    urn,
    name: r.name,
    props: sdkProps(r.props),
    opts: {
      protect: false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: {},
      additionalSecretOutputs: [],
    },
    provider: providerOf(r),
    stackTags: new Map(),
    getConfig: () => settings,
    notApplicable: (reason?: string) => {
      throw new NotApplicable(reason ?? "");
    },
    isType: () => false,
    asType: () => undefined,
  } as unknown as ResourceValidationArgs;
  const validate = Array.isArray(policy.validateResource)
    ? policy.validateResource
    : [policy.validateResource];
  try {
    for (const v of validate) {
      v?.(args, (message: string, u?: string) => result.violations.push({ urn: u, message }));
    }
  } catch (e) {
    if (e instanceof NotApplicable) result.notApplicable = e.reason;
    else throw e;
  }
  return result;
}

/** The stack's resources as the SDK hands them to validateStack, linked as the case says. */
function stackResources(resources: CaseResource[]): PolicyResource[] {
  const byUrn = new Map<string, PolicyResource>();
  const views: PolicyResource[] = resources.map((r) => {
    const urn = caseUrn(r.type, r.name);
    const props = sdkProps(r.id ? { ...r.props, id: r.id } : r.props);
    const pr = {
      type: r.type,
      urn,
      name: r.name,
      props,
      opts: {},
      dependencies: [],
      propertyDependencies: {},
      provider: providerOf(r, resources),
      isType: () => false,
      asType: () => undefined,
    } as unknown as PolicyResource;
    byUrn.set(urn, pr);
    return pr;
  });
  const link = (u: string) => byUrn.get(u) ?? byUrn.get(caseUrnByName(resources, u));
  resources.forEach((r, i) => {
    const pr = views[i] as unknown as {
      parent?: PolicyResource;
      dependencies: PolicyResource[];
      propertyDependencies: Record<string, PolicyResource[]>;
    };
    if (r.parent) pr.parent = link(r.parent);
    pr.dependencies = (r.dependencies ?? []).map(link).filter((x): x is PolicyResource => !!x);
    for (const [k, deps] of Object.entries(r.propertyDependencies ?? {})) {
      pr.propertyDependencies[k] = deps.map(link).filter((x): x is PolicyResource => !!x);
    }
  });
  return views;
}

export function runStackPolicy(
  spec: PolicySpec,
  resources: CaseResource[],
  runtime: PackRuntime,
  settings: Partial<PolicySettings> = {},
): SdkResult {
  const policy = toSdkPolicy(spec, runtime);
  if (!("validateStack" in policy)) throw new Error(`${spec.name} is not a stack policy`);
  const views = stackResources(resources);
  const result: SdkResult = { violations: [] };
  const args = {
    resources: views,
    stackTags: new Map(),
    getConfig: () => settings,
    notApplicable: (reason?: string) => {
      throw new NotApplicable(reason ?? "");
    },
  } as unknown as StackValidationArgs;
  try {
    policy.validateStack(args, (message: string, urn?: string) =>
      result.violations.push({ urn, message }),
    );
  } catch (e) {
    if (e instanceof NotApplicable) result.notApplicable = e.reason;
    else throw e;
  }
  return result;
}

/**
 * The not-applicable reasons a stack policy gives, by URN, after exemptions and settings (the
 * SDK has no per-resource not-applicable for stack policies, so the engine never shows them).
 */
export function stackNotApplicable(
  spec: PolicySpec,
  resources: CaseResource[],
  runtime: PackRuntime,
  settings: Partial<PolicySettings> = {},
): Map<string, string> {
  if (spec.kind !== "stack") throw new Error(`${spec.name} is not a stack policy`);
  const ctx = evalContext(spec, runtime, settingsFrom(settings));
  const out = new Map<string, string>();
  for (const f of spec.evaluate(stackResources(resources).map(viewOfStackResource), ctx)) {
    const o = settle(spec, f.urn, f.finding, ctx);
    if (o.kind === "not-applicable") out.set(f.urn, o.reason);
  }
  return out;
}

/** Stack cases may name a linked resource by its name instead of its URN. */
function caseUrnByName(resources: CaseResource[], nameOrUrn: string): string {
  const r = resources.find((x) => x.name === nameOrUrn);
  return r ? caseUrn(r.type, r.name) : nameOrUrn;
}
