/**
 * icp-filing-number-format (reference: README.md in this folder): every ICP number the pack relies on is valid (docs/domains.md), and
 * they agree. Registry problems (filing numbers, `psbNumber`, `serviceCode.account: authorized`
 * without `authorizedBy`) are one violation on the stack, each with its icp-registry.yaml line; an
 * `icp:number` tag that is not valid, or that names another filing than the registry holds for the
 * resource's domain, is a violation on the tagged resource.
 *
 * Tags are checked wherever the resource is: a number is valid or not whatever the region.
 */
import { ICP_NUMBER_TAG } from "../../checks/domain-filing";
import { stackText } from "../../checks/service-code-servers";
import { fromProblems, type Problem, type StackFinding } from "../../framework/finding";
import { policyText, type StackPolicySpec } from "../../framework/policy-spec";
import { stackRootUrn } from "../../graph/servers";
import type { GraphNode } from "../../graph/stack-graph";
import { StackModel } from "../../graph/stack-model";
import type { EvalContext } from "../../model/context";
import { normaliseDomain } from "../../model/domains";
import { checkIcpNumber, checkPsbNumber } from "../../model/icp-number";
import { describeShape, printable, readRaw, readString } from "../../model/props";
import { domainInputOf } from "../../model/type-index";
import { type FilingNumberMessages, messages } from "./messages";

type Ctx = EvalContext<FilingNumberMessages>;

function registryProblems(ctx: Ctx): Problem[] {
  const { t, msg } = ctx;
  const problems: Problem[] = [];
  for (const f of ctx.registry.filings) {
    if (!f.numberCheck.valid) {
      const problem = t.numberProblem(f.numberCheck.reason);
      problems.push({ text: msg.filingNumberInvalid({ number: f.number, line: f.line, problem }) });
    }
    if (f.psbNumber !== undefined && !checkPsbNumber(f.psbNumber).valid) {
      problems.push({
        text: msg.psbNumberInvalid({ psb: f.psbNumber, number: f.number, line: f.line }),
      });
    }
    if (f.serviceCode?.account === "authorized" && f.serviceCode.authorizedBy === undefined) {
      problems.push({ text: msg.authorizedWithoutBy({ number: f.number, line: f.line }) });
    }
  }
  return problems;
}

/** A website or app number without its `-N[AXK]` site suffix: the filing entity's number. */
function entityOf(n: string): string {
  return n.replace(/-\d{1,4}[AXK]?$/, "");
}

/**
 * Same number, or one is the entity number of the other (`京ICP备11018762号` and
 * `京ICP备11018762号-3` name the same filing entity); two different site numbers disagree.
 */
export function numbersAgree(a: string, b: string): boolean {
  if (a === b) return true;
  return (a === entityOf(a) && a === entityOf(b)) || (b === entityOf(b) && b === entityOf(a));
}

/** The registry filing that disagrees with a valid tag, for the resource's own domain. */
function disagreement(n: GraphNode, tagNumber: string, tagShown: string, ctx: Ctx) {
  const field = domainInputOf(n.view.type);
  if (field === undefined) return undefined;
  const raw = readString(n.view.props, field);
  // An unknown or unusable domain is the domain policies' to report; nothing to compare here.
  if (raw.kind !== "known") return undefined;
  const d = normaliseDomain(raw.value);
  if (!d.ok) return undefined;
  const match = ctx.registry.findFiling(d.domain);
  if (!match || numbersAgree(tagNumber, match.filing.numberCheck.normalised)) return undefined;
  return ctx.msg.tagDisagrees({
    tag: tagShown,
    domain: printable(d.domain, raw.secret),
    number: match.filing.number,
    line: match.filing.line,
  });
}

function tagProblems(n: GraphNode, ctx: Ctx): Problem[] {
  const { t, msg } = ctx;
  // Tags computed as a whole say nothing about whether this one is among them.
  const tags = readRaw(n.view.props, "tags");
  if (tags.kind !== "known") return [];
  const tag = readRaw(n.view.props, "tags", ICP_NUMBER_TAG);
  if (tag.kind === "missing") return [];
  if (tag.kind === "unknown") return [{ text: msg.tagUnknown, unknown: true }];
  if (tag.kind === "invalid") return [{ text: msg.tagNotText(tag.got) }];
  if (typeof tag.value !== "string") return [{ text: msg.tagNotText(describeShape(tag.value)) }];
  const shown = printable(tag.value, tag.secret);
  const check = checkIcpNumber(tag.value);
  if (!check.valid) return [{ text: t.tagNumberInvalid({ number: shown, problem: check.reason }) }];
  const text = disagreement(n, check.normalised, shown, ctx);
  return text === undefined ? [] : [{ text }];
}

export const icpFilingNumberFormat: StackPolicySpec<FilingNumberMessages> = {
  kind: "stack",
  name: "icp-filing-number-format",
  ...policyText(messages),
  enforcementLevel: "mandatory",
  severity: "high",
  url: "https://www.alibabacloud.com/help/doc-detail/36891.html",
  settings: ["unknownValues"],
  evaluate(resources, ctx) {
    const m = StackModel.of(resources, ctx);
    const { t, msg } = ctx;
    const out: StackFinding[] = [];
    const fromRegistry = registryProblems(ctx);
    if (fromRegistry.length > 0) {
      out.push({
        urn: stackRootUrn(m.graph),
        finding: fromProblems(
          msg.registryInvalid(stackText(ctx.env.stack)),
          fromRegistry,
          msg.formatWhy,
        ),
      });
    }
    for (const n of m.graph.nodes) {
      const problems = tagProblems(n, ctx);
      if (problems.length === 0) continue;
      const subject = msg.tagSubject(t.resource(n.view.type, n.view.name));
      out.push({ urn: n.view.urn, finding: fromProblems(subject, problems, msg.formatWhy) });
    }
    return out;
  },
};
