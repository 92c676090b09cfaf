/**
 * Builds the resource policies whose whole rule is "the domain this resource declares is filed":
 * OSS custom domains, the CDN family, WAF domains, FC/API Gateway custom domains. Each policy file
 * supplies its metadata and sentences, the types (the input holding the domain is the type's, in
 * model/resource-types/), and how the mainland scope is decided.
 */
import { fromProblems, notApplicable } from "../framework/finding";
import type { PolicyText, ResourcePolicySpec } from "../framework/policy-spec";
import type { EvalContext } from "../model/context";
import { readString } from "../model/props";
import type { ResourceView } from "../model/resource";
import { type DomainTypeName, RESOURCE_TYPES } from "../model/resource-types";
import { filingProblems, icpNumberTag, readDomain } from "./domain-filing";
import type { Scope } from "./scope";

export interface DomainPolicyOptions<M extends PolicyText>
  extends Omit<ResourcePolicySpec<M>, "kind" | "evaluate" | "types"> {
  /** The types (by their name in the resource-type table) whose domain the policy checks. */
  domainTypes: readonly DomainTypeName[];
  scope(r: ResourceView, ctx: EvalContext<M>): Scope;
  /** The product needs Alibaba Cloud as access provider (a tag cannot prove it). */
  alibabaAccess: boolean;
}

export function domainPolicy<M extends PolicyText>(
  o: DomainPolicyOptions<M>,
): ResourcePolicySpec<M> {
  const { domainTypes, scope, alibabaAccess, ...meta } = o;
  const fields = new Map<string, string>(
    domainTypes.map((n) => [RESOURCE_TYPES[n].token, RESOURCE_TYPES[n].domainInput]),
  );
  return {
    ...meta,
    kind: "resource",
    types: new Set(fields.keys()),
    evaluate(r, ctx) {
      const t = ctx.t;
      const inScope = scope(r, ctx);
      if (!inScope.inScope) return notApplicable(inScope.reason);
      const field = fields.get(r.type) ?? "";
      const what = t.kind(r.type);
      const d = readDomain(readString(r.props, field), field, what, ctx);
      if (d.kind === "not-applicable") return notApplicable(d.reason);
      const problems =
        d.kind === "problem"
          ? [d.problem]
          : filingProblems(
              d.domain,
              d.shown,
              { alibaba: alibabaAccess, what, type: r.type, tag: icpNumberTag(r) },
              ctx,
            );
      const why = alibabaAccess ? t.blockedWithoutAccess : t.blocked;
      return fromProblems(t.subject(t.resource(r.type, r.name), inScope.why), problems, why);
    },
  };
}
