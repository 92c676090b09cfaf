/**
 * A pull-request comment: summary counts, a table of violations (level, policy, resource,
 * message, and the fix: the policy's remediation steps and link), kept under GitHub's comment
 * size limit.
 */
import { escapeControls } from "../../policy-pack/model/clip";
import { countByLevel, type PolicyMeta, type ScanResult } from "../result";
import { parseUrn } from "../urn";

// GitHub rejects comments over 65,536 characters; leave room for the rest of the comment.
const MAX_TABLE_CHARS = 55_000;

export function renderMarkdown(result: ScanResult): string {
  const { mandatory, advisory } = countByLevel(result.violations);
  const out: string[] = ["### Policy check (icp-guard)", ""];
  const packs = result.policyPacks.map((p) => `\`${code(p.name)}\` ${cell(p.version)}`).join(", ");
  const head = mandatory > 0 ? "❌" : advisory > 0 ? "⚠️" : "✅";
  out.push(
    `${head} **${mandatory} mandatory**, **${advisory} advisory** violation${mandatory + advisory === 1 ? "" : "s"} on ${result.resources.length} resource${result.resources.length === 1 ? "" : "s"}${packs ? ` · policy packs: ${packs}` : ""}`,
  );
  out.push("");
  if (mandatory + advisory === 0) {
    out.push("No policy violations.");
    return `${out.join("\n")}\n`;
  }

  const meta = new Map<string, PolicyMeta>();
  for (const p of result.policyPacks)
    for (const policy of p.policies) meta.set(`${p.name}\0${policy.name}`, policy);
  out.push("| Level | Policy | Resource | Message | Fix |");
  out.push("| --- | --- | --- | --- | --- |");
  let size = 0;
  let shown = 0;
  const ordered = [...result.violations].sort(
    (a, b) => rank(a.enforcementLevel) - rank(b.enforcementLevel),
  );
  for (const v of ordered) {
    const parsed = parseUrn(v.urn);
    const resource = parsed
      ? `\`${code(parsed.name)}\` (\`${code(parsed.type)}\`)`
      : `\`${code(v.urn)}\``;
    const policy = meta.get(`${v.policyPack}\0${v.policyName}`);
    const fix = [
      policy?.remediationSteps ? cell(policy.remediationSteps) : "",
      policy?.url ? `[more](${policy.url.replace(/[()\s\p{Cc}]/gu, encodeURIComponent)})` : "",
    ]
      .filter((s) => s !== "")
      .join(" ");
    const level = v.enforcementLevel === "mandatory" ? "🔴 mandatory" : "🟡 advisory";
    const row = `| ${level} | \`${code(v.policyName)}\` | ${resource} | ${cell(v.message.trim())} | ${fix || "—"} |`;
    if (size + row.length > MAX_TABLE_CHARS) break;
    out.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < ordered.length) {
    out.push("");
    out.push(
      `…and ${ordered.length - shown} more violation(s) not shown: see the full report (\`icp-guard scan --format json\`).`,
    );
  }
  return `${out.join("\n")}\n`;
}

function rank(level: string): number {
  return level === "mandatory" ? 0 : 1;
}

/** Text in a table cell: no pipes, raw HTML or control characters; line breaks as <br>. */
function cell(s: string): string {
  return s
    .split(/\r?\n/)
    .map((line) =>
      escapeControls(line)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/\|/g, "\\|"),
    )
    .join("<br>");
}

/** Text inside a code span in a table cell (control characters escaped, a newline as `\n`). */
function code(s: string): string {
  return escapeControls(s).replace(/`/g, "'").replace(/\|/g, "\\|");
}
