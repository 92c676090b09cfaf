/**
 * Is a resource in the Chinese mainland by region (docs/scope.md, resolution order)? The answer
 * carries the sentence that says why, for the message. (The CDN family goes by coverage instead:
 * icp-cdn-domain decides that itself.)
 */
import type { EvalContext } from "../model/context";
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
  const res = resolveRegion(r, ctx.env);
  if (!res.mainland) {
    return { inScope: false, reason: ctx.t.naOutsideRegion(printableRegion(res) ?? "?") };
  }
  if (res.undetermined && ctx.settings.unknownRegion === "skip") {
    return { inScope: false, reason: ctx.t.naUndeterminedRegionSkipped };
  }
  return {
    inScope: true,
    why: ctx.t.place({
      region: printableRegion(res),
      source: res.source,
      field: res.field,
      undetermined: res.undetermined,
      listed: res.listed,
    }),
  };
}
