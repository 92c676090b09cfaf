/**
 * Which stack each state belongs to: states are grouped by the stack and project of their URN
 * (each group gets its own pack processes and its own AnalyzeStack), a URN seen twice keeps its
 * last state, and each group becomes the target the engine would hand the packs.
 */
import { escapeControls } from "../../policy-pack/model/clip";
import type { StackTarget } from "../engine/target";
import { CliError } from "../errors";
import type { SourcedState } from "../inputs";
import type { ResourceRef } from "../result";
import { parseUrn, urnName } from "../urn";
import type { ScanOptions } from "./options";

/** States read together: one input file, or one preview's. */
export interface Batch {
  dryRun: boolean;
  resources: SourcedState[];
}

/** One stack's target, and its resources in input order. */
export interface Group {
  target: StackTarget;
  resources: ResourceRef[];
}

export function groupByStack(batches: Batch[], opts: ScanOptions): Group[] {
  const groups = new Map<
    string,
    { stack: string; project: string; dryRun: boolean; byUrn: Map<string, SourcedState> }
  >();
  for (const batch of batches) {
    for (const item of batch.resources) {
      const urn = parseUrn(item.state.urn);
      if (!urn) {
        const where = item.file ? `${item.file}: ` : "";
        throw new CliError(
          `${where}${JSON.stringify(item.state.urn)} is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)`,
        );
      }
      const key = `${urn.stack}::${urn.project}`;
      let g = groups.get(key);
      if (!g) {
        g = { stack: urn.stack, project: urn.project, dryRun: false, byUrn: new Map() };
        groups.set(key, g);
      }
      g.dryRun ||= batch.dryRun;
      const previous = g.byUrn.get(item.state.urn);
      if (previous) {
        opts.onWarning?.(
          `${escapeControls(item.state.urn)} appears more than once; using the one from ${item.file ?? "the last input"}`,
        );
        g.byUrn.delete(item.state.urn);
      }
      g.byUrn.set(item.state.urn, item);
    }
  }
  if (opts.stack && groups.size > 1) {
    throw new CliError(
      `--stack names one stack but the inputs hold resources of ${groups.size} stacks (${[...groups.keys()].map((k) => k.replace("::", " in project ")).join(", ")})`,
    );
  }
  return [...groups.values()].map((g) => {
    const items = [...g.byUrn.values()];
    const states = items.map((i) => i.state);
    return {
      target: {
        // A stack file names no organisation, and `pulumi policy analyze --file` passes none to
        // the pack: neither does scan, unless --stack names one.
        identity: opts.stack ?? {
          organization: "",
          project: g.project,
          stack: g.stack,
        },
        urnStack: g.stack,
        urnProject: g.project,
        dryRun: g.dryRun,
        states,
        ...(opts.stackConfig?.(states) ?? { config: {}, secretKeys: [] }),
      },
      resources: items.map((i) => {
        const ref: ResourceRef = {
          urn: i.state.urn,
          type: i.state.type,
          name: urnName(i.state.urn),
        };
        if (i.file) ref.file = i.file;
        if (i.line) ref.line = i.line;
        if (i.column) ref.column = i.column;
        return ref;
      }),
    };
  });
}
