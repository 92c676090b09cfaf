/**
 * Runs policy packs over resource states the way the engine would: states are grouped by stack
 * (each stack gets its own pack processes and its own AnalyzeStack), the packs of a stack run in
 * parallel, and results come back in input order. `analyzeStates` is the programmatic entry
 * (used by `icp-guard preview`); `scanInputs` is what `icp-guard scan` runs on loaded files.
 */

import { escapeControls } from "../policy-pack/model/clip";
import {
  type PackRun,
  type PackRunOptions,
  runPack,
  type StackIdentity,
  type StackTarget,
} from "./engine/session";
import type { StackConfig } from "./engine/target";
import { CliError, errorMessage, PackStopped } from "./errors";
import type { LoadedInput, SourcedState } from "./inputs";
import { PACKAGE_ROOT } from "./paths";
import type { NotApplicable, PackSummary, ResourceRef, ScanResult, Violation } from "./result";
import type { ResourceState } from "./state";
import { parseUrn, urnName } from "./urn";

export type { StackIdentity } from "./engine/session";
export { type ReportFormat, renderReport } from "./report";
export type { ScanResult } from "./result";
export { exitCodeFor } from "./result";

export interface ScanOptions {
  /** Pack folders; empty: this package's own pack. */
  policyPacks: string[];
  /** `--policy-pack-config` files, one per pack, in the same order (or none). */
  policyPackConfigs: string[];
  registry?: string;
  /** Overrides the stack identity read from the URNs (all inputs must then be one stack). */
  stack?: StackIdentity;
  /** Milliseconds a pack may take to start, and to answer each call (default 120 s, or env ICP_GUARD_PACK_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Analyze calls in flight per pack (default 16, or env ICP_GUARD_CONCURRENCY). */
  concurrency?: number;
  /** What each pack wrote to stderr, once it is done (a failing pack's stderr is in the error). */
  onPackStderr?: (pack: PackSummary, stack: StackIdentity, text: string) => void;
  onWarning?: (message: string) => void;
  /**
   * The stack configuration the engine would hand the packs (`PULUMI_CONFIG`, ConfigureStack),
   * read from a stack's states; the scan itself knows no provider (see alicloud.ts). Default: none.
   */
  stackConfig?: (states: readonly ResourceState[]) => StackConfig;
}

export interface AnalyzeOptions extends ScanOptions {
  dryRun: boolean;
}

/** Checks states of one or more stacks with the packs (see ScanOptions). */
export async function analyzeStates(
  states: ResourceState[],
  opts: AnalyzeOptions,
): Promise<ScanResult> {
  const sourced = states.map((state) => ({ state }));
  return scan([{ dryRun: opts.dryRun, resources: sourced }], opts);
}

/** Checks the states read from input files; a stack seen in a preview runs as a dry run. */
export function scanInputs(inputs: LoadedInput[], opts: ScanOptions): Promise<ScanResult> {
  return scan(
    inputs.map((i) => ({ dryRun: i.preview, resources: i.resources })),
    opts,
  );
}

interface Batch {
  dryRun: boolean;
  resources: SourcedState[];
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_CONCURRENCY = 16;

function positiveFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

async function scan(batches: Batch[], opts: ScanOptions): Promise<ScanResult> {
  const packs = opts.policyPacks.length > 0 ? opts.policyPacks : [PACKAGE_ROOT];
  if (opts.policyPackConfigs.length > 0 && opts.policyPackConfigs.length !== packs.length) {
    throw new CliError(
      `${opts.policyPackConfigs.length} --policy-pack-config file(s) for ${packs.length} policy pack(s): give one config per --policy-pack, in the same order`,
    );
  }
  const groups = groupByStack(batches, opts);
  const runOpts = (i: number, signal: AbortSignal): PackRunOptions => ({
    dir: packs[i],
    configFile: opts.policyPackConfigs[i],
    registry: opts.registry,
    timeoutMs: opts.timeoutMs ?? positiveFromEnv("ICP_GUARD_PACK_TIMEOUT_MS", DEFAULT_TIMEOUT_MS),
    concurrency: opts.concurrency ?? positiveFromEnv("ICP_GUARD_CONCURRENCY", DEFAULT_CONCURRENCY),
    signal,
  });

  const result: ScanResult = {
    policyPacks: [],
    resources: [],
    violations: [],
    remediations: [],
    notApplicable: [],
  };
  const notApplicable = new Map<string, NotApplicable>();
  for (const group of groups) {
    const runs = await runAll(packs.length, (i, signal) =>
      runPack(group.target, runOpts(i, signal)),
    );
    if (result.policyPacks.length === 0) result.policyPacks = runs.map((r) => r.summary);
    for (const run of runs) {
      if (run.stderr.trim() !== "")
        opts.onPackStderr?.(run.summary, group.target.identity, run.stderr);
    }
    group.resources.forEach((r, i) => {
      result.resources.push(r);
      for (const run of runs) result.violations.push(...run.resourceViolations[i]);
      for (const run of runs) result.remediations.push(...run.remediations[i]);
    });
    for (const run of runs) result.violations.push(...run.stackViolations);
    for (const run of runs) {
      for (const [policy, urns] of run.notApplicable) {
        const key = `${run.summary.name}\0${policy}`;
        let entry = notApplicable.get(key);
        if (!entry) {
          entry = { policyPack: run.summary.name, policyName: policy, urns: [] };
          notApplicable.set(key, entry);
        }
        entry.urns.push(...urns);
      }
    }
  }
  result.notApplicable = [...notApplicable.values()];
  return result;
}

/** Runs every pack at once; the first failure stops the others and is the error reported. */
async function runAll(
  count: number,
  run: (i: number, signal: AbortSignal) => Promise<PackRun>,
): Promise<PackRun[]> {
  const abort = new AbortController();
  const settled = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      run(i, abort.signal).catch((e: unknown) => {
        abort.abort();
        throw e;
      }),
    ),
  );
  // Report the pack that failed first in --policy-pack order, not one stopped because of it.
  const failures = settled
    .filter((s): s is PromiseRejectedResult => s.status === "rejected")
    .map((s) => s.reason);
  const real = failures.find((e) => !(e instanceof PackStopped));
  if (real !== undefined || failures.length > 0) {
    const e = real ?? failures[0];
    throw e instanceof CliError ? e : new CliError(errorMessage(e));
  }
  return settled.map((s) => (s as PromiseFulfilledResult<PackRun>).value);
}

interface Group {
  target: StackTarget;
  resources: ResourceRef[];
}

function groupByStack(batches: Batch[], opts: ScanOptions): Group[] {
  const groups = new Map<
    string,
    { stack: string; project: string; dryRun: boolean; byUrn: Map<string, SourcedState> }
  >();
  for (const batch of batches) {
    for (const item of batch.resources) {
      const urn = parseUrn(item.state.urn);
      if (!urn) {
        const where = item.file ? `${item.file}: ` : "";
        throw new CliError(
          `${where}${JSON.stringify(item.state.urn)} is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)`,
        );
      }
      const key = `${urn.stack}::${urn.project}`;
      let g = groups.get(key);
      if (!g) {
        g = { stack: urn.stack, project: urn.project, dryRun: false, byUrn: new Map() };
        groups.set(key, g);
      }
      g.dryRun ||= batch.dryRun;
      const previous = g.byUrn.get(item.state.urn);
      if (previous) {
        opts.onWarning?.(
          `${escapeControls(item.state.urn)} appears more than once; using the one from ${item.file ?? "the last input"}`,
        );
        g.byUrn.delete(item.state.urn);
      }
      g.byUrn.set(item.state.urn, item);
    }
  }
  if (opts.stack && groups.size > 1) {
    throw new CliError(
      `--stack names one stack but the inputs hold resources of ${groups.size} stacks (${[...groups.keys()].map((k) => k.replace("::", " in project ")).join(", ")})`,
    );
  }
  return [...groups.values()].map((g) => {
    const items = [...g.byUrn.values()];
    const states = items.map((i) => i.state);
    return {
      target: {
        // The DIY backend's organization name, which the engine would pass for a local stack.
        identity: opts.stack ?? {
          organization: "organization",
          project: g.project,
          stack: g.stack,
        },
        urnStack: g.stack,
        urnProject: g.project,
        dryRun: g.dryRun,
        states,
        ...(opts.stackConfig?.(states) ?? { config: {}, secretKeys: [] }),
      },
      resources: items.map((i) => {
        const ref: ResourceRef = {
          urn: i.state.urn,
          type: i.state.type,
          name: urnName(i.state.urn),
        };
        if (i.file) ref.file = i.file;
        if (i.line) ref.line = i.line;
        return ref;
      }),
    };
  });
}

export type { Violation };
