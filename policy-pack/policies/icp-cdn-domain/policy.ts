import { domainPolicy } from "../../checks/domain-policy";
import type { Scope } from "../../checks/scope";
import { policyText } from "../../framework/policy-spec";
import type { EvalContext } from "../../model/context";
import { cdnCoverage } from "../../model/coverage";
import type { ResourceView } from "../../model/resource";
import { type CdnDomainMessages, messages } from "./messages";

/** In the mainland by coverage (docs/scope.md), whatever the provider region. */
function coverageScope(r: ResourceView, ctx: EvalContext<CdnDomainMessages>): Scope {
  const cov = cdnCoverage(r);
  const field = cov.field ?? "scope";
  if (cov.serves === "outside") {
    return { inScope: false, reason: ctx.msg.naOutsideCoverage({ field, value: cov.value ?? "" }) };
  }
  if (cov.serves === "unknown") {
    return { inScope: true, why: ctx.t.coverageUnknown(field) };
  }
  return { inScope: true, why: ctx.msg.coverage(field, cov.value, cov.defaulted) };
}

/**
 * (Reference: README.md in this folder.) CDN, DCDN, SCDN, VOD and Live domains and ESA sites that serve the mainland (by
 * scope/coverage, whatever the provider region) need a filed domain (any provider).
 */
export const icpCdnDomain = domainPolicy({
  name: "icp-cdn-domain",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/134716.html",
  settings: ["unknownValues"],
  domainTypes: [
    "cdnDomainNew",
    "cdnDomain",
    "dcdnDomain",
    "scdnDomain",
    "vodDomain",
    "liveDomain",
    "esaSite",
  ],
  scope: coverageScope,
  alibabaAccess: false,
});
