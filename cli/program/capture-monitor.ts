/**
 * The resource monitor the program talks to in the child process: it records every request the
 * way the engine receives it and answers as the engine does on a first preview (ids unknown,
 * outputs = inputs, computed outputs left out so the SDK makes them unknown).
 *
 * Runs inside the child only. The `@pulumi/pulumi` classes are passed in, loaded from the
 * program's own install: the program's `require("@pulumi/pulumi")` must be the same instance.
 */

import { fileURLToPath } from "node:url";
import type * as provproto from "@pulumi/pulumi/proto/provider_pb";
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import type * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { SECRET_SIG, SIG_KEY } from "../../policy-pack/model/sentinels";
import { answerInvoke } from "./data-sources";
import type { MocksSpec } from "./data-sources/mocks";
import { isProviderType, resourceUrn, typePackage } from "./engine-rules";
import type { InvokeRecord, Registration, SourceLocation } from "./protocol";

export interface PulumiClasses {
  MockMonitor: typeof MockMonitor;
  resproto: typeof resproto;
  provproto: typeof provproto;
  Struct: typeof structproto.Struct;
}

export interface CaptureContext {
  stack: string;
  project: string;
  /** Version of the installed SDK for a package (`alicloud`), "" when unknown. */
  installedVersion(pkg: string): string;
  /** The program's directory (where `std.file` reads). */
  programDir: string;
  /** The region a data source answers for when its provider names none. */
  region: string;
  mocks?: MocksSpec;
  /** Whether a source file is the program's own (not an installed package, not icp-guard). */
  isProgramFile(file: string): boolean;
}

export interface CaptureMonitor {
  readonly registrations: Registration[];
  readonly outputs: Record<string, Record<string, unknown>>;
  readonly invokes: InvokeRecord[];
  readonly unmockedStackReferences: string[];
}

type Callback = (err: Error | null, response?: unknown) => void;

/**
 * Features the engine advertises that an in-process mock can honour. Output values stay off so
 * inputs carry the plain unknown sentinel (what the engine stores); transforms and hooks need the
 * engine's callback server.
 */
const UNSUPPORTED_FEATURES = new Set([
  "outputValues",
  "transforms",
  "invokeTransforms",
  "resourceHooks",
  "errorHooks",
]);

const GET_RESOURCE_TOKEN = "pulumi:pulumi:getResource";
const STACK_REFERENCE_TYPE = "pulumi:pulumi:StackReference";

interface PositionLike {
  getUri(): string;
  getLine(): number;
  getColumn(): number;
}
interface FrameLike {
  getPc(): PositionLike | undefined;
}
interface Traced {
  getStacktrace?(): { getFramesList(): FrameLike[] } | undefined;
  getSourceposition?(): PositionLike | undefined;
}

/** The first frame of the registration's call stack that is the program's own code. */
function programLocation(req: Traced, ctx: CaptureContext): SourceLocation | undefined {
  const positions: PositionLike[] = [];
  for (const frame of req.getStacktrace?.()?.getFramesList() ?? []) {
    const pc = frame.getPc();
    if (pc) positions.push(pc);
  }
  const own = req.getSourceposition?.();
  if (own) positions.push(own);
  for (const pos of positions) {
    const file = fileOf(pos.getUri());
    if (file && pos.getLine() > 0 && ctx.isProgramFile(file)) {
      return { file, line: pos.getLine(), column: pos.getColumn() };
    }
  }
  return undefined;
}

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return uri.startsWith("/") ? uri : undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Plain values of invoke arguments: secrets unwrapped (and reported), wire form otherwise. */
function plainArgs(value: unknown, secret: { found: boolean }): unknown {
  if (Array.isArray(value)) return value.map((v) => plainArgs(v, secret));
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) {
      secret.found = true;
      return plainArgs(o.value, secret);
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plainArgs(v, secret)]));
  }
  return value;
}

export function createCaptureMonitor(classes: PulumiClasses, ctx: CaptureContext): CaptureMonitor {
  const { resproto: rp, provproto: pp, Struct } = classes;

  const propsOf = (s: structproto.Struct | undefined): Record<string, unknown> =>
    s ? s.toJavaScript() : {};

  const versionFor = (type: string, custom: boolean, requested: string): string => {
    if (requested !== "" || !(custom || isProviderType(type))) return requested;
    return ctx.installedVersion(typePackage(type));
  };

  class Capture extends classes.MockMonitor implements CaptureMonitor {
    readonly registrations: Registration[] = [];
    readonly outputs: Record<string, Record<string, unknown>> = {};
    readonly invokes: InvokeRecord[] = [];
    readonly unmockedStackReferences: string[] = [];

    constructor() {
      // The mocks are never consulted: every method that would call them is overridden.
      super({ call: () => ({}), newResource: () => ({ id: undefined, state: {} }) });
    }

    /** The region a data source is asked in: its explicit provider's, else the stack's. */
    private regionFor(providerRef: string): string {
      if (providerRef !== "") {
        const urn = providerRef.slice(0, providerRef.lastIndexOf("::"));
        const provider = this.registrations.find((r) => r.urn === urn);
        const region = provider?.inputs.region;
        if (typeof region === "string" && region !== "" && !region.startsWith("04da6b54"))
          return region;
      }
      return ctx.region;
    }

    private record(reg: Registration): void {
      this.registrations.push(reg);
      this.resources.set(reg.urn, {
        urn: reg.urn,
        id: reg.id === "" ? null : reg.id,
        state: reg.inputs,
      });
    }

    override async registerResource(
      req: resproto.RegisterResourceRequest,
      callback: Callback,
    ): Promise<void> {
      try {
        const type = req.getType();
        const custom = req.getCustom();
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps, key) => {
          propertyDependencies[key] = deps.getUrnsList();
        });
        const inputs = propsOf(req.getObject());
        const urn = resourceUrn(ctx.stack, ctx.project, req.getParent(), type, req.getName());
        this.record({
          op: "register",
          urn,
          type,
          name: req.getName(),
          custom,
          parent: req.getParent(),
          provider: req.getProvider(),
          version: versionFor(type, custom, req.getVersion()),
          pluginDownloadUrl: req.getPlugindownloadurl(),
          remote: req.getRemote(),
          protect: req.getProtect() === true,
          id: req.getImportid(),
          dependencies: req.getDependenciesList(),
          propertyDependencies,
          inputs,
          ...located(req as unknown as Traced),
        });
        const resp = new rp.RegisterResourceResponse();
        resp.setUrn(urn);
        resp.setId(req.getImportid()); // "" reads as an unknown id during a preview
        resp.setObject(Struct.fromJavaScript(toStructInput(inputs)));
        callback(null, resp);
      } catch (e) {
        callback(asError(e));
      }
    }

    override async readResource(
      req: resproto.ReadResourceRequest,
      callback: Callback,
    ): Promise<void> {
      try {
        const type = req.getType();
        let inputs = propsOf(req.getProperties());
        if (type === STACK_REFERENCE_TYPE) inputs = this.stackReference(inputs, req.getId());
        const urn = resourceUrn(ctx.stack, ctx.project, req.getParent(), type, req.getName());
        this.record({
          op: "read",
          urn,
          type,
          name: req.getName(),
          custom: true,
          parent: req.getParent(),
          provider: req.getProvider(),
          version: versionFor(type, true, req.getVersion()),
          pluginDownloadUrl: req.getPlugindownloadurl(),
          remote: false,
          protect: false,
          id: req.getId(),
          dependencies: req.getDependenciesList(),
          propertyDependencies: {},
          inputs,
          ...located(req as unknown as Traced),
        });
        const resp = new rp.ReadResourceResponse();
        resp.setUrn(urn);
        resp.setProperties(Struct.fromJavaScript(toStructInput(inputs)));
        callback(null, resp);
      } catch (e) {
        callback(asError(e));
      }
    }

    /** A StackReference's outputs come from --mocks; without them it has none. */
    private stackReference(inputs: Record<string, unknown>, id: string): Record<string, unknown> {
      const name = typeof inputs.name === "string" ? inputs.name : id;
      const outputs = ctx.mocks?.stackReferences[name];
      if (!outputs && !this.unmockedStackReferences.includes(name))
        this.unmockedStackReferences.push(name);
      return { ...inputs, name, outputs: outputs ?? {}, secretOutputNames: [] };
    }

    override async invoke(req: resproto.ResourceInvokeRequest, callback: Callback): Promise<void> {
      const token = req.getTok();
      if (token === GET_RESOURCE_TOKEN) return super.invoke(req, callback);
      // Data sources would query the cloud: answered from --mocks, built-ins, or with nothing.
      try {
        const secret = { found: false };
        const args = plainArgs(propsOf(req.getArgs()), secret) as Record<string, unknown>;
        const { answer, result } = answerInvoke(token, args, {
          region: this.regionFor(req.getProvider()),
          programDir: ctx.programDir,
          mocks: ctx.mocks,
        });
        this.invokes.push({ token, answer });
        // A result computed from a secret stays secret.
        const value = secret.found && answer === "builtin" ? secretResult(result) : result;
        const resp = new pp.InvokeResponse();
        resp.setReturn(Struct.fromJavaScript(toStructInput(value)));
        callback(null, resp);
      } catch (e) {
        this.invokes.push({ token, answer: "builtin" });
        callback(asError(e));
      }
    }

    /** Methods on resources (`Call`); `MockMonitor` lacks it. */
    call(req: resproto.ResourceCallRequest, callback: Callback): void {
      this.invokes.push({ token: req.getTok(), answer: "empty" });
      const resp = new pp.CallResponse();
      resp.setReturn(Struct.fromJavaScript({}));
      callback(null, resp);
    }

    override registerResourceOutputs(
      req: resproto.RegisterResourceOutputsRequest,
      callback: Callback,
    ): void {
      this.outputs[req.getUrn()] = propsOf(req.getOutputs());
      callback(null, {});
    }

    override supportsFeature(req: resproto.SupportsFeatureRequest, callback: Callback): void {
      const supported = !UNSUPPORTED_FEATURES.has(req.getId());
      callback(null, { getHassupport: () => supported });
    }
  }

  const located = (req: Traced): { location?: SourceLocation } => {
    const location = programLocation(req, ctx);
    return location ? { location } : {};
  };

  return new Capture();
}

/** `{ result: x }` with each top-level value wrapped as a secret. */
function secretResult(result: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(result).map(([k, v]) => [k, { [SIG_KEY]: SECRET_SIG, value: v }]),
  );
}

type StructInput = Parameters<typeof structproto.Struct.fromJavaScript>[0];

/** Struct values are JSON values; `toJavaScript` produced them, so this only restates the type. */
function toStructInput(props: Record<string, unknown>): StructInput {
  return JSON.parse(JSON.stringify(props));
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
