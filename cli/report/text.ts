/**
 * The terminal report, like `pulumi preview`'s policy output: violations grouped by resource,
 * each with its `[mandatory]`/`[advisory]` mark, policy and pack, then the message. Every text
 * that comes from an input or a pack has its control characters escaped: a resource name with a
 * newline or an ANSI escape cannot forge a line (say, "No policy violations.") or hide one.
 */
import { escapeControls as esc } from "../../policy-pack/model/clip";
import { countByLevel, type ScanResult, type Violation } from "../result";
import { parseUrn } from "../urn";
import type { RenderOptions } from "./options";

const RED = "\x1b[31m";
const YELLOW = "\x1b[33m";
const BOLD = "\x1b[1m";
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";

export function renderText(result: ScanResult, opts: RenderOptions): string {
  const paint = (code: string, s: string) => (opts.color && code ? `${code}${s}${RESET}` : s);
  const out: string[] = [];
  const byResource = new Map<string, Violation[]>();
  for (const v of result.violations) {
    const list = byResource.get(v.urn);
    if (list) list.push(v);
    else byResource.set(v.urn, [v]);
  }

  if (byResource.size > 0) {
    out.push(paint(BOLD, "Policy violations:"));
    for (const [urn, violations] of byResource) {
      const parsed = parseUrn(urn);
      out.push(`    ${esc(parsed ? `${parsed.type} (${parsed.name})` : urn)}:`);
      for (const v of violations) {
        const mark = paint(
          v.enforcementLevel === "mandatory" ? RED : YELLOW,
          `[${v.enforcementLevel}]`,
        );
        out.push(
          `        ${mark}  ${esc(v.policyName)}  ${paint(DIM, esc(`(${v.policyPack}@v${v.policyPackVersion})`))}`,
        );
        // The message's own line breaks are kept, each line indented under its violation.
        for (const line of v.message.replace(/\n+$/, "").split("\n"))
          out.push(`            ${esc(line)}`);
      }
    }
    out.push("");
  }

  if (!opts.quiet) {
    if (result.remediations.length > 0) {
      out.push(paint(BOLD, "Policy remediations (would change the resource's inputs):"));
      for (const r of result.remediations) {
        out.push(
          `    [remediate]  ${esc(`${r.policyName}  (${r.policyPack}@v${r.policyPackVersion})  ${r.urn}`)}`,
        );
      }
      out.push("");
    }
    if (result.policyPacks.length > 0) {
      out.push(paint(BOLD, "Policy Packs run:"));
      const width = Math.max(4, ...result.policyPacks.map((p) => esc(p.name).length));
      out.push(`    ${"Name".padEnd(width)}  Version`);
      for (const p of result.policyPacks)
        out.push(`    ${esc(p.name).padEnd(width)}  ${esc(p.version)}`);
      out.push("");
    }
    out.push(`Resources: ${result.resources.length} checked`);
  }

  const { mandatory, advisory } = countByLevel(result.violations);
  if (mandatory + advisory === 0) {
    out.push("No policy violations.");
  } else {
    out.push(
      `Violations: ${paint(mandatory > 0 ? RED : "", `${mandatory} mandatory`)}, ${paint(advisory > 0 ? YELLOW : "", `${advisory} advisory`)}`,
    );
  }
  return `${out.join("\n")}\n`;
}
