/**
 * The resource monitor the program talks to in the child process: it records every request the
 * way the engine receives it and answers as the engine does on a first preview (ids unknown,
 * outputs = inputs, computed outputs left out so the SDK makes them unknown).
 *
 * Runs inside the child only. The `@pulumi/pulumi` classes are passed in, loaded from the
 * program's own install: the program's `require("@pulumi/pulumi")` must be the same instance.
 */

import type * as provproto from "@pulumi/pulumi/proto/provider_pb";
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import type * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { isProviderType, resourceUrn, typePackage } from "./engine-rules";
import type { Registration } from "./protocol";

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
}

export interface CaptureMonitor {
  readonly registrations: Registration[];
  readonly outputs: Record<string, Record<string, unknown>>;
  readonly invokes: string[];
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
    readonly invokes: string[] = [];

    constructor() {
      // The mocks are never consulted: every method that would call them is overridden.
      super({ call: () => ({}), newResource: () => ({ id: undefined, state: {} }) });
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
        const inputs = propsOf(req.getProperties());
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
        });
        const resp = new rp.ReadResourceResponse();
        resp.setUrn(urn);
        resp.setProperties(Struct.fromJavaScript(toStructInput(inputs)));
        callback(null, resp);
      } catch (e) {
        callback(asError(e));
      }
    }

    override async invoke(req: resproto.ResourceInvokeRequest, callback: Callback): Promise<void> {
      if (req.getTok() === GET_RESOURCE_TOKEN) return super.invoke(req, callback);
      this.invokes.push(req.getTok());
      // Data sources would query the cloud: an offline preview answers every one with nothing.
      const resp = new pp.InvokeResponse();
      resp.setReturn(Struct.fromJavaScript({}));
      callback(null, resp);
    }

    /** Methods on resources (`Call`); `MockMonitor` lacks it. */
    call(req: resproto.ResourceCallRequest, callback: Callback): void {
      this.invokes.push(req.getTok());
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

type StructInput = Parameters<typeof structproto.Struct.fromJavaScript>[0];

/** Struct values are JSON values; `toJavaScript` produced them, so this only restates the type. */
function toStructInput(props: Record<string, unknown>): StructInput {
  return JSON.parse(JSON.stringify(props));
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
