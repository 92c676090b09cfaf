/** A registry that cannot be used: every problem found, each with file, line, field and a fix. */

/** One thing wrong with a registry file. */
export interface RegistryIssue {
  line?: number;
  /** Human path such as `filings[2].domains[0]`; absent for file-level problems. */
  field?: string;
  problem: string;
  fix: string;
}

export function formatIssue(file: string, issue: RegistryIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const field = issue.field === undefined ? "" : `${issue.field}: `;
  return `${where}: ${field}${issue.problem} — ${issue.fix}`;
}

export function byLine(a: RegistryIssue, b: RegistryIssue): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/**
 * A registry that cannot be used. `line`/`field` are those of the first issue (in file order);
 * the message lists every issue, one per line.
 */
export class RegistryError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly issues: readonly RegistryIssue[];

  constructor(file: string, issues: readonly RegistryIssue[]) {
    super(issues.map((i) => formatIssue(file, i)).join("\n"));
    this.name = "RegistryError";
    this.file = file;
    this.issues = issues;
    this.line = issues[0]?.line;
    this.field = issues[0]?.field;
  }
}
