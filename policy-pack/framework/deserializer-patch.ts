/**
 * Two changes to how `@pulumi/policy` deserialises properties in this process, both through its
 * own `deserializeProperties`:
 *
 * - Secrets stay wrapped. The SDK unwraps them before a policy sees them, so a policy could not
 *   tell a secret domain from a plain one and might print it into a CI log. Kept wrapped (as the
 *   SDK already does for remediations), props.ts marks them secret and messages print "[secret]".
 * - Each request's properties are deserialised once. The SDK deserialises every resource again
 *   for every policy (13 here); memoising on the protobuf Struct, which belongs to one request,
 *   gives every policy of that request the same objects, and lets the stack model be shared.
 *
 * Should the SDK's internals change shape, nothing is patched and the pack still runs (slower,
 * and secrets then print as values); test/engine proves the patch is in effect for the pinned SDK.
 */
type Deserialize = (struct: unknown, keepSecrets: boolean) => unknown;

export function patchDeserializer(): boolean {
  try {
    const mod = require("@pulumi/policy/deserialize") as { deserializeProperties?: unknown };
    const original = mod.deserializeProperties;
    if (typeof original !== "function") return false;
    if ((original as { icpGuardPatched?: boolean }).icpGuardPatched) return true;
    const memo = new WeakMap<object, unknown>();
    const patched: Deserialize & { icpGuardPatched?: boolean } = (struct) => {
      if (struct === null || typeof struct !== "object")
        return (original as Deserialize)(struct, true);
      let props = memo.get(struct);
      if (props === undefined) {
        props = (original as Deserialize)(struct, true);
        memo.set(struct, props);
      }
      return props;
    };
    patched.icpGuardPatched = true;
    mod.deserializeProperties = patched;
    return true;
  } catch {
    return false;
  }
}
