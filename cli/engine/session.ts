/**
 * One policy pack run over one stack, in the engine's order: Handshake, ConfigureStack,
 * GetAnalyzerInfo, config reconciliation, Configure, then Remediate (when a policy is at
 * `remediate`) and Analyze for every resource, then AnalyzeStack.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  AUDIT_FILE_ENV,
  type AuditRecord,
  parseAuditRecords,
} from "../../policy-pack/framework/audit";
import { CliError, errorMessage } from "../errors";
import { cliLang, cliText } from "../i18n";
import { withOutputHint } from "../output-text";
import type {
  EnforcementLevel,
  PackSummary,
  PolicyMeta,
  Remediation,
  Severity,
  Violation,
} from "../result";
import type { ResourceState } from "../state";
import { rootStackUrn } from "../urn";
import {
  isLevel,
  loadPolicyPackConfigFile,
  type PolicyConfigMap,
  type PolicyForConfig,
  reconcilePolicyPackConfig,
} from "./config";
import { readPolicyManifest } from "./manifest";
import { launchPack, type PackProcess, packFailure, resolvePulumiDir } from "./process";
import {
  type AnalyzerClient,
  type AnalyzerPb,
  loadProtocol,
  type Protocol,
  type RpcError,
} from "./protocol";
import { analyzeRequest, Providers, stackResource } from "./wire";

export interface StackIdentity {
  organization?: string;
  project: string;
  stack: string;
}

/** The resources of one stack, checked together (AnalyzeStack sees exactly these). */
export interface StackTarget {
  identity: StackIdentity;
  /** The stack and project of the URNs (for the root stack URN). */
  urnStack: string;
  urnProject: string;
  dryRun: boolean;
  states: ResourceState[];
  /** Stack configuration handed to the pack (`PULUMI_CONFIG`, ConfigureStack). */
  config: Record<string, string>;
}

export interface PackRunOptions {
  dir: string;
  configFile?: string;
  registry?: string;
  timeoutMs: number;
  concurrency: number;
  signal?: AbortSignal;
}

export interface PackRun {
  summary: PackSummary;
  /** Per resource (same index as the target's states). */
  resourceViolations: Violation[][];
  remediations: Remediation[][];
  stackViolations: Violation[];
  /**
   * What the pack reported as not applicable through the protocol: per resource (Analyze), or
   * for the whole stack (AnalyzeStack, `urn` the root stack's).
   */
  notApplicable: Array<{ policy: string; urn: string; reason: string; scope?: "stack" }>;
  /** What the pack recorded in its audit file (policy-pack/framework/audit.ts), if anything. */
  audit: AuditRecord[];
  stderr: string;
}

const LEVEL_NUMBERS: Record<EnforcementLevel, number> = {
  advisory: 0,
  mandatory: 1,
  disabled: 2,
  remediate: 3,
};
const LEVEL_NAMES: Record<number, EnforcementLevel> = {
  0: "advisory",
  1: "mandatory",
  2: "disabled",
  3: "remediate",
};
const SEVERITIES: Record<number, Severity> = { 1: "low", 2: "medium", 3: "high", 4: "critical" };

/**
 * The pack's environment, as the nodejs language host and the engine's constructEnv set it, plus
 * the registry icp-guard chose (none: the pack falls back to its own folder) and the audit file.
 */
export function packEnv(
  target: StackTarget,
  registry: string | undefined,
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
      env: packEnv(target, opts.registry, auditFile),
      timeoutMs: opts.timeoutMs,
    });
    timing("start");
    const client = protocol.connect(pack.port);
    try {
      const run = await drive(target, opts, {
        dir,
        manifest,
        fileConfig,
        protocol,
        pack,
        client,
        timing,
      });
      run.audit = readAudit(auditFile);
      return run;
    } finally {
      client.close();
      await pack.stop();
    }
  } finally {
    fs.rmSync(auditDir, { recursive: true, force: true });
  }
}

function readAudit(file: string): AuditRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return []; // a pack that keeps no audit (any pack but ours) writes nothing
  }
  return parseAuditRecords(text);
}

interface Session {
  dir: string;
  manifest: { version?: string };
  fileConfig?: PolicyConfigMap;
  protocol: Protocol;
  pack: PackProcess;
  client: AnalyzerClient;
  timing: (phase: string) => void;
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

async function drive(target: StackTarget, opts: PackRunOptions, s: Session): Promise<PackRun> {
  const { protocol, client } = s;
  const m = protocol.messages;
  // Resources whose Remediate/Analyze is in flight: when the pack dies, any of them may be the cause.
  const inFlight = new Set<string>();
  const rpc = async <Req, Res>(
    step: string,
    method: (
      req: Req,
      md: unknown,
      o: { deadline: Date },
      cb: (e: RpcError | null, r?: Res) => void,
    ) => unknown,
    req: Req,
    urn?: string,
  ): Promise<Res> => {
    if (urn) inFlight.add(urn);
    try {
      return await protocol.call(client, method, req, opts.timeoutMs);
    } catch (e) {
      throw await rpcFailure(s, step, e, opts.timeoutMs, [...inFlight]);
    } finally {
      if (urn) inFlight.delete(urn);
    }
  };

  // Handshake: not implemented by the Node.js policy SDK; the engine tolerates any error here.
  const handshake = new m.AnalyzerHandshakeRequest();
  handshake.setEngineAddress("127.0.0.1:0");
  handshake.setRootDirectory(s.dir);
  handshake.setProgramDirectory(s.dir);
  await protocol.call(client, client.handshake, handshake, opts.timeoutMs).catch(() => undefined);

  const configureStack = new m.AnalyzerStackConfigureRequest();
  configureStack.setStack(target.identity.stack);
  configureStack.setProject(target.identity.project);
  configureStack.setOrganization(target.identity.organization ?? "");
  configureStack.setDryRun(target.dryRun);
  for (const [k, v] of Object.entries(target.config)) configureStack.getConfigMap().set(k, v);
  try {
    await protocol.call(client, client.configureStack, configureStack, opts.timeoutMs);
  } catch (e) {
    if ((e as RpcError).code !== protocol.status.UNIMPLEMENTED) {
      throw await rpcFailure(s, "ConfigureStack", e, opts.timeoutMs, []);
    }
  }

  const info = await rpc("GetAnalyzerInfo", client.getAnalyzerInfo, new protocol.Empty());
  const name = info.getName();
  const version = s.manifest.version ?? info.getVersion();
  const label = `"${name}" (${s.dir})`;
  const policies = info.getPoliciesList().map(policyFromInfo);

  if (!info.getSupportsconfig() && opts.configFile) {
    throw new CliError(`policy pack "${name}" at "${s.dir}" does not support config`);
  }
  let levels = new Map<string, EnforcementLevel>(policies.map((p) => [p.name, p.enforcementLevel]));
  if (info.getSupportsconfig()) {
    const initial: PolicyConfigMap = new Map();
    info.getInitialconfigMap().forEach((pc, key) => {
      // As the engine decodes it: a PolicyConfig without a level reads as ADVISORY (0).
      const props = pc.getProperties()?.toJavaScript();
      initial.set(key, {
        enforcementLevel: LEVEL_NAMES[pc.getEnforcementlevel()] ?? "",
        properties: props,
      });
    });
    const reconciled = reconcilePolicyPackConfig(policies, initial, s.fileConfig);
    if (reconciled.errors.length > 0) {
      const lines = reconciled.errors
        .map((e) => `validating policy config: ${name} ${version}  ${e}`)
        .sort();
      throw new CliError(lines);
    }
    if (reconciled.config.size > 0) {
      const req = new m.ConfigureAnalyzerRequest();
      for (const [key, pc] of reconciled.config) {
        if (!isLevel(pc.enforcementLevel)) {
          throw new CliError(
            `configuring policy pack "${name}" at "${s.dir}": invalid enforcement level ${JSON.stringify(pc.enforcementLevel)} for ${JSON.stringify(key)}`,
          );
        }
        const msg = new m.PolicyConfig();
        msg.setEnforcementlevel(LEVEL_NUMBERS[pc.enforcementLevel]);
        msg.setProperties(protocol.Struct.fromJavaScript(jsonClone(pc.properties ?? {})));
        req.getPolicyconfigMap().set(key, msg);
      }
      await rpc("Configure", client.configure, req);
      levels = new Map(
        policies.map((p) => {
          const level = reconciled.config.get(p.name)?.enforcementLevel;
          return [p.name, isLevel(level) ? level : p.enforcementLevel];
        }),
      );
    }
  }

  const metas: PolicyMeta[] = policies.map((p) => ({
    ...p.meta,
    enforcementLevel: levels.get(p.name) ?? p.enforcementLevel,
  }));
  const metaByName = new Map(metas.map((p) => [p.name, p]));
  const lang = cliLang();
  const summary: PackSummary = { name, version, path: s.dir, policies: metas };
  const toViolation = (d: AnalyzerPb.AnalyzeDiagnostic, urn: string): Violation | undefined => {
    const level = LEVEL_NAMES[d.getEnforcementlevel()];
    if (level === "disabled" || level === undefined) return undefined;
    const policyName = d.getPolicyname();
    return {
      policyPack: d.getPolicypackname() || name,
      policyPackVersion: s.manifest.version ?? d.getPolicypackversion() ?? version,
      policyName,
      enforcementLevel: level === "advisory" ? "advisory" : "mandatory",
      severity: SEVERITIES[d.getSeverity()] ?? metaByName.get(policyName)?.severity,
      urn,
      message: withOutputHint(d.getMessage(), lang),
    };
  };

  const states = target.states;
  const providers = new Providers(protocol, states);
  const notApplicable: PackRun["notApplicable"] = [];
  const markNotApplicable = (
    resp: { getNotApplicableList(): AnalyzerPb.PolicyNotApplicable[] },
    urn: string,
    scope?: "stack",
  ) => {
    for (const na of resp.getNotApplicableList()) {
      const entry = {
        policy: na.getPolicyName(),
        urn,
        reason: withOutputHint(na.getReason(), lang),
      };
      notApplicable.push(scope ? { ...entry, scope } : entry);
    }
  };
  const resourceViolations: Violation[][] = states.map(() => []);
  const remediations: Remediation[][] = states.map(() => []);
  const remediating = [...levels.values()].includes("remediate");

  s.timing("configure");
  await forEachLimit(states, opts.concurrency, opts.signal, async (state, i) => {
    const req = analyzeRequest(protocol, state, providers);
    if (remediating) {
      const resp = await rpc("Remediate", client.remediate, req, state.urn);
      for (const r of resp.getRemediationsList()) {
        if (r.getDiagnostic() !== "") {
          resourceViolations[i].push({
            policyPack: r.getPolicypackname() || name,
            policyPackVersion: version,
            policyName: r.getPolicyname(),
            enforcementLevel: "advisory",
            severity: metaByName.get(r.getPolicyname())?.severity,
            urn: state.urn,
            message: r.getDiagnostic(),
          });
        } else if (r.getProperties()) {
          remediations[i].push({
            policyPack: r.getPolicypackname() || name,
            policyPackVersion: version,
            policyName: r.getPolicyname(),
            urn: state.urn,
            description: r.getDescription(),
          });
        }
      }
    }
    const resp = await rpc("Analyze", client.analyze, req, state.urn);
    for (const d of resp.getDiagnosticsList()) {
      const v = toViolation(d, state.urn);
      if (v) resourceViolations[i].push(v);
    }
    markNotApplicable(resp, state.urn);
  });
  if (opts.signal?.aborted) throw new CliError(`policy pack ${label}: stopped`);

  s.timing(`analyze (${states.length} resources)`);
  const stackReq = new m.AnalyzeStackRequest();
  stackReq.setResourcesList(states.map((st) => stackResource(protocol, st, providers)));
  const stackResp = await rpc("AnalyzeStack", client.analyzeStack, stackReq);
  const inStack = new Set(states.map((st) => st.urn));
  const root = rootStackUrn(target.urnStack, target.urnProject);
  const stackViolations: Violation[] = [];
  for (const d of stackResp.getDiagnosticsList()) {
    // As the engine attributes them: a URN outside the stack (or none) goes to the root stack.
    const urn = inStack.has(d.getUrn()) ? d.getUrn() : root;
    const v = toViolation(d, urn);
    if (v) stackViolations.push(v);
  }
  markNotApplicable(stackResp, root, "stack");

  s.timing("analyzeStack");
  return {
    summary,
    resourceViolations,
    remediations,
    stackViolations,
    notApplicable,
    audit: [],
    stderr: s.pack.stderr(),
  };
}

interface PolicyInfoRead extends PolicyForConfig {
  meta: Omit<PolicyMeta, "enforcementLevel">;
}

function policyFromInfo(p: AnalyzerPb.PolicyInfo): PolicyInfoRead {
  const schema = p.getConfigschema();
  const kind = p.getPolicyType() === 1 ? "resource" : p.getPolicyType() === 2 ? "stack" : "unknown";
  const meta: Omit<PolicyMeta, "enforcementLevel"> = {
    name: p.getName(),
    description: p.getDescription(),
    kind,
    tags: p.getTagsList(),
  };
  if (p.getDisplayname()) meta.displayName = p.getDisplayname();
  const severity = SEVERITIES[p.getSeverity()];
  if (severity) meta.severity = severity;
  if (p.getRemediationSteps()) meta.remediationSteps = p.getRemediationSteps();
  if (p.getUrl()) meta.url = p.getUrl();
  return {
    name: p.getName(),
    enforcementLevel: LEVEL_NAMES[p.getEnforcementlevel()] ?? "advisory",
    configSchema: schema
      ? {
          properties: schema.getProperties()?.toJavaScript() ?? {},
          required: schema.getRequiredList(),
        }
      : undefined,
    meta,
  };
}

async function rpcFailure(
  s: Session,
  step: string,
  e: unknown,
  timeoutMs: number,
  resources: string[],
): Promise<CliError> {
  if (e instanceof CliError) return e;
  // A crash shows as UNAVAILABLE: give the exit a moment to be seen, then report it.
  await new Promise((r) => setTimeout(r, 100));
  const exit = s.pack.exitStatus();
  const err = e as RpcError;
  const t = cliText();
  let what: string;
  if (exit !== undefined) what = t.packCrashed(exit, step, resources);
  else if (err.code === s.protocol.status.DEADLINE_EXCEEDED)
    what = t.packTimedOut(step, resources, timeoutMs);
  else what = t.packCallFailed(step, resources, err.details || errorMessage(e));
  return packFailure(s.dir, what, s.pack.stderr());
}

async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal | undefined,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && !signal?.aborted && next < items.length) {
      const i = next++;
      try {
        await fn(items[i], i);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

function jsonClone(v: Record<string, unknown>): {
  [key: string]: null | number | string | boolean | object;
} {
  return JSON.parse(JSON.stringify(v));
}
