/**
 * The resource monitor the program talks to in the child process: it records every request the
 * way the engine receives it and answers as the engine does on a first preview (ids unknown,
 * outputs = inputs, computed outputs left out so the SDK makes them unknown). What a request
 * records, and the wire form of an answer, are in capture-requests.ts.
 *
 * Runs inside the child only. The `@pulumi/pulumi` classes are passed in, loaded from the
 * program's own install: the program's `require("@pulumi/pulumi")` must be the same instance.
 */

import type * as provproto from "@pulumi/pulumi/proto/provider_pb";
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import type * as structproto from "google-protobuf/google/protobuf/struct_pb";
import {
  asError,
  plainArgs,
  registrationOf,
  secretResult,
  toStructInput,
} from "./capture-requests";
import { answerInvoke } from "./data-sources";
import type { MocksSpec } from "./data-sources/mocks";
import type { InvokeRecord, Registration } from "./protocol";

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

export function createCaptureMonitor(classes: PulumiClasses, ctx: CaptureContext): CaptureMonitor {
  const { resproto: rp, provproto: pp, Struct } = classes;

  const propsOf = (s: structproto.Struct | undefined): Record<string, unknown> =>
    s ? s.toJavaScript() : {};

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
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps, key) => {
          propertyDependencies[key] = deps.getUrnsList();
        });
        const inputs = propsOf(req.getObject());
        const reg = registrationOf(
          req,
          {
            op: "register",
            custom: req.getCustom(),
            remote: req.getRemote(),
            protect: req.getProtect() === true,
            id: req.getImportid(),
            propertyDependencies,
            inputs,
          },
          ctx,
        );
        this.record(reg);
        const resp = new rp.RegisterResourceResponse();
        resp.setUrn(reg.urn);
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
        let inputs = propsOf(req.getProperties());
        if (req.getType() === STACK_REFERENCE_TYPE)
          inputs = this.stackReference(inputs, req.getId());
        const own = { custom: true, remote: false, protect: false, propertyDependencies: {} };
        const reg = registrationOf(req, { op: "read", id: req.getId(), inputs, ...own }, ctx);
        this.record(reg);
        const resp = new rp.ReadResourceResponse();
        resp.setUrn(reg.urn);
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

  return new Capture();
}
