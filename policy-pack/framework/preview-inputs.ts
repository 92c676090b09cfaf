/**
 * The inputs of resources whose provider is not configured yet during a preview.
 *
 * When a provider's own inputs hold an unknown (a Kubernetes provider whose kubeconfig is an ACK
 * cluster's credential, say), the engine configures nothing and, during a preview, records an
 * EMPTY state for every resource of that provider: `AnalyzeStack` then shows the resource with no
 * properties at all, so a stack policy would find no domain on it and pass it silently. Only
 * `Analyze` saw the resource's inputs (the engine's plugin client, `provider_plugin.go`: Check
 * returns the inputs as they are, Create in a preview an empty map).
 *
 * So every resource policy's hook notes, once per URN, the inputs of a resource whose provider
 * props contain an unknown, and a stack policy judges those inputs when the stack shows the
 * resource empty, as icp-guard does for a preview's new state (outputs, or inputs when there are
 * none). The pack process lives for one preview, so the note is that preview's.
 */
import type { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import { plainProps } from "../model/props";
import { containsUnknown } from "../model/sentinels";

export type PreviewInputs = Map<string, Record<string, unknown>>;

function isEmpty(props: Record<string, unknown>): boolean {
  return Object.keys(props).length === 0;
}

/** Called by every resource policy's hook for every resource, before its type filter. */
export function noteUnconfiguredInputs(
  inputs: PreviewInputs,
  args: Pick<ResourceValidationArgs, "urn" | "props" | "provider">,
): void {
  if (inputs.has(args.urn) || !args.provider) return;
  if (!containsUnknown(plainProps(args.provider.props))) return;
  const props = plainProps(args.props);
  if (!isEmpty(props)) inputs.set(args.urn, props);
}

/** The stack's resources, each shown empty one with the inputs `Analyze` gave it. */
export function withPreviewInputs(
  inputs: PreviewInputs,
  resources: readonly PolicyResource[],
): PolicyResource[] {
  if (inputs.size === 0) return [...resources];
  return resources.map((r) => {
    const noted = inputs.get(r.urn);
    return noted && isEmpty(plainProps(r.props)) ? { ...r, props: noted } : r;
  });
}
