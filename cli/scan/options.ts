/**
 * What a scan is asked to do (ScanOptions), and how each pack of a stack is then run: its folder,
 * its config file, the stack's registry, and the time and concurrency limits.
 */
import type { PackRunOptions, StackConfig, StackIdentity, StackTarget } from "../engine/target";
import { CliError } from "../errors";
import { PACKAGE_ROOT } from "../paths";
import type { PackSummary, RegistrySource } from "../result";
import type { ResourceState } from "../state";

/** The registry file icp-guard hands the packs, and how cli/registry-discovery.ts found it. */
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
   * read from a stack's states; the scan itself knows no provider (see cli/alicloud.ts). Default:
   * none.
   */
  stackConfig?: (states: readonly ResourceState[]) => StackConfig;
}

export interface AnalyzeOptions extends ScanOptions {
  dryRun: boolean;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_CONCURRENCY = 16;

function positiveFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The pack folders to run (this package's own pack when none is named), one config each if any. */
export function packsToRun(opts: ScanOptions): string[] {
  const packs = opts.policyPacks.length > 0 ? opts.policyPacks : [PACKAGE_ROOT];
  if (opts.policyPackConfigs.length > 0 && opts.policyPackConfigs.length !== packs.length) {
    throw new CliError(
      `${opts.policyPackConfigs.length} --policy-pack-config file(s) for ${packs.length} policy pack(s): give one config per --policy-pack, in the same order`,
    );
  }
  return packs;
}

/** The registry icp-guard chose for a stack, if any. */
export function registryOf(opts: ScanOptions, target: StackTarget): RegistryChoice | undefined {
  return typeof opts.registry === "function"
    ? opts.registry({ project: target.urnProject, stack: target.urnStack })
    : opts.registry;
}

/** How the i-th pack of `packs` runs for a stack. */
export function packRunOptions(
  opts: ScanOptions,
  packs: readonly string[],
  i: number,
  target: StackTarget,
  signal: AbortSignal,
): PackRunOptions {
  return {
    dir: packs[i],
    configFile: opts.policyPackConfigs[i],
    registry: registryOf(opts, target)?.file,
    timeoutMs: opts.timeoutMs ?? positiveFromEnv("ICP_GUARD_PACK_TIMEOUT_MS", DEFAULT_TIMEOUT_MS),
    concurrency: opts.concurrency ?? positiveFromEnv("ICP_GUARD_CONCURRENCY", DEFAULT_CONCURRENCY),
    signal,
  };
}
