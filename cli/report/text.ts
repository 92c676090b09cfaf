/**
 * The terminal report, like `pulumi preview`'s policy output: violations grouped by resource,
 * each with its `[mandatory]`/`[advisory]` mark, policy and pack, then the message. Each resource
 * names where it comes from (file:line) and, when the report spans several stacks, its stack.
 * Exemptions in force are always listed (an exemption is an audit record); not-applicable
 * results are counted, and listed with --show-skipped. The registry used is named. Every text
 * that comes from an input or a pack has its control characters escaped: a resource name with a
 * newline or an ANSI escape cannot forge a line (say, "No policy violations.") or hide one.
 */
import { escapeControls as esc } from "../../policy-pack/model/clip";
import { cliText } from "../i18n";
import { countByLevel, type ScanResult } from "../result";
import { parseUrn } from "../urn";
import {
  displayLocation,
  displayPath,
  exemptionText,
  locator,
  stackCount,
  stackLabel,
} from "./locations";
import type { RenderOptions } from "./options";

const RED = "\x1b[31m";
const YELLOW = "\x1b[33m";
const BOLD = "\x1b[1m";
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";

/** Items grouped by URN, in first-seen order. */
function byUrn<T extends { urn: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.urn);
    if (list) list.push(item);
    else groups.set(item.urn, [item]);
  }
  return groups;
}

export function renderText(result: ScanResult, opts: RenderOptions): string {
  const t = cliText(opts.lang);
  const paint = (code: string, s: string) => (opts.color && code ? `${code}${s}${RESET}` : s);
  const out: string[] = [];
  const locate = locator(result);
  const multiStack = stackCount(result) > 1;
  const versions = new Map(result.policyPacks.map((p) => [p.name, p.version]));
  const packLabel = (pack: string, version?: string) =>
    paint(DIM, esc(`(${pack}@v${version ?? versions.get(pack) ?? ""})`));
  const resourceLine = (urn: string) => {
    const parsed = parseUrn(urn);
    let line = parsed ? `${parsed.type} (${parsed.name})` : urn;
    if (multiStack && parsed) line += ` ${t.inStack(stackLabel(urn))}`;
    const loc = locate(urn);
    if (loc) line += ` ${t.at(displayLocation(loc))}`;
    return `    ${esc(line)}:`;
  };

  const violations = byUrn(result.violations);
  if (violations.size > 0) {
    out.push(paint(BOLD, t.policyViolations));
    for (const [urn, list] of violations) {
      out.push(resourceLine(urn));
      for (const v of list) {
        const mark = paint(
          v.enforcementLevel === "mandatory" ? RED : YELLOW,
          `[${v.enforcementLevel}]`,
        );
        out.push(
          `        ${mark}  ${esc(v.policyName)}  ${packLabel(v.policyPack, v.policyPackVersion)}`,
        );
        // The message's own line breaks are kept, each line indented under its violation.
        for (const line of v.message.replace(/\n+$/, "").split("\n"))
          out.push(`            ${esc(line)}`);
      }
    }
    out.push("");
  }

  const exempted = byUrn(result.exempted);
  if (exempted.size > 0) {
    out.push(paint(BOLD, t.exemptedHeading));
    for (const [urn, list] of exempted) {
      out.push(resourceLine(urn));
      for (const e of list) {
        out.push(`        ${esc(e.policyName)}  ${packLabel(e.policyPack)}`);
        out.push(`            ${esc(exemptionText(e, t))}`);
      }
    }
    out.push("");
  }

  if (opts.showSkipped && result.notApplicable.length > 0) {
    out.push(paint(BOLD, t.notApplicableHeading));
    for (const [urn, list] of byUrn(result.notApplicable)) {
      const whole = list.every((na) => na.scope === "stack");
      out.push(
        whole
          ? `    ${t.wholeStack}${multiStack ? ` (${esc(stackLabel(urn))})` : ""}:`
          : resourceLine(urn),
      );
      for (const na of list)
        out.push(`        ${esc(na.policyName)}  ${packLabel(na.policyPack)}  ${esc(na.reason)}`);
    }
    out.push("");
  }

  if (!opts.quiet) {
    if (result.remediations.length > 0) {
      out.push(paint(BOLD, t.remediationsHeading));
      for (const r of result.remediations) {
        out.push(
          `    [remediate]  ${esc(`${r.policyName}  (${r.policyPack}@v${r.policyPackVersion})  ${r.urn}`)}`,
        );
      }
      out.push("");
    }
    if (result.policyPacks.length > 0) {
      out.push(paint(BOLD, t.packsRun));
      const width = Math.max(t.name.length, ...result.policyPacks.map((p) => esc(p.name).length));
      out.push(`    ${t.name.padEnd(width)}  ${t.version}`);
      for (const p of result.policyPacks)
        out.push(`    ${esc(p.name).padEnd(width)}  ${esc(p.version)}`);
      out.push("");
    }
  }
  for (const r of result.registries ?? []) {
    out.push(
      esc(
        t.registry({
          ...r,
          file: r.file === null ? null : displayPath(r.file),
          stacks: (result.registries ?? []).length > 1 ? r.stacks : undefined,
        }),
      ),
    );
  }
  if (!opts.quiet) out.push(t.resourcesChecked(result.resources.length));
  if (result.notApplicable.length > 0)
    out.push(t.notApplicableSummary(result.notApplicable.length, opts.showSkipped === true));
  if (result.exempted.length > 0) out.push(t.exemptedSummary(result.exempted.length));

  const { mandatory, advisory } = countByLevel(result.violations);
  if (mandatory + advisory === 0) {
    out.push(t.noViolations);
  } else {
    out.push(
      t.violationsSummary(
        paint(mandatory > 0 ? RED : "", t.levelCount("mandatory", mandatory)),
        paint(advisory > 0 ? YELLOW : "", t.levelCount("advisory", advisory)),
      ),
    );
  }
  return `${out.join("\n")}\n`;
}
