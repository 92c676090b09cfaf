/**
 * The phases of one pack run, in the engine's order: configure (Handshake, ConfigureStack,
 * GetAnalyzerInfo, config reconciliation, Configure), analyze (Remediate when a policy is at
 * `remediate`, then Analyze, for every resource) and analyzeStack. session.ts opens the session
 * these run in; pb-map.ts turns the messages into icp-guard's types.
 */
import { CliError, PackStopped } from "../errors";
import type { EnforcementLevel, PackSummary, PolicyMeta, Remediation, Violation } from "../result";
import { rootStackUrn } from "../urn";
import { isLevel, type PolicyConfigMap, reconcilePolicyPackConfig } from "./config";
import {
  configureRequest,
  fromRemediateResponse,
  initialConfigFromInfo,
  notApplicableEntries,
  type PackIdentity,
  policyFromInfo,
  violationFromDiagnostic,
} from "./pb-map";
import type { AnalyzerClient, Protocol, Unary } from "./protocol";
import type { PackRun, PackRunOptions, StackTarget } from "./target";
import { analyzeRequest, type Providers, stackRequest } from "./wire";

/** A started pack and its client, for one stack. */
export interface Session {
  target: StackTarget;
  opts: PackRunOptions;
  dir: string;
  manifest: { version?: string };
  fileConfig?: PolicyConfigMap;
  protocol: Protocol;
  client: AnalyzerClient;
  timing: (phase: string) => void;
  /** One call; a failure (the pack crashed, timed out or refused) becomes a CliError naming it. */
  rpc<Req, Res>(step: string, method: Unary<Req, Res>, req: Req, urn?: string): Promise<Res>;
  /** One call whose failure the caller judges (some are tolerated), with the run's deadline. */
  call<Req, Res>(method: Unary<Req, Res>, req: Req): Promise<Res>;
  /** The CliError for a failed call: the pack crashed, timed out or answered an error. */
  failure(step: string, e: unknown): Promise<CliError>;
}

/** What configure learnt: the pack, its policies' effective levels, and how to attribute results. */
export interface Configured {
  summary: PackSummary;
  pack: PackIdentity;
  /** `"name" (dir)`, for messages. */
  label: string;
  remediating: boolean;
}

/** Per resource, in the target's order. */
export interface Analyzed {
  resourceViolations: Violation[][];
  remediations: Remediation[][];
}

export async function configure(s: Session): Promise<Configured> {
  const { protocol, client, target } = s;
  const m = protocol.messages;

  // Handshake: not implemented by the Node.js policy SDK; the engine tolerates any error here.
  const handshake = new m.AnalyzerHandshakeRequest();
  handshake.setEngineAddress("127.0.0.1:0");
  handshake.setRootDirectory(s.dir);
  handshake.setProgramDirectory(s.dir);
  await s.call(client.handshake, handshake).catch(() => undefined);

  const configureStack = new m.AnalyzerStackConfigureRequest();
  configureStack.setStack(target.identity.stack);
  configureStack.setProject(target.identity.project);
  configureStack.setOrganization(target.identity.organization ?? "");
  configureStack.setDryRun(target.dryRun);
  for (const [k, v] of Object.entries(target.config)) configureStack.getConfigMap().set(k, v);
  configureStack.setConfigSecretKeysList([...(target.secretKeys ?? [])]);
  try {
    await s.call(client.configureStack, configureStack);
  } catch (e) {
    if ((e as { code?: number }).code !== protocol.status.UNIMPLEMENTED) {
      throw await s.failure("ConfigureStack", e);
    }
  }

  const info = await s.rpc("GetAnalyzerInfo", client.getAnalyzerInfo, new protocol.Empty());
  const name = info.getName();
  const version = s.manifest.version ?? info.getVersion();
  const label = `"${name}" (${s.dir})`;
  const policies = info.getPoliciesList().map(policyFromInfo);

  if (!info.getSupportsconfig() && s.opts.configFile) {
    throw new CliError(`policy pack "${name}" at "${s.dir}" does not support config`);
  }
  let levels = new Map<string, EnforcementLevel>(policies.map((p) => [p.name, p.enforcementLevel]));
  if (info.getSupportsconfig()) {
    const initial = initialConfigFromInfo(info);
    const reconciled = reconcilePolicyPackConfig(policies, initial, s.fileConfig);
    if (reconciled.errors.length > 0) {
      const lines = reconciled.errors
        .map((e) => `validating policy config: ${name} ${version}  ${e}`)
        .sort();
      throw new CliError(lines);
    }
    if (reconciled.config.size > 0) {
      const req = configureRequest(protocol, reconciled.config, `"${name}" at "${s.dir}"`);
      await s.rpc("Configure", client.configure, req);
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
  s.timing("configure");
  return {
    summary: { name, version, path: s.dir, policies: metas },
    pack: {
      name,
      version,
      manifestVersion: s.manifest.version,
      metaByName: new Map(metas.map((p) => [p.name, p])),
    },
    label,
    remediating: [...levels.values()].includes("remediate"),
  };
}

/** Remediate (when remediating) and Analyze for every resource, `concurrency` calls in flight. */
export async function analyze(
  s: Session,
  c: Configured,
  providers: Providers,
  notApplicable: PackRun["notApplicable"],
): Promise<Analyzed> {
  const { protocol, client, opts } = s;
  const states = s.target.states;
  const resourceViolations: Violation[][] = states.map(() => []);
  const remediations: Remediation[][] = states.map(() => []);
  await forEachLimit(states, opts.concurrency, opts.signal, async (state, i) => {
    const req = analyzeRequest(protocol, state, providers);
    if (c.remediating) {
      const resp = await s.rpc("Remediate", client.remediate, req, state.urn);
      const found = fromRemediateResponse(resp, state.urn, c.pack);
      resourceViolations[i].push(...found.violations);
      remediations[i].push(...found.remediations);
    }
    const resp = await s.rpc("Analyze", client.analyze, req, state.urn);
    for (const d of resp.getDiagnosticsList()) {
      const v = violationFromDiagnostic(d, state.urn, c.pack);
      if (v) resourceViolations[i].push(v);
    }
    for (const na of notApplicableEntries(resp)) notApplicable.push({ ...na, urn: state.urn });
  });
  if (opts.signal?.aborted) throw new PackStopped(c.label);
  s.timing(`analyze (${states.length} resources)`);
  return { resourceViolations, remediations };
}

/** AnalyzeStack over every resource; violations are attributed as the engine attributes them. */
export async function analyzeStack(
  s: Session,
  c: Configured,
  providers: Providers,
  notApplicable: PackRun["notApplicable"],
): Promise<Violation[]> {
  const { protocol, client, target } = s;
  const states = target.states;
  const stackReq = stackRequest(protocol, states, providers);
  const stackResp = await s.rpc("AnalyzeStack", client.analyzeStack, stackReq);
  const inStack = new Set(states.map((st) => st.urn));
  const root = rootStackUrn(target.urnStack, target.urnProject);
  const stackViolations: Violation[] = [];
  for (const d of stackResp.getDiagnosticsList()) {
    // A URN outside the stack (or none) goes to the root stack.
    const urn = inStack.has(d.getUrn()) ? d.getUrn() : root;
    const v = violationFromDiagnostic(d, urn, c.pack);
    if (v) stackViolations.push(v);
  }
  // Not applicable to the whole stack (the protocol says no more): recorded on the root stack.
  for (const na of notApplicableEntries(stackResp))
    notApplicable.push({ ...na, urn: root, scope: "stack" });
  s.timing("analyzeStack");
  return stackViolations;
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
