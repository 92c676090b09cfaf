/**
 * Runs policy packs over resource states the way the engine would: states are grouped by stack
 * (each stack gets its own pack processes and its own AnalyzeStack), the packs of a stack run in
 * parallel, and results come back in input order. `analyzeStates` is the programmatic entry
 * (used by `icp-guard preview`); `scanInputs` is what `icp-guard scan` runs on loaded files.
 */

import * as path from "node:path";
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
import type {
  Exempted,
  NotApplicable,
  PackSummary,
  RegistryNotice,
  RegistrySource,
  ResourceRef,
  ScanResult,
  Violation,
} from "./result";
import type { ResourceState } from "./state";
import { parseUrn, urnName } from "./urn";

export type { StackIdentity } from "./engine/session";
export { type ReportFormat, renderReport } from "./report";
export type { ScanResult } from "./result";
export { exitCodeFor } from "./result";

/** The registry file icp-guard hands the packs, and how it was found (registry-discovery.ts). */
export interface RegistryChoice {
  file: string;
  source: Exclude<RegistrySource, "none" | "pack">;
}

export interface ScanOptions {
  /** Pack folders; empty: this package's own pack. */
  policyPacks: string[];
  /** `--policy-pack-config` files, one per pack, in the same order (or none). */
  policyPackConfigs: string[];
  /**
   * The registry of each stack (`project`, `stack` as in its URNs); undefined: none found, each
   * pack falls back to the icp-registry.yaml in its own folder, if any.
   */
  registry?:
    | RegistryChoice
    | ((stack: { project: string; stack: string }) => RegistryChoice | undefined);
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
  const registryOf = (g: Group): RegistryChoice | undefined =>
    typeof opts.registry === "function"
      ? opts.registry({ project: g.target.urnProject, stack: g.target.urnStack })
      : opts.registry;
  const runOpts = (i: number, signal: AbortSignal, g: Group): PackRunOptions => ({
    dir: packs[i],
    configFile: opts.policyPackConfigs[i],
    registry: registryOf(g)?.file,
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
    exempted: [],
    registries: [],
  };
  const registries: RegistryNotice[] = [];
  for (const group of groups) {
    const runs = await runAll(packs.length, (i, signal) =>
      runPack(group.target, runOpts(i, signal, group)),
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
    addRegistryNotice(registries, group, runs, registryOf(group));
  }
  result.registries = registries;
  return result;
}

/** The pack's summary, each resource policy with the types it said it reads (audit `applies-to`). */
function withAppliesTo(run: PackRun): PackSummary {
  const types = new Map<string, string[]>();
  for (const a of run.audit) if (a.kind === "applies-to") types.set(a.policy, a.types);
  if (types.size === 0) return run.summary;
  return {
    ...run.summary,
    policies: run.summary.policies.map((p) => {
      const t = types.get(p.name);
      return t ? { ...p, appliesTo: t } : p;
    }),
  };
}

/**
 * The not-applicable and exempted results of one stack, in resource order then pack and policy
 * order: what the packs said through the protocol, made precise by their audit records (a stack
 * policy's per-resource reasons; which not-applicable results were exemptions).
 */
function skippedResults(
  group: Group,
  runs: readonly PackRun[],
): { notApplicable: NotApplicable[]; exempted: Exempted[] } {
  const order = new Map(group.resources.map((r, i) => [r.urn, i]));
  const notApplicable: NotApplicable[] = [];
  const exempted: Exempted[] = [];
  for (const run of runs) {
    const pack = run.summary.name;
    const policyOrder = new Map(run.summary.policies.map((p, i) => [p.name, i]));
    const key = (policy: string, urn: string) => `${policy}\0${urn}`;
    const exemptions = new Set<string>();
    const audited = new Set<string>();
    const mine: NotApplicable[] = [];
    for (const a of run.audit) {
      if (a.kind === "exempted") {
        exemptions.add(key(a.policy, a.urn));
        exempted.push({
          policyPack: pack,
          policyName: a.policy,
          urn: a.urn,
          reason: a.reason,
          expires: a.expires,
          match: a.match,
          file: a.file,
          line: a.line,
        });
      } else if (a.kind === "not-applicable") {
        audited.add(key(a.policy, a.urn));
        mine.push({ policyPack: pack, policyName: a.policy, urn: a.urn, reason: a.reason });
      }
    }
    for (const na of run.notApplicable) {
      const k = key(na.policy, na.urn);
      if (exemptions.has(k) || audited.has(k)) continue;
      mine.push({
        policyPack: pack,
        policyName: na.policy,
        urn: na.urn,
        reason: na.reason,
        ...(na.scope ? { scope: na.scope } : {}),
      });
    }
    const rank = (x: { urn: string; policyName: string }) =>
      (order.get(x.urn) ?? order.size) * 10_000 + (policyOrder.get(x.policyName) ?? 9_999);
    mine.sort((a, b) => rank(a) - rank(b));
    notApplicable.push(...mine);
  }
  const rank = (x: Exempted) => order.get(x.urn) ?? order.size;
  exempted.sort((a, b) => rank(a) - rank(b));
  return { notApplicable, exempted };
}

/** Which registry a stack was checked against: what a pack reported loading, else icp-guard's choice. */
function addRegistryNotice(
  notices: RegistryNotice[],
  group: Group,
  runs: readonly PackRun[],
  choice: RegistryChoice | undefined,
): void {
  const stack = `${group.target.urnProject}/${group.target.urnStack}`;
  const reported = runs
    .flatMap((r) => r.audit)
    .find((a): a is Extract<typeof a, { kind: "registry" }> => a.kind === "registry");
  let notice: Omit<RegistryNotice, "stacks">;
  if (reported) {
    const file = reported.file;
    const source: RegistrySource =
      file === null
        ? "none"
        : choice && path.resolve(choice.file) === file
          ? choice.source
          : "pack";
    notice = {
      file,
      source,
      counts: {
        filings: reported.filings,
        servers: reported.servers,
        exemptions: reported.exemptions,
      },
    };
  } else {
    notice = choice
      ? { file: path.resolve(choice.file), source: choice.source }
      : { file: null, source: "none" };
  }
  const same = notices.find(
    (n) =>
      n.file === notice.file &&
      n.source === notice.source &&
      JSON.stringify(n.counts) === JSON.stringify(notice.counts),
  );
  if (same) same.stacks.push(stack);
  else notices.push({ stacks: [stack], ...notice });
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
        // A stack file names no organisation, and `pulumi policy analyze --file` passes none to
        // the pack: neither does scan, unless --stack names one.
        identity: opts.stack ?? {
          organization: "",
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
        if (i.column) ref.column = i.column;
        return ref;
      }),
    };
  });
}

export type { Violation };
