/**
 * Resource states (stack export form) as the views a policy reads, resolving each provider
 * reference (`<urn>::<id>`) to the provider's inputs, for running policies without the engine.
 */
import type { ResourceState } from "../../cli/state";
import type { ProviderView, ResourceView } from "../../policy-pack/model/resource";

function nameOf(urn: string): string {
  const i = urn.lastIndexOf("::");
  return i < 0 ? urn : urn.slice(i + 2);
}

export function viewsFromStates(
  states: readonly ResourceState[],
  use: "inputs" | "outputs",
): ResourceView[] {
  const providers = new Map<string, ProviderView>();
  for (const s of states) {
    if (s.type.startsWith("pulumi:providers:")) {
      providers.set(s.urn, {
        urn: s.urn,
        name: nameOf(s.urn),
        type: s.type,
        props: s.inputs ?? {},
      });
    }
  }
  return states.map((s) => {
    const ref = s.provider ?? "";
    const sep = ref.lastIndexOf("::");
    const provider = sep < 0 ? undefined : providers.get(ref.slice(0, sep));
    return {
      urn: s.urn,
      type: s.type,
      name: nameOf(s.urn),
      props: (use === "outputs" ? (s.outputs ?? s.inputs) : s.inputs) ?? {},
      provider,
      parent: s.parent,
      dependencies: s.dependencies ?? [],
      propertyDependencies: s.propertyDependencies ?? {},
    };
  });
}
