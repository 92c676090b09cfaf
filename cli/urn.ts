/**
 * Pulumi URNs: `urn:pulumi:<stack>::<project>::<parent$type>::<name>` (the name may itself hold
 * `::`).
 */
export interface ParsedUrn {
  stack: string;
  project: string;
  /** The resource's own type, without its parents' types. */
  type: string;
  name: string;
}

const PREFIX = "urn:pulumi:";

export function parseUrn(urn: string): ParsedUrn | undefined {
  if (!urn.startsWith(PREFIX)) return undefined;
  const parts = urn.slice(PREFIX.length).split("::");
  if (parts.length < 4) return undefined;
  const [stack, project, qualifiedType, ...nameParts] = parts;
  const typeChain = qualifiedType.split("$");
  return { stack, project, type: typeChain[typeChain.length - 1], name: nameParts.join("::") };
}

/** The resource name part of a URN, or the URN itself when it does not parse. */
export function urnName(urn: string): string {
  return parseUrn(urn)?.name ?? urn;
}

/** The root stack resource's URN, as the engine derives it (whatever the stack resource is called). */
export function rootStackUrn(stack: string, project: string): string {
  return `${PREFIX}${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
}

/** `<provider urn>::<provider id>`: the URN is everything before the last `::`. */
export function providerRefUrn(ref: string): string {
  const at = ref.lastIndexOf("::");
  return at > 0 ? ref.slice(0, at) : ref;
}

export const PROVIDER_TYPE_PREFIX = "pulumi:providers:";
