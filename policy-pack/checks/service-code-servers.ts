/**
 * What the service-code server policies share: registry `servers` entries and the stack resources
 * they name (by `resource` for servers whose `stack` is this one, else by instance `id`, through a
 * name index built once per evaluation, so looking up every registry server stays linear), the
 * wording of failed eligibility requirements as problems, and one finding per resource.
 */
import { fromProblems, type Problem, type StackFinding } from "../framework/finding";
import type { GraphNode } from "../graph/stack-graph";
import type { StackModel } from "../graph/stack-model";
import type { Catalog } from "../messages/catalog";
import type { FactSource } from "../messages/servers";
import type { Failure } from "../model/eligibility";
import type { RegistryFiling, RegistryServer } from "../model/registry";
import type { StackIdentity } from "../model/resource";
import { ELIGIBLE_SERVERS } from "../model/type-index";

export type Located =
  | { kind: "found"; node: GraphNode; via: "resource" | "id" }
  /** `resource` names a stack resource that is not an ECS or SAS instance. */
  | { kind: "wrong-type"; node: GraphNode }
  /** A server of this stack with neither `resource` nor `id`: nothing to look for. */
  | { kind: "no-locator" }
  | { kind: "missing" };

export class RegistryServers {
  private readonly byName = new Map<string, GraphNode[]>();
  private readonly ofThisStack: ReadonlySet<RegistryServer>;

  constructor(private readonly m: StackModel) {
    for (const n of m.graph.nodes) {
      const list = this.byName.get(n.view.name);
      if (list) list.push(n);
      else this.byName.set(n.view.name, [n]);
    }
    this.ofThisStack = new Set(m.ctx.registry.serversOfStack(m.ctx.env.stack));
  }

  /** Every registry server, in file order. */
  all(): readonly RegistryServer[] {
    return this.m.ctx.registry.servers;
  }

  isOfThisStack(s: RegistryServer): boolean {
    return this.ofThisStack.has(s);
  }

  locate(s: RegistryServer): Located {
    const mine = this.isOfThisStack(s);
    let wrongType: GraphNode | undefined;
    if (mine && s.resource !== undefined) {
      const named = this.byName.get(s.resource) ?? [];
      const server = named.find((n) => ELIGIBLE_SERVERS.has(n.view.type));
      if (server) return { kind: "found", node: server, via: "resource" };
      wrongType = named[0];
    }
    if (s.id !== undefined) {
      const byId = this.m.graph.byId(s.id, ELIGIBLE_SERVERS);
      if (byId) return { kind: "found", node: byId, via: "id" };
    }
    if (wrongType) return { kind: "wrong-type", node: wrongType };
    if (mine && s.resource === undefined && s.id === undefined) return { kind: "no-locator" };
    return { kind: "missing" };
  }

  nodeOf(s: RegistryServer): GraphNode | undefined {
    const l = this.locate(s);
    return l.kind === "found" ? l.node : undefined;
  }
}

/**
 * The stack as a person names it: `org/project/stack`, or `project/stack` when the engine named no
 * organisation (`pulumi policy analyze`, `icp-guard scan` of a file).
 */
export function stackText(s: StackIdentity): string {
  return s.organization === ""
    ? `${s.project}/${s.stack}`
    : `${s.organization}/${s.project}/${s.stack}`;
}

/** Each failed requirement as a problem; one decided only by an unknown is marked so. */
export function failureProblems(
  failures: readonly Failure[],
  source: FactSource,
  t: Catalog,
): Problem[] {
  return failures.map((f) =>
    f.unknown ? { text: t.failure(f, source), unknown: true } : { text: t.failure(f, source) },
  );
}

/** Filings listed in a message: at most this many, then "and N more". */
export const MAX_LISTED_FILINGS = 10;

/** The filings as a message lists them (`浙ICP备2021012345号-1 (line 3), …`), or undefined if none. */
export function filingList(filings: readonly RegistryFiling[], t: Catalog): string | undefined {
  if (filings.length === 0) return undefined;
  const shown = filings.slice(0, MAX_LISTED_FILINGS).map((f) => t.filing(f.number, f.line));
  return t.list(shown, filings.length - shown.length);
}

/**
 * Gathers problems per resource so that one resource gets one finding however many registry
 * entries lead to it; the first subject and why given for a URN are kept.
 */
export class FindingsByUrn {
  private readonly byUrn = new Map<string, { subject: string; why: string; problems: Problem[] }>();

  add(urn: string, subject: string, why: string, problems: readonly Problem[]): void {
    const at = this.byUrn.get(urn);
    if (at) at.problems.push(...problems);
    else this.byUrn.set(urn, { subject, why, problems: [...problems] });
  }

  findings(): StackFinding[] {
    return [...this.byUrn].map(([urn, f]) => ({
      urn,
      finding: fromProblems(f.subject, f.problems, f.why),
    }));
  }
}
