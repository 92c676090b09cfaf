/**
 * Runs policy packs over resource states the way the engine would: states are grouped by stack
 * (stacks.ts; each stack gets its own pack processes and its own AnalyzeStack), the packs of a
 * stack run in parallel, and results come back in input order (outcome.ts). `analyzeStates` is
 * the programmatic entry (used by `icp-guard preview`); `scanInputs` is what `icp-guard scan` runs
 * on loaded files.
 */
import { runPack } from "../engine/session";
import type { PackRun } from "../engine/target";
import { CliError, errorMessage, PackStopped } from "../errors";
import type { LoadedInput, SourcedState } from "../inputs";
import { emptyResult, type RegistryNotice, type ScanResult } from "../result";
import type { ResourceState } from "../state";
import {
  type AnalyzeOptions,
  packRunOptions,
  packsToRun,
  registryOf,
  type ScanOptions,
} from "./options";
import { addRegistryNotice, skippedResults, withAppliesTo } from "./outcome";
import { type Batch, groupByStack } from "./stacks";

/**
 * Checks states of one or more stacks with the packs (see ScanOptions); each state may say where
 * it comes from (for `preview`, the program line that constructed it).
 */
export async function analyzeStates(
  states: Array<ResourceState | SourcedState>,
  opts: AnalyzeOptions,
): Promise<ScanResult> {
  const sourced = states.map((s): SourcedState => ("state" in s ? s : { state: s }));
  return scan([{ dryRun: opts.dryRun, resources: sourced }], opts);
}

/** Checks the states read from input files; a stack seen in a preview runs as a dry run. */
export function scanInputs(inputs: LoadedInput[], opts: ScanOptions): Promise<ScanResult> {
  return scan(
    inputs.map((i) => ({ dryRun: i.preview, resources: i.resources })),
    opts,
  );
}

async function scan(batches: Batch[], opts: ScanOptions): Promise<ScanResult> {
  const packs = packsToRun(opts);
  const groups = groupByStack(batches, opts);
  const result = emptyResult();
  const registries: RegistryNotice[] = [];
  for (const group of groups) {
    const runs = await runAll(packs.length, (i, signal) =>
      runPack(group.target, packRunOptions(opts, packs, i, group.target, signal)),
    );
    if (result.policyPacks.length === 0) result.policyPacks = runs.map(withAppliesTo);
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
    const skipped = skippedResults(group, runs);
    result.notApplicable.push(...skipped.notApplicable);
    result.exempted.push(...skipped.exempted);
    addRegistryNotice(registries, group, runs, registryOf(opts, group.target));
  }
  result.registries = registries;
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
