/**
 * `@pulumi/policy` unwraps secrets before a policy sees them, so a policy cannot tell a secret
 * domain from a plain one and could print it into a CI log. Asking its deserializer to keep them
 * wrapped (as it already does for remediations) lets props.ts mark such values secret, and every
 * message then shows "[secret]". Should the SDK's internals change shape, nothing is patched and
 * the pack still runs; test/engine covers that the patch is in effect for the pinned SDK.
 */
type Deserialize = (struct: unknown, keepSecrets: boolean) => unknown;

export function keepSecretsWrapped(): boolean {
  try {
    const mod = require("@pulumi/policy/deserialize") as { deserializeProperties?: unknown };
    const original = mod.deserializeProperties;
    if (typeof original !== "function") return false;
    if ((original as { icpGuardPatched?: boolean }).icpGuardPatched) return true;
    const patched: Deserialize & { icpGuardPatched?: boolean } = (struct) =>
      (original as Deserialize)(struct, true);
    patched.icpGuardPatched = true;
    mod.deserializeProperties = patched;
    return true;
  } catch {
    return false;
  }
}
