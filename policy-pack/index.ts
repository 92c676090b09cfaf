/**
 * The pack entry the Pulumi engine `require`s: it only assembles the PolicyPack. Constructing a
 * PolicyPack starts the gRPC server, so nothing else imports this file.
 */
import * as path from "node:path";
import { PolicyPack } from "@pulumi/policy";
import { registryAudit } from "./framework/audit";
import { patchDeserializer } from "./framework/deserializer-patch";
import { createRuntime, type PackRuntime } from "./framework/runtime";
import { toSdkPolicy } from "./framework/sdk-adapter";
import { ALL_POLICIES } from "./policies";

// dist/policy-pack/index.js → the package root, where icp-registry.yaml may sit beside PulumiPolicy.yaml.
const packDir = path.resolve(__dirname, "..", "..");

let runtime: PackRuntime;
try {
  runtime = createRuntime(process.env, packDir);
} catch (e) {
  // A registry that does not load must stop the preview, never let it pass. stderr only: the
  // engine reads the port from stdout.
  console.error(`alicloud-icp-guard: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

// icp-guard names the registry the pack used in every report, and lists a resource policy's
// checks only for the types it reads (framework/audit.ts).
runtime.audit?.write([
  registryAudit(runtime.registry),
  ...ALL_POLICIES.flatMap((spec) =>
    spec.kind === "resource"
      ? [{ kind: "applies-to" as const, policy: spec.name, types: [...spec.types].sort() }]
      : [],
  ),
]);

patchDeserializer();

new PolicyPack("alicloud-icp-guard", {
  policies: ALL_POLICIES.map((spec) => toSdkPolicy(spec, runtime)),
});
