/**
 * What a policy's pure core returns. The SDK adapter (sdk-adapter.ts) turns it into
 * `reportViolation` / `notApplicable` calls after applying exemptions and the unknown-value knobs.
 */

export interface Problem {
  text: string;
  /** The problem is only that a decisive value is unknown during preview (unknownValues knob). */
  unknown?: boolean;
}

export type Finding =
  | { kind: "pass" }
  | { kind: "not-applicable"; reason: string }
  | { kind: "violation"; subject: string; problems: Problem[]; why?: string };

/** A stack policy's finding, attached to one resource (or to the stack itself). */
export interface StackFinding {
  urn: string;
  finding: Finding;
}

export const PASS: Finding = { kind: "pass" };

export function notApplicable(reason: string): Finding {
  return { kind: "not-applicable", reason };
}

/** A violation when there are problems, else a pass. */
export function fromProblems(subject: string, problems: Problem[], why?: string): Finding {
  if (problems.length === 0) return PASS;
  return why === undefined
    ? { kind: "violation", subject, problems }
    : { kind: "violation", subject, problems, why };
}
