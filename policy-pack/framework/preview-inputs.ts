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

/** One preview's notes: the inputs by URN, and whether each provider (by URN) is unconfigured. */
export class PreviewInputs {
  readonly inputs = new Map<string, Record<string, unknown>>();
  private readonly unconfigured = new Map<string, boolean>();

  /** Called by every resource policy's hook for every resource, before its type filter. */
  note(args: Pick<ResourceValidationArgs, "urn" | "props" | "provider">): void {
    const provider = args.provider;
    if (!provider || this.inputs.has(args.urn)) return;
    let unconfigured = this.unconfigured.get(provider.urn);
    if (unconfigured === undefined) {
      unconfigured = containsUnknown(plainProps(provider.props));
      this.unconfigured.set(provider.urn, unconfigured);
    }
    if (!unconfigured) return;
    const props = plainProps(args.props);
    if (!isEmpty(props)) this.inputs.set(args.urn, props);
  }

  /** The stack's resources, each one shown empty with the inputs `Analyze` gave it. */
  apply(resources: readonly PolicyResource[]): readonly PolicyResource[] {
    if (this.inputs.size === 0) return resources;
    return resources.map((r) => {
      const noted = this.inputs.get(r.urn);
      return noted && isEmpty(plainProps(r.props)) ? { ...r, props: noted } : r;
    });
  }
}

function isEmpty(props: Record<string, unknown>): boolean {
  return Object.keys(props).length === 0;
}
