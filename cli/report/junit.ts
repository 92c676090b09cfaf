/**
 * JUnit XML for CI test reports: one test suite per policy pack, one test case per resource and
 * policy, a failure for each case with violations, and a skipped case (with the reason) for each
 * pair the pack reported not applicable or a registry exemption covers.
 */
import { cliText } from "../i18n";
import type { ScanResult } from "../result";
import { type CheckResult, listChecks } from "./checks";
import { exemptionText } from "./locations";

export function renderJunit(result: ScanResult): string {
  const checks = listChecks(result);
  const suites = new Map<string, CheckResult[]>();
  for (const c of checks) {
    const list = suites.get(c.policyPack);
    if (list) list.push(c);
    else suites.set(c.policyPack, [c]);
  }
  for (const pack of result.policyPacks) if (!suites.has(pack.name)) suites.set(pack.name, []);
  const versions = new Map(result.policyPacks.map((p) => [p.name, p.version]));
  const files = new Map(result.resources.map((r) => [r.urn, r.file]));

  const totalFailures = checks.filter((c) => c.violations.length > 0).length;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="icp-guard" tests="${checks.length}" failures="${totalFailures}" errors="0">`,
  );
  const t = cliText();
  const skipReason = (c: CheckResult): string | undefined => {
    if (c.violations.length > 0) return undefined;
    if (c.exempted) {
      return exemptionText(c.exempted, t);
    }
    return c.skipped;
  };
  for (const [pack, cases] of suites) {
    const failures = cases.filter((c) => c.violations.length > 0).length;
    const skipped = cases.filter((c) => skipReason(c) !== undefined).length;
    const version =
      versions.get(pack) ??
      cases.find((c) => c.violations.length > 0)?.violations[0].policyPackVersion;
    const name = version ? `${pack}@${version}` : pack;
    out.push(
      `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    );
    for (const c of cases) {
      const file = files.get(c.urn);
      const fileAttr = file ? ` file="${attr(file)}"` : "";
      const open = `    <testcase name="${attr(c.policyName)}" classname="${attr(c.urn)}"${fileAttr}`;
      const reason = skipReason(c);
      if (reason !== undefined) {
        out.push(`${open}>`);
        out.push(`      <skipped message="${attr(reason)}"/>`);
        out.push("    </testcase>");
        continue;
      }
      if (c.violations.length === 0) {
        out.push(`${open}/>`);
        continue;
      }
      const level = c.violations.some((v) => v.enforcementLevel === "mandatory")
        ? "mandatory"
        : "advisory";
      const summary = c.violations[0].message.trim().split("\n")[0] ?? "";
      const body = c.violations
        .map((v) => `[${v.enforcementLevel}] ${v.message.trim()}`)
        .join("\n\n");
      out.push(`${open}>`);
      out.push(`      <failure message="${attr(summary)}" type="${level}">${text(body)}</failure>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

/** Drops the characters XML 1.0 does not allow at all (they cannot even be escaped). */
function xmlChars(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const allowed =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}

function text(s: string): string {
  return xmlChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(s: string): string {
  return text(s)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}
