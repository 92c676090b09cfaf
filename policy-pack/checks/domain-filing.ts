/**
 * The check most policies share: the domain a resource declares is covered by a valid ICP filing,
 * with Alibaba Cloud as access provider where the product needs it (docs/registry.md).
 */
import type { Problem } from "../framework/finding";
import { clip } from "../model/clip";
import type { EvalContext } from "../model/context";
import { normaliseDomain, registrableDomain } from "../model/domains";
import { checkIcpNumber } from "../model/icp-number";
import { type Read, readStringMap } from "../model/props";
import type { ResourceView } from "../model/resource";
import { takesTags } from "../model/type-index";

export const ICP_NUMBER_TAG = "icp:number";

export type DomainRead =
  | { kind: "domain"; domain: string; shown: string; secret: boolean }
  | { kind: "problem"; shown: string; problem: Problem }
  | { kind: "ip" };

/** Reads and normalises a domain input, turning every way it can be unusable into a problem. */
export function readDomain(
  value: Read<string>,
  field: string,
  what: string,
  ctx: EvalContext,
): DomainRead {
  const t = ctx.t;
  switch (value.kind) {
    case "unknown":
      return {
        kind: "problem",
        shown: "(unknown)",
        problem: { text: t.valueUnknown({ field, what }), unknown: true },
      };
    case "missing":
      return {
        kind: "problem",
        shown: "(not set)",
        problem: { text: t.valueMissing({ field, what }) },
      };
    case "invalid":
      return {
        kind: "problem",
        shown: `(${value.got})`,
        problem: { text: t.valueInvalid({ field, expected: value.expected, got: value.got }) },
      };
  }
  const shown = value.secret ? "[secret]" : clip(value.value);
  const n = normaliseDomain(value.value);
  if (n.ok)
    return {
      kind: "domain",
      domain: n.domain,
      shown: value.secret ? shown : n.domain,
      secret: value.secret,
    };
  if (n.reason === "ip") return { kind: "ip" };
  return {
    kind: "problem",
    shown,
    problem: { text: t.notADomain({ field, value: shown, reason: n.reason }) },
  };
}

/** The `icp:number` tag of a resource, when it has tags. */
export function icpNumberTag(r: ResourceView): string | undefined {
  const tags = readStringMap(r.props, "tags");
  return tags.kind === "known" ? tags.value[ICP_NUMBER_TAG] : undefined;
}

/**
 * Problems with the filing of `domain` (already normalised). `shown` is what the message may
 * print (never a secret). With `alibaba`, only a registry filing naming Alibaba Cloud as access
 * provider satisfies it; otherwise any valid filing, or a valid `icp:number` tag, does.
 */
export function filingProblems(
  domain: string,
  shown: string,
  opts: { alibaba: boolean; what: string; type: string; tag?: string },
  ctx: EvalContext,
): Problem[] {
  const t = ctx.t;
  const match = ctx.registry.findFiling(domain);
  if (match && (!opts.alibaba || match.alibabaAccess)) return [];
  if (match) {
    return [
      {
        text: t.filedElsewhere({
          domain: shown,
          number: match.filing.number,
          providers: match.filing.accessProviders,
        }),
      },
    ];
  }
  const problems: Problem[] = [];
  for (const f of ctx.registry.findInvalidFilings(domain)) {
    if (!f.numberCheck.valid) {
      problems.push({
        text: t.filingNumberInvalid({
          domain: shown,
          number: f.number,
          problem: f.numberCheck.reason,
        }),
      });
    }
  }
  if (opts.tag !== undefined) {
    const check = checkIcpNumber(opts.tag);
    if (!check.valid) {
      problems.push({ text: t.tagNumberInvalid({ number: opts.tag, problem: check.reason }) });
    } else if (!opts.alibaba) {
      return [];
    } else {
      problems.push({ text: t.tagCannotShowAccess({ domain: shown, number: check.normalised }) });
      return problems;
    }
  }
  const registrable = registrableDomain(domain);
  problems.push({
    text: t.notFiled({
      what: opts.what,
      domain: shown,
      registrable: shown === "[secret]" ? undefined : registrable,
      alibaba: opts.alibaba,
      // Only a resource whose SDK class has a `tags` input can carry an icp:number tag.
      taggable: takesTags(opts.type),
    }),
  });
  return problems;
}
