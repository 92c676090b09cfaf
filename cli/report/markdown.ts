/**
 * A pull-request comment: summary counts and the registry used, a table of violations (level,
 * policy with its link, resource, where it is declared, message), the exemptions in force, how to
 * fix each policy once (not per row: the messages already say what to change), and with
 * --show-skipped every not-applicable result. Kept under GitHub's comment size limit.
 */
import { escapeControls } from "../../policy-pack/model/clip";
import { cliText } from "../i18n";
import { countByLevel, type PolicyMeta, type ScanResult } from "../result";
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

// GitHub rejects comments over 65,536 characters; leave room for the rest of the comment.
const MAX_TABLE_CHARS = 55_000;
const MAX_SKIPPED_CHARS = 4_000;

export function renderMarkdown(result: ScanResult, opts: RenderOptions = {}): string {
  const t = cliText(opts.lang);
  const { mandatory, advisory } = countByLevel(result.violations);
  const out: string[] = [t.mdTitle, ""];
  const packs = result.policyPacks.map((p) => `\`${code(p.name)}\` ${cell(p.version)}`).join(", ");
  const head = mandatory > 0 ? "❌" : advisory > 0 ? "⚠️" : "✅";
  const extra = [
    result.notApplicable.length > 0 ? t.mdNotApplicable(result.notApplicable.length) : "",
    result.exempted.length > 0 ? t.mdExempted(result.exempted.length) : "",
    packs ? `${t.mdPacks}: ${packs}` : "",
  ].filter((s) => s !== "");
  out.push(
    `${head} ${t.mdSummary(mandatory, advisory, result.resources.length)}${extra.map((s) => ` · ${s}`).join("")}`,
  );
  for (const r of result.registries ?? []) {
    out.push("");
    out.push(
      cell(
        t.registry({
          ...r,
          file: r.file === null ? null : displayPath(r.file),
          stacks: (result.registries ?? []).length > 1 ? r.stacks : undefined,
        }),
      ),
    );
  }
  out.push("");

  const locate = locator(result);
  const multiStack = stackCount(result) > 1;
  const meta = new Map<string, PolicyMeta>();
  for (const p of result.policyPacks)
    for (const policy of p.policies) meta.set(`${p.name}\0${policy.name}`, policy);
  const policyCell = (pack: string, name: string) => {
    const url = meta.get(`${pack}\0${name}`)?.url;
    return url ? `[\`${code(name)}\`](${link(url)})` : `\`${code(name)}\``;
  };
  const resourceCell = (urn: string) => {
    const parsed = parseUrn(urn);
    const base = parsed
      ? `\`${code(parsed.name)}\` (\`${code(parsed.type)}\`)`
      : `\`${code(urn)}\``;
    return multiStack && parsed ? `${base} ${cell(t.inStack(stackLabel(urn)))}` : base;
  };
  const locationCell = (urn: string) => {
    const loc = locate(urn);
    return loc ? `\`${code(displayLocation(loc))}\`` : "—";
  };

  if (mandatory + advisory === 0) {
    out.push(t.noViolations);
  } else {
    const c = t.mdColumns;
    out.push(`| ${c.level} | ${c.policy} | ${c.resource} | ${c.location} | ${c.message} |`);
    out.push("| --- | --- | --- | --- | --- |");
    let size = 0;
    let shown = 0;
    const ordered = [...result.violations].sort(
      (a, b) => rank(a.enforcementLevel) - rank(b.enforcementLevel),
    );
    for (const v of ordered) {
      const level = v.enforcementLevel === "mandatory" ? "🔴 mandatory" : "🟡 advisory";
      const row = `| ${level} | ${policyCell(v.policyPack, v.policyName)} | ${resourceCell(v.urn)} | ${locationCell(v.urn)} | ${cell(v.message.trim())} |`;
      if (size + row.length > MAX_TABLE_CHARS) break;
      out.push(row);
      size += row.length + 1;
      shown++;
    }
    if (shown < ordered.length) {
      out.push("");
      out.push(t.mdNotShown(ordered.length - shown));
    }
    // How to fix, once per policy that has violations.
    const fixes: string[] = [];
    const seen = new Set<string>();
    for (const v of ordered) {
      const key = `${v.policyPack}\0${v.policyName}`;
      const steps = meta.get(key)?.remediationSteps;
      if (seen.has(key) || !steps) continue;
      seen.add(key);
      fixes.push(`- ${policyCell(v.policyPack, v.policyName)}: ${cell(steps)}`);
    }
    if (fixes.length > 0) {
      out.push("");
      out.push(`<details><summary>${t.mdFixes}</summary>`, "", ...fixes, "", "</details>");
    }
  }

  const s = t.mdSkippedColumns;
  if (result.exempted.length > 0) {
    out.push("");
    out.push(`**${t.exemptedHeading}**`, "");
    out.push(`| ${s.policy} | ${s.resource} | ${t.mdColumns.location} | ${s.reason} |`);
    out.push("| --- | --- | --- | --- |");
    for (const e of result.exempted) {
      out.push(
        `| ${policyCell(e.policyPack, e.policyName)} | ${resourceCell(e.urn)} | ${locationCell(e.urn)} | ${cell(exemptionText(e, t))} |`,
      );
    }
  }
  if (opts.showSkipped && result.notApplicable.length > 0) {
    out.push("");
    out.push(`<details><summary>${t.mdNotApplicable(result.notApplicable.length)}</summary>`, "");
    out.push(`| ${s.policy} | ${s.resource} | ${s.reason} |`);
    out.push("| --- | --- | --- |");
    let size = 0;
    let shown = 0;
    for (const na of result.notApplicable) {
      const resource = na.scope === "stack" ? cell(t.wholeStack) : resourceCell(na.urn);
      const row = `| ${policyCell(na.policyPack, na.policyName)} | ${resource} | ${cell(na.reason)} |`;
      if (size + row.length > MAX_SKIPPED_CHARS) break;
      out.push(row);
      size += row.length + 1;
      shown++;
    }
    if (shown < result.notApplicable.length) {
      out.push("", t.mdSkippedNotShown(result.notApplicable.length - shown));
    }
    out.push("", "</details>");
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

function link(url: string): string {
  return url.replace(/[()\s\p{Cc}]/gu, encodeURIComponent);
}
