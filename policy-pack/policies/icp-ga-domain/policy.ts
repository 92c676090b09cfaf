/**
 * icp-ga-domain (reference: README.md in this folder): a domain served by a Global Accelerator
 * (`ga.Domain`, the Host conditions of a `ga.ForwardingRule`) whose accelerator has an endpoint
 * group in the Chinese mainland must be filed (any provider). An endpoint group's region unknown
 * during preview, or an accelerator that cannot be linked, counts as mainland.
 */
import { filingProblems, readDomain } from "../../checks/domain-filing";
import {
  fromProblems,
  notApplicable,
  type Problem,
  type StackFinding,
} from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { type GroupInfo, groupInMainland } from "../../graph/global-accelerators";
import type { DeclaredDomain } from "../../graph/ingresses";
import type { GraphNode } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import { type Read, readArray, readString, readStringList, withSecret } from "../../model/props";
import { T } from "../../model/resource-types";
import { GA_DOMAINS } from "../../model/type-index";
import { type GaDomainMessages, messages } from "./messages";

/** `ruleConditionValue` of a Host condition: a JSON list of hosts (`["a.example.com"]`) or one host. */
function conditionValueHosts(value: Read<string>, field: string): DeclaredDomain[] {
  if (value.kind !== "known") return value.kind === "missing" ? [] : [[value, field]];
  const text = value.value.trim();
  if (text.startsWith("[")) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list)) {
        return readStringList({ kind: "known", value: list, secret: value.secret }, field);
      }
    } catch {
      // Not JSON: read as one host name below, which reports it as not a domain.
    }
  }
  return [[value, field]];
}

/** The domains a GA resource declares: `ga.Domain.domain`, or a forwarding rule's Host values. */
function declaredDomains(n: GraphNode): DeclaredDomain[] {
  if (n.view.type === T.gaDomain) return [[readString(n.view.props, "domain"), "domain"]];
  const conditions = readArray(n.view.props, "ruleConditions");
  if (conditions.kind === "unknown") return [[{ kind: "unknown" }, "ruleConditions"]];
  if (conditions.kind !== "known") return [];
  const out: DeclaredDomain[] = [];
  conditions.value.forEach((c, i) => {
    // A condition whose type is unknown during preview may be a Host condition: its values count.
    const type = readString(c, "ruleConditionType");
    if (type.kind === "known" && type.value.trim().toLowerCase() !== "host") return;
    const at = `ruleConditions[${i}]`;
    // Anything read out of a secret list is secret too.
    const secret = conditions.secret;
    const configs = withSecret(readArray(c, "hostConfigs"), secret);
    if (configs.kind === "unknown") out.push([{ kind: "unknown" }, `${at}.hostConfigs`]);
    else if (configs.kind === "known") {
      configs.value.forEach((hc, j) => {
        const values = withSecret(readArray(hc, "values"), configs.secret);
        out.push(...readStringList(values, `${at}.hostConfigs[${j}].values`));
      });
    }
    const value = withSecret(readString(c, "ruleConditionValue"), secret);
    out.push(...conditionValueHosts(value, `${at}.ruleConditionValue`));
  });
  return out;
}

export const icpGaDomain: StackPolicySpec<GaDomainMessages> = {
  kind: "stack",
  name: "icp-ga-domain",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/en/global-accelerator/latest/api-ga-2019-11-20-createdomain",
  settings: ["unknownRegion", "unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const { t, msg: gm } = ctx;
    const acc = m.accelerators;
    const name = (n: GraphNode) => t.resource(n.view.type, n.view.name);
    const groupText = (gi: GroupInfo) =>
      gi.place.kind === "region"
        ? gm.groupAt(name(gi.node), gi.place.secret ? "[secret]" : gi.place.region)
        : gi.place.kind === "unknown"
          ? gm.groupUnknown(name(gi.node))
          : gm.groupUndetermined(name(gi.node));
    const out: StackFinding[] = [];
    for (const node of m.graph.ofTypes(GA_DOMAINS)) {
      const domains = declaredDomains(node);
      if (domains.length === 0) continue;
      const urn = node.view.urn;
      const refs = acc.acceleratorsOf(node);
      const accelerators: string[] = [];
      const groups: GroupInfo[] = [];
      // Why the accelerator counts as mainland without a known mainland group, if it does.
      const unsure: Problem[] = [];
      const elsewhere: Problem[] = [];
      for (const r of refs) {
        if (r.kind === "unknown") {
          unsure.push({ text: gm.acceleratorUnknown(r.field), unknown: true });
          continue;
        }
        accelerators.push(r.kind === "node" ? name(r.node) : r.id);
        const of = acc.groupsOf(r);
        if (r.kind === "external" && of.length === 0) {
          elsewhere.push({ text: gm.acceleratorElsewhere(r.id) });
        }
        groups.push(...of);
      }
      if (acc.orphans.length > 0) {
        unsure.push({ text: gm.orphanGroups(acc.orphans.map(name)), unknown: true });
      }
      const mainland = groups.filter((gi) => groupInMainland(gi.place, ctx.settings));
      const known = mainland.filter((gi) => gi.place.kind !== "unknown");
      if (refs.length === 0 && unsure.length === 0) continue; // no acceleratorId: nothing served
      if (mainland.length === 0 && unsure.length === 0 && elsewhere.length === 0) {
        const reason =
          groups.length === 0
            ? gm.naNoGroups(accelerators.join(", "))
            : gm.naOutside(groups.map(groupText));
        out.push({ urn, finding: notApplicable(reason) });
        continue;
      }
      // Only a region unknown during preview, or an unknown link, makes the verdict unverified.
      const preface =
        known.length > 0 || elsewhere.length > 0
          ? elsewhere
          : [
              ...mainland.map((gi) => ({
                text: gm.groupUnknown(name(gi.node)),
                unknown: true,
              })),
              ...unsure,
            ];
      const what = t.kind(node.view.type);
      const problems: Problem[] = [];
      const shown: string[] = [];
      const reasons: string[] = [];
      for (const [value, field] of domains) {
        const d = readDomain(value, field, what, ctx);
        if (d.kind === "not-applicable") {
          reasons.push(d.reason);
          continue;
        }
        shown.push(d.shown);
        problems.push(
          ...(d.kind === "problem"
            ? [d.problem]
            : filingProblems(
                d.domain,
                d.shown,
                { alibaba: false, what, type: node.view.type },
                ctx,
              )),
        );
      }
      if (shown.length === 0) {
        out.push({ urn, finding: notApplicable(reasons.join("; ")) });
        continue;
      }
      const verdictUnknown = preface.some((p) => p.unknown);
      const all =
        problems.length === 0
          ? []
          : [...preface, ...problems.map((p) => (verdictUnknown ? { ...p, unknown: true } : p))];
      const subject = t.subject(
        name(node),
        gm.servesThrough({
          domains: shown.join('", "'),
          accelerator: accelerators.join(", ") || "?",
          groups: mainland.length > 0 ? mainland.map(groupText) : ["?"],
        }),
      );
      out.push({ urn, finding: fromProblems(subject, all, gm.why) });
    }
    return out;
  },
};
