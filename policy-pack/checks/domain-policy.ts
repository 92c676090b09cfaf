/**
 * Builds the resource policies whose whole rule is "the domain this resource declares is filed":
 * OSS custom domains, the CDN family, WAF domains, FC/API Gateway custom domains. Each policy file
 * supplies its metadata, the types, where the domain is, and how the mainland scope is decided.
 */
import { fromProblems, notApplicable } from "../framework/finding";
import type { ResourcePolicySpec } from "../framework/policy-spec";
import { catalog } from "../messages/catalog";
import type { EvalContext } from "../model/context";
import { readString } from "../model/props";
import type { ResourceView } from "../model/resource";
import { filingProblems, icpNumberTag, readDomain } from "./domain-filing";
import type { Scope } from "./scope";

export interface DomainPolicyOptions
  extends Omit<ResourcePolicySpec, "kind" | "evaluate" | "types"> {
  /** Type token → the input that holds the domain. */
  domainFields: Readonly<Record<string, string>>;
  scope(r: ResourceView, ctx: EvalContext): Scope;
  /** The product needs Alibaba Cloud as access provider (a tag cannot prove it). */
  alibabaAccess: boolean;
}

export function domainPolicy(o: DomainPolicyOptions): ResourcePolicySpec {
  const { domainFields, scope, alibabaAccess, ...meta } = o;
  return {
    ...meta,
    kind: "resource",
    types: new Set(Object.keys(domainFields)),
    evaluate(r, ctx) {
      const t = catalog(ctx.env.lang);
      const inScope = scope(r, ctx);
      if (!inScope.inScope) return notApplicable(inScope.reason);
      const field = domainFields[r.type];
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
