/**
 * What the packs of one stack said, as the scan reports it: each pack's policies with the types
 * they read, the not-applicable and exempted results in resource order, and the registry the
 * stack was checked against.
 */
import * as path from "node:path";
import type { PackRun } from "../engine/target";
import type {
  Exempted,
  NotApplicable,
  PackSummary,
  RegistryNotice,
  RegistrySource,
} from "../result";
import type { RegistryChoice } from "./options";
import type { Group } from "./stacks";

/** The pack's summary, each resource policy with the types it said it reads (audit `applies-to`). */
export function withAppliesTo(run: PackRun): PackSummary {
  const types = new Map<string, string[]>();
  for (const a of run.audit) if (a.kind === "applies-to") types.set(a.policy, a.types);
  if (types.size === 0) return run.summary;
  return {
    ...run.summary,
    policies: run.summary.policies.map((p) => {
      const t = types.get(p.name);
      return t ? { ...p, appliesTo: t } : p;
    }),
  };
}

/**
 * The not-applicable and exempted results of one stack, in resource order then pack and policy
 * order: what the packs said through the protocol, made precise by their audit records (a stack
 * policy's per-resource reasons; which not-applicable results were exemptions).
 */
export function skippedResults(
  group: Group,
  runs: readonly PackRun[],
): { notApplicable: NotApplicable[]; exempted: Exempted[] } {
  const order = new Map(group.resources.map((r, i) => [r.urn, i]));
  const notApplicable: NotApplicable[] = [];
  const exempted: Exempted[] = [];
  for (const run of runs) {
    const pack = run.summary.name;
    const policyOrder = new Map(run.summary.policies.map((p, i) => [p.name, i]));
    const key = (policy: string, urn: string) => `${policy}\0${urn}`;
    const exemptions = new Set<string>();
    const audited = new Set<string>();
    const mine: NotApplicable[] = [];
    for (const a of run.audit) {
      if (a.kind === "exempted") {
        exemptions.add(key(a.policy, a.urn));
        exempted.push({
          policyPack: pack,
          policyName: a.policy,
          urn: a.urn,
          reason: a.reason,
          expires: a.expires,
          match: a.match,
          file: a.file,
          line: a.line,
        });
      } else if (a.kind === "not-applicable") {
        audited.add(key(a.policy, a.urn));
        mine.push({ policyPack: pack, policyName: a.policy, urn: a.urn, reason: a.reason });
      }
    }
    for (const na of run.notApplicable) {
      const k = key(na.policy, na.urn);
      if (exemptions.has(k) || audited.has(k)) continue;
      mine.push({
        policyPack: pack,
        policyName: na.policy,
        urn: na.urn,
        reason: na.reason,
        ...(na.scope ? { scope: na.scope } : {}),
      });
    }
    const rank = (x: { urn: string; policyName: string }) =>
      (order.get(x.urn) ?? order.size) * 10_000 + (policyOrder.get(x.policyName) ?? 9_999);
    mine.sort((a, b) => rank(a) - rank(b));
    notApplicable.push(...mine);
  }
  const rank = (x: Exempted) => order.get(x.urn) ?? order.size;
  exempted.sort((a, b) => rank(a) - rank(b));
  return { notApplicable, exempted };
}

/** Which registry a stack was checked against: what a pack reported loading, else icp-guard's choice. */
export function addRegistryNotice(
  notices: RegistryNotice[],
  group: Group,
  runs: readonly PackRun[],
  choice: RegistryChoice | undefined,
): void {
  const stack = `${group.target.urnProject}/${group.target.urnStack}`;
  const reported = runs
    .flatMap((r) => r.audit)
    .find((a): a is Extract<typeof a, { kind: "registry" }> => a.kind === "registry");
  let notice: Omit<RegistryNotice, "stacks">;
  if (reported) {
    const file = reported.file;
    const source: RegistrySource =
      file === null
        ? "none"
        : choice && path.resolve(choice.file) === file
          ? choice.source
          : "pack";
    notice = {
      file,
      source,
      counts: {
        filings: reported.filings,
        servers: reported.servers,
        exemptions: reported.exemptions,
      },
    };
  } else {
    notice = choice
      ? { file: path.resolve(choice.file), source: choice.source }
      : { file: null, source: "none" };
  }
  const same = notices.find(
    (n) =>
      n.file === notice.file &&
      n.source === notice.source &&
      JSON.stringify(n.counts) === JSON.stringify(notice.counts),
  );
  if (same) same.stacks.push(stack);
  else notices.push({ stacks: [stack], ...notice });
}
