/**
 * The shape of the good and bad cases kept beside each policy (`policy-pack/policies/<policy>/cases.ts`), in the manner
 * of gatekeeper-library's samples: each is a resource (or a stack) and exactly what the policy must
 * say about it. test/policies/cases.test.ts runs every one through the policy and the SDK adapter.
 */
import type { PolicySettings } from "../../policy-pack/model/settings";

export interface CaseResource {
  type: string;
  name: string;
  props: Record<string, unknown>;
  /** The provider's inputs; omitted = a default provider with no region. */
  provider?: Record<string, unknown>;
  /** Stack cases: the name of another case resource (a `pulumi:providers:*`) that is its provider. */
  providerRef?: string;
  /** Stack cases only. */
  id?: string;
  parent?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
}

export type CaseExpectation =
  /** Nothing reported. */
  | { pass: true }
  /** Not applicable, with a reason containing this text. */
  | { notApplicable: string }
  /** One violation whose message contains each of these texts, in order. */
  | { violation: string[] };

export interface PolicyCase {
  name: string;
  resource: CaseResource;
  expect: CaseExpectation;
  /** Registry YAML for this case; default CASES_REGISTRY. */
  registry?: string;
  settings?: Partial<PolicySettings>;
  /** Pack-level region (stack config alicloud:region). */
  packRegion?: string;
}

export interface StackCase {
  name: string;
  resources: CaseResource[];
  /** For each flagged resource name, the texts its one violation must contain; others must pass. */
  expect: Record<string, string[]>;
  /**
   * For resources the policy finds not applicable, a text the reason must contain. The engine
   * shows no reason for stack policies, so this is checked on the policy's own findings.
   */
  notApplicable?: Record<string, string>;
  registry?: string;
  settings?: Partial<PolicySettings>;
  packRegion?: string;
}

/** The stack every case runs in. */
export const CASE_STACK = { organization: "acme", project: "shop", stack: "prod" };
export const CASE_TODAY = "2026-11-30";

export function caseUrn(type: string, name: string): string {
  return `urn:pulumi:${CASE_STACK.stack}::${CASE_STACK.project}::${type}::${name}`;
}

/** The exemptions every case registry carries: `legacy-*` active, `old-*` expired. */
export const CASE_EXEMPTIONS_YAML = `exemptions:
  - match: "urn:pulumi:*::*::*::legacy-*"
    policies: ["*"]
    reason: "Filing in progress, ticket OPS-123"
    expires: 2027-01-31
  - match: "urn:pulumi:*::*::*::old-*"
    policies: ["*"]
    reason: "Was to be migrated by January"
    expires: 2026-01-31
`;

/** The registry cases use unless they bring their own. */
export const CASES_REGISTRY = `
filings:
  - number: 浙ICP备2021012345号-1
    domains: [example.com]
    accessProviders: [alibaba-cloud]
  - number: 京ICP备11018762号
    domains: [other-provider.cn]
    accessProviders: [tencent-cloud]
  - number: ICP备12345678号
    domains: [bad-number.cn]
    accessProviders: [alibaba-cloud]
  - number: 沪ICP备2026049608号-1
    domains: [exact-only.com]
    subdomains: false
    accessProviders: [aliyun]
${CASE_EXEMPTIONS_YAML}`;
