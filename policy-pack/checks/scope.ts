/**
 * Is a resource in the Chinese mainland? By region (docs/scope.md, resolution order) or, for the
 * CDN family, by coverage. The answer carries the sentence that says why, for the message.
 */
import { catalog } from "../messages/catalog";
import type { EvalContext } from "../model/context";
import { cdnCoverage } from "../model/coverage";
import { printable } from "../model/props";
import { type ResolvedRegion, resolveRegion } from "../model/regions";
import type { ResourceView } from "../model/resource";

/** The region as a message may show it: never a secret; undefined when undetermined. */
export function printableRegion(r: ResolvedRegion): string | undefined {
  if (r.undetermined || r.region === undefined) return undefined;
  return printable(r.region, r.secret);
}

export type Scope = { inScope: true; why: string } | { inScope: false; reason: string };

export function regionScope(r: ResourceView, ctx: EvalContext): Scope {
  const t = catalog(ctx.env.lang);
  const res = resolveRegion(r, ctx.env);
  if (!res.mainland) {
    return { inScope: false, reason: t.naOutsideRegion(printableRegion(res) ?? "?") };
  }
  if (res.undetermined && ctx.settings.unknownRegion === "skip") {
    return { inScope: false, reason: t.naUndeterminedRegionSkipped };
  }
  return {
    inScope: true,
    why: t.place({
      region: printableRegion(res),
      source: res.source,
      field: res.field,
      undetermined: res.undetermined,
      listed: res.listed,
    }),
  };
}

export function coverageScope(r: ResourceView, ctx: EvalContext): Scope {
  const t = catalog(ctx.env.lang);
  const cov = cdnCoverage(r);
  const field = cov.field ?? "scope";
  if (cov.serves === "outside") {
    return { inScope: false, reason: t.naOutsideCoverage({ field, value: cov.value ?? "" }) };
  }
  if (cov.serves === "unknown") {
    return { inScope: true, why: t.coverageUnknown(field) };
  }
  return { inScope: true, why: t.coverage(field, cov.value, cov.defaulted) };
}
