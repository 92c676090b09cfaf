/**
 * How the Pulumi engine names things, reproduced for the offline preview (pulumi/pulumi
 * `resource.NewURN`, `providers.ProviderRequest.DefaultName`, `defaultProviders`).
 */
import { PROVIDER_TYPE_PREFIX } from "../urn";

export const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
const URN_PREFIX = "urn:pulumi:";

/**
 * `urn:pulumi:<stack>::<project>::<qualified type>::<name>`: the qualified type prefixes the
 * parent's qualified type (`parent$child`), except when the parent is the root stack.
 */
export function resourceUrn(
  stack: string,
  project: string,
  parentUrn: string,
  type: string,
  name: string,
): string {
  const parentType = parentUrn.startsWith(URN_PREFIX)
    ? (parentUrn.slice(URN_PREFIX.length).split("::")[2] ?? "")
    : "";
  const qualified =
    parentType !== "" && parentType !== ROOT_STACK_TYPE ? `${parentType}$${type}` : type;
  return `${URN_PREFIX}${stack}::${project}::${qualified}::${name}`;
}

/** The package a type token belongs to: `alicloud:ecs/instance:Instance` → `alicloud`. */
export function typePackage(type: string): string {
  if (type.startsWith(PROVIDER_TYPE_PREFIX)) return type.slice(PROVIDER_TYPE_PREFIX.length);
  return type.split(":")[0];
}

export function isProviderType(type: string): boolean {
  return type.startsWith(PROVIDER_TYPE_PREFIX);
}

/**
 * Whether the engine would pick a default provider for this registration: a custom resource that
 * names no provider and is not itself a provider (the built-in `pulumi` package has none).
 */
export function needsDefaultProvider(reg: {
  custom: boolean;
  type: string;
  provider: string;
}): boolean {
  return (
    reg.custom &&
    reg.provider === "" &&
    !isProviderType(reg.type) &&
    typePackage(reg.type) !== "pulumi"
  );
}

/**
 * `default`, or `default_<major>_<minor>_<patch>[_<pre>...][_<build>...]` for a versioned request,
 * plus `_<download url>` (made name-safe) when the SDK sent one: `3.108.0` → `default_3_108_0`.
 */
export function defaultProviderName(version: string, pluginDownloadUrl = ""): string {
  let base = "default";
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(version);
  if (m) {
    base += `_${Number(m[1])}_${Number(m[2])}_${Number(m[3])}`;
    for (const part of [m[4], m[5]]) {
      if (part)
        base += part
          .split(".")
          .map((p) => `_${p}`)
          .join("");
    }
  }
  if (pluginDownloadUrl !== "") base += `_${pluginDownloadUrl.replace(/[^A-Za-z0-9_.]/g, "_")}`;
  return base;
}
