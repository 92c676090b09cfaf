/**
 * icp-container-service-code (reference: README.md in this folder): ACK/ACS cannot give an ICP service code, so a mainland
 * cluster needs an eligible standalone ECS or SAS somewhere: in the stack (judged with the EIPs
 * bound to it) or in the registry (judged by its declared facts). One eligible server serves every
 * cluster; ACK node pools never count.
 */
import { regionScope } from "../../checks/scope";
import { RegistryServers } from "../../checks/service-code-servers";
import {
  fromProblems,
  notApplicable,
  PASS,
  type Problem,
  type StackFinding,
} from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { StackModel } from "../../graph/stack-model";
import type { EvalContext } from "../../model/context";
import { type Failure, registryServerEligibility } from "../../model/eligibility";
import { T } from "../../model/resource-types";
import { K8S_CLUSTERS } from "../../model/type-index";
import { type ContainerMessages, messages } from "./messages";

type Ctx = EvalContext<ContainerMessages>;

/** Servers listed in the message: at most this many, then "and N more". */
export const MAX_LISTED_CANDIDATES = 5;

interface Candidate {
  who: string;
  reasons: string[];
  eligible: boolean;
  /** Every failure hangs on a value unknown during preview: it may yet be eligible. */
  unknownOnly: boolean;
  /** Closest to eligible first, then stack servers, registry servers, node pools; then by key. */
  rank: [number, number, string];
}

function onlyUnknown(failures: readonly Failure[]): boolean {
  return failures.length > 0 && failures.every((f) => f.unknown);
}

function candidates(m: StackModel, registry: RegistryServers, ctx: Ctx): Candidate[] {
  const { t, msg } = ctx;
  const out: Candidate[] = [];
  for (const n of m.servers.servers()) {
    const e = m.servers.eligibility(n);
    out.push({
      who: msg.inThisStack(t.resource(n.view.type, n.view.name)),
      reasons: e.failures.map((f) => t.failure(f, "stack")),
      eligible: e.eligible,
      unknownOnly: onlyUnknown(e.failures),
      rank: [e.failures.length, 0, n.view.urn],
    });
  }
  for (const s of registry.all()) {
    const at = registry.locate(s);
    if (at.kind === "found") continue; // judged above, as the stack resource it names
    const who = t.registryServer(s.name, s.line);
    const key = String(s.line).padStart(8, "0");
    if (registry.isOfThisStack(s) && (at.kind === "missing" || at.kind === "wrong-type")) {
      // Declared as this stack's, and not here: it is being deleted, so it gives nothing.
      const gone = msg.registryServerGone({
        ...(s.resource !== undefined ? { resource: s.resource } : {}),
        ...(s.id !== undefined ? { id: s.id } : {}),
      });
      out.push({ who, reasons: [gone], eligible: false, unknownOnly: false, rank: [1, 1, key] });
      continue;
    }
    const e = registryServerEligibility(s);
    out.push({
      who,
      reasons: e.failures.map((f) => t.failure(f, "registry")),
      eligible: e.eligible,
      unknownOnly: false,
      rank: [e.failures.length, 1, key],
    });
  }
  for (const n of m.graph.ofTypes(new Set([T.csNodePool]))) {
    out.push({
      who: msg.inThisStack(t.resource(n.view.type, n.view.name)),
      reasons: [msg.nodePoolNotStandalone],
      eligible: false,
      unknownOnly: false,
      rank: [1, 2, n.view.urn],
    });
  }
  return out.sort((a, b) => compareRank(a.rank, b.rank));
}

function compareRank(a: Candidate["rank"], b: Candidate["rank"]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] - b[1];
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

/** The one problem list every mainland cluster gets when no server is eligible. */
function noServerProblems(list: readonly Candidate[], msg: ContainerMessages): Problem[] {
  const unknown = list.some((c) => c.unknownOnly);
  const texts = [msg.clusterNoServer(unknown)];
  if (list.length === 0) texts.push(msg.noCandidates);
  for (const c of list.slice(0, MAX_LISTED_CANDIDATES)) {
    texts.push(msg.candidate({ who: c.who, reasons: c.reasons }));
  }
  if (list.length > MAX_LISTED_CANDIDATES) {
    texts.push(msg.moreCandidates(list.length - MAX_LISTED_CANDIDATES));
  }
  texts.push(msg.clusterFix);
  // The verdict is one fact: either every line hangs on an unknown, or none does.
  return texts.map((text) => (unknown ? { text, unknown: true } : { text }));
}

export const icpContainerServiceCode: StackPolicySpec<ContainerMessages> = {
  kind: "stack",
  name: "icp-container-service-code",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownRegion", "unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const clusters = m.graph.ofTypes(K8S_CLUSTERS);
    if (clusters.length === 0) return [];
    const { t, msg } = ctx;
    let problems: Problem[] | undefined;
    const out: StackFinding[] = [];
    for (const c of clusters) {
      const scope = regionScope(c.view, ctx);
      if (!scope.inScope) {
        out.push({ urn: c.view.urn, finding: notApplicable(scope.reason) });
        continue;
      }
      if (problems === undefined) {
        const list = candidates(m, new RegistryServers(m), ctx);
        problems = list.some((x) => x.eligible) ? [] : noServerProblems(list, msg);
      }
      const subject = t.subject(t.resource(c.view.type, c.view.name), scope.why);
      out.push({
        urn: c.view.urn,
        finding: problems.length === 0 ? PASS : fromProblems(subject, problems, msg.clusterWhy),
      });
    }
    return out;
  },
};
