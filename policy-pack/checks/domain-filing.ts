/**
 * The check most policies share: the domain a resource declares is covered by a valid ICP filing,
 * with Alibaba Cloud as access provider where the product needs it (docs/registry.md).
 */
import type { Problem } from "../framework/finding";
import type { EvalContext } from "../model/context";
import { normaliseDomain, providerOwnedSuffix, registrableDomain } from "../model/domains";
import { checkIcpNumber } from "../model/icp-number";
import { printable, type Read, readString } from "../model/props";
import type { ResourceView } from "../model/resource";
import { SECRET_TEXT } from "../model/sentinels";
import { takesTags } from "../model/type-index";

export const ICP_NUMBER_TAG = "icp:number";

export type DomainRead =
  /** `domain` is checked; `shown` is what messages print: the value as declared, or "[secret]". */
  | { kind: "domain"; domain: string; shown: string; secret: boolean }
  | { kind: "problem"; shown: string; problem: Problem }
  /** No filing applies (an IP literal, a domain the provider owns): the reason says why. */
  | { kind: "not-applicable"; reason: string };

/**
 * Reads and normalises a domain input, turning every way it can be unusable into a problem. A
 * message shows the domain as declared (`*.Example.com`); the check uses its normalised form.
 */
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
  // As declared (trimmed; `*.Example.com`), clipped like every user value a message quotes.
  const shown = printable(value.value.trim(), value.secret);
  const n = normaliseDomain(value.value);
  if (n.ok) {
    const owned = providerOwnedSuffix(n.domain);
    if (owned)
      return { kind: "not-applicable", reason: t.naProviderOwned({ field, suffix: owned }) };
    return { kind: "domain", domain: n.domain, shown, secret: value.secret };
  }
  if (n.reason === "ip") return { kind: "not-applicable", reason: t.naIpLiteral({ field }) };
  return {
    kind: "problem",
    shown,
    problem: { text: t.notADomain({ field, value: shown, reason: n.reason }) },
  };
}

/** A tag value: `value` decides; a secret one prints as "[secret]". */
export interface TagValue {
  value: string;
  secret: boolean;
}

/** The `icp:number` tag of a resource, when it has one (secret when its tags are). */
export function icpNumberTag(r: ResourceView): TagValue | undefined {
  const tag = readString(r.props, "tags", ICP_NUMBER_TAG);
  return tag.kind === "known" ? { value: tag.value, secret: tag.secret } : undefined;
}

/**
 * Problems with the filing of `domain` (already normalised). `shown` is what the message may
 * print (never a secret). With `alibaba`, only a registry filing naming Alibaba Cloud as access
 * provider satisfies it; otherwise any valid filing, or a valid `icp:number` tag, does.
 */
export function filingProblems(
  domain: string,
  shown: string,
  opts: { alibaba: boolean; what: string; type: string; tag?: TagValue },
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
    const check = checkIcpNumber(opts.tag.value);
    if (!check.valid) {
      const number = printable(opts.tag.value, opts.tag.secret);
      problems.push({ text: t.tagNumberInvalid({ number, problem: check.reason }) });
    } else if (!opts.alibaba) {
      return [];
    } else {
      const number = printable(check.normalised, opts.tag.secret);
      problems.push({ text: t.tagCannotShowAccess({ domain: shown, number }) });
      return problems;
    }
  }
  const registrable = registrableDomain(domain);
  problems.push({
    text: t.notFiled({
      what: opts.what,
      domain: shown,
      registrable: shown === SECRET_TEXT ? undefined : registrable,
      alibaba: opts.alibaba,
      // Only a resource whose SDK class has a `tags` input can carry an icp:number tag.
      taggable: takesTags(opts.type),
    }),
  });
  return problems;
}
