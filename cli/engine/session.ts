/**
 * One policy pack run over one stack: starts the pack as the language host would, opens a
 * session on it, and runs the protocol phases (phases.ts) in the engine's order.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  AUDIT_FILE_ENV,
  type AuditRecord,
  parseAuditRecords,
} from "../../policy-pack/framework/audit";
import { DEFAULT_MAX_EXEMPTION_DAYS } from "../../policy-pack/model/exemptions";
import { CliError, errorMessage } from "../errors";
import { cliText } from "../i18n";
import { configuredExemptionDays, loadPolicyPackConfigFile, type PolicyConfigMap } from "./config";
import { readPolicyManifest } from "./manifest";
import { analyze, analyzeStack, configure, type Session } from "./phases";
import { launchPack, type PackProcess, packFailure, resolvePulumiDir } from "./process";
import { loadProtocol, type RpcError } from "./protocol";
import type { PackRun, PackRunOptions, StackTarget } from "./target";
import { Providers } from "./wire";

export type { PackRun, PackRunOptions, StackIdentity, StackTarget } from "./target";

/**
 * The pack's environment, as the nodejs language host and the engine's constructEnv set it, plus
 * the registry icp-guard chose (none: the pack falls back to its own lookup) and the audit file.
 */
export function packEnv(
  target: StackTarget,
  registry: string | undefined,
  fileConfig?: PolicyConfigMap,
  auditFile?: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.ICP_GUARD_REGISTRY;
  delete env[AUDIT_FILE_ENV];
  if (auditFile) env[AUDIT_FILE_ENV] = auditFile;
  // Never let an inherited engine or monitor address make the pack dial a real engine.
  for (const key of ["PULUMI_NODEJS_ENGINE", "PULUMI_NODEJS_MONITOR", "PULUMI_NODEJS_SYNC"])
    delete env[key];
  if (Object.keys(target.config).length > 0) env.PULUMI_CONFIG = JSON.stringify(target.config);
  // Never inherit one: only the keys of this stack's config are secret.
  delete env.PULUMI_CONFIG_SECRET_KEYS;
  if (target.secretKeys && target.secretKeys.length > 0)
    env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(target.secretKeys);
  const { organization, project, stack } = target.identity;
  const set = (key: string, value: string | undefined) => {
    if (value) env[key] = value;
  };
  set("PULUMI_NODEJS_ORGANIZATION", organization);
  set("PULUMI_NODEJS_PROJECT", project);
  set("PULUMI_NODEJS_STACK", stack);
  set("PULUMI_NODEJS_DRY_RUN", String(target.dryRun));
  set("PULUMI_ORGANIZATION", organization);
  set("PULUMI_PROJECT", project);
  set("PULUMI_STACK", stack);
  set("PULUMI_DRY_RUN", String(target.dryRun));
  if (registry) env.ICP_GUARD_REGISTRY = path.resolve(registry);
  // alicloud-icp-guard checks registry exemptions against ICP_GUARD_MAX_EXEMPTION_DAYS when it
  // starts, before the engine hands it any policy config; each policy then applies its own
  // maxExemptionDays, capped by that. With the engine, allowing more than the default takes both;
  // here the config file raises the start-up limit to the most it configures, so the two agree.
  // An explicit ICP_GUARD_MAX_EXEMPTION_DAYS is the caller's and is left alone (it still caps).
  const days = configuredExemptionDays(fileConfig);
  if (
    days !== undefined &&
    days > DEFAULT_MAX_EXEMPTION_DAYS &&
    !env.ICP_GUARD_MAX_EXEMPTION_DAYS
  ) {
    env.ICP_GUARD_MAX_EXEMPTION_DAYS = String(days);
  }
  return env;
}

export async function runPack(target: StackTarget, opts: PackRunOptions): Promise<PackRun> {
  const dir = path.resolve(opts.dir);
  const manifest = readPolicyManifest(dir);
  const fileConfig = opts.configFile ? loadPolicyPackConfigFile(opts.configFile) : undefined;
  const pulumiDir = resolvePulumiDir(dir);
  const protocol = loadProtocol(pulumiDir);
  const timing = phaseTimer(path.basename(dir));
  const auditDir = fs.mkdtempSync(path.join(os.tmpdir(), "icp-guard-audit-"));
  const auditFile = path.join(auditDir, "audit.jsonl");
  try {
    const pack = await launchPack(dir, pulumiDir, {
      env: packEnv(target, opts.registry, fileConfig, auditFile),
      timeoutMs: opts.timeoutMs,
    });
    timing("start");
    const client = protocol.connect(pack.port);
    try {
      const s = openSession(
        { target, opts, dir, manifest, fileConfig, protocol, client, timing },
        pack,
      );
      const configured = await configure(s);
      const providers = new Providers(protocol, target.states);
      const notApplicable: PackRun["notApplicable"] = [];
      const { resourceViolations, remediations } = await analyze(
        s,
        configured,
        providers,
        notApplicable,
      );
      const stackViolations = await analyzeStack(s, configured, providers, notApplicable);
      return {
        summary: configured.summary,
        resourceViolations,
        remediations,
        stackViolations,
        notApplicable,
        audit: readAudit(auditFile),
        stderr: pack.stderr(),
      };
    } finally {
      client.close();
      await pack.stop();
    }
  } finally {
    fs.rmSync(auditDir, { recursive: true, force: true });
  }
}

/** What the pack recorded for icp-guard (policy-pack/framework/audit.ts); none for other packs. */
function readAudit(file: string): AuditRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return parseAuditRecords(text);
}

type SessionBase = Omit<Session, "rpc" | "call" | "failure">;

/** Adds the calls to a session: each with the run's deadline, failures explained with the pack's state. */
function openSession(base: SessionBase, pack: PackProcess): Session {
  const { protocol, client, opts } = base;
  // Resources whose Remediate/Analyze is in flight: when the pack dies, any of them may be the cause.
  const inFlight = new Set<string>();
  const session: Session = {
    ...base,
    call: (method, req) => protocol.call(client, method, req, opts.timeoutMs),
    failure: (step, e) => rpcFailure(base, pack, step, e, [...inFlight]),
    async rpc(step, method, req, urn) {
      if (urn) inFlight.add(urn);
      try {
        return await protocol.call(client, method, req, opts.timeoutMs);
      } catch (e) {
        throw await session.failure(step, e);
      } finally {
        if (urn) inFlight.delete(urn);
      }
    },
  };
  return session;
}

/** With ICP_GUARD_DEBUG=timing, prints how long each phase of a pack run took, to stderr. */
function phaseTimer(label: string): (phase: string) => void {
  if (!(process.env.ICP_GUARD_DEBUG ?? "").split(",").includes("timing")) return () => {};
  let last = process.hrtime.bigint();
  return (phase) => {
    const now = process.hrtime.bigint();
    process.stderr.write(
      `icp-guard: timing: ${label}: ${phase} ${Number((now - last) / 1_000_000n)} ms\n`,
    );
    last = now;
  };
}

async function rpcFailure(
  s: Pick<SessionBase, "dir" | "protocol" | "opts">,
  pack: PackProcess,
  step: string,
  e: unknown,
  resources: string[],
): Promise<CliError> {
  if (e instanceof CliError) return e;
  // A crash shows as UNAVAILABLE: give the exit a moment to be seen, then report it.
  await new Promise((r) => setTimeout(r, 100));
  const exit = pack.exitStatus();
  const err = e as RpcError;
  const t = cliText();
  let what: string;
  if (exit !== undefined) what = t.packCrashed(exit, step, resources);
  else if (err.code === s.protocol.status.DEADLINE_EXCEEDED)
    what = t.packTimedOut(step, resources, s.opts.timeoutMs);
  else what = t.packCallFailed(step, resources, err.details || errorMessage(e));
  return packFailure(s.dir, what, pack.stderr());
}
