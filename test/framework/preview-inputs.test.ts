/**
 * framework/preview-inputs.ts: a resource whose provider is not configured yet during a preview
 * (a Kubernetes provider whose kubeconfig is an ACK cluster's unknown credential) reaches
 * AnalyzeStack with no properties (the engine records an empty state for it); the pack judges the
 * inputs `Analyze` gave it instead, so its Ingress hosts are still checked. Found under the real
 * Pulumi CLI with examples/ack-ingress.
 */
import { describe, expect, it } from "vitest";
import { PreviewInputs } from "../../policy-pack/framework/preview-inputs";
import { UNKNOWN } from "../../policy-pack/model/sentinels";
import { ALL_POLICIES } from "../../policy-pack/policies/index";
import type { CaseResource } from "../support/policy-case";
import { caseUrn } from "../support/policy-case";
import { runResourcePolicy, runStackPolicy, runtimeFor } from "../support/sdk-harness";

const hostedDomain = ALL_POLICIES.find((p) => p.name === "icp-hosted-domain");
const aResourcePolicy = ALL_POLICIES.find((p) => p.kind === "resource");
if (!hostedDomain || !aResourcePolicy) throw new Error("policies missing");

const INGRESS = "kubernetes:networking.k8s.io/v1:Ingress";
const ingressInputs = {
  apiVersion: "networking.k8s.io/v1",
  kind: "Ingress",
  metadata: { name: "shop" },
  spec: { rules: [{ host: "shop.unfiled.cn" }], tls: [{ hosts: ["shop.unfiled.cn"] }] },
};

/** The stack as the engine shows it in a first preview: the Ingress with an empty state. */
const stack: CaseResource[] = [
  {
    type: "alicloud:cs/managedKubernetes:ManagedKubernetes",
    name: "ack",
    props: { clusterSpec: "ack.pro.small", vswitchIds: [UNKNOWN] },
    provider: { region: "cn-hangzhou" },
  },
  {
    type: "pulumi:providers:kubernetes",
    name: "ack-k8s",
    props: { kubeconfig: UNKNOWN },
    dependencies: ["ack"],
  },
  { type: INGRESS, name: "shop", props: {}, providerRef: "ack-k8s" },
];

/** What Analyze gave the Ingress: its inputs, with the provider's unknown kubeconfig. */
const analyzed = (provider: Record<string, unknown>): CaseResource => ({
  type: INGRESS,
  name: "shop",
  props: ingressInputs,
  provider,
});

describe("inputs of resources whose provider is not configured yet", () => {
  it("an empty Ingress in the stack view is judged by the inputs Analyze gave it", () => {
    const runtime = { ...runtimeFor({}), previewInputs: new PreviewInputs() };
    runResourcePolicy(aResourcePolicy, analyzed({ kubeconfig: UNKNOWN }), runtime);
    expect([...runtime.previewInputs.inputs.keys()]).toEqual([caseUrn(INGRESS, "shop")]);
    const r = runStackPolicy(hostedDomain, stack, runtime);
    expect(r.violations.map((v) => v.urn)).toEqual([caseUrn(INGRESS, "shop")]);
    expect(r.violations[0].message).toContain(
      'Kubernetes Ingress host "shop.unfiled.cn" (registrable domain unfiled.cn) has no ICP filing',
    );
  });

  it("without the note the empty Ingress would pass unseen (what the pack did before)", () => {
    const r = runStackPolicy(hostedDomain, stack, runtimeFor({}));
    expect(r.violations).toEqual([]);
  });

  it("notes nothing for a resource whose provider is configured", () => {
    const runtime = { ...runtimeFor({}), previewInputs: new PreviewInputs() };
    runResourcePolicy(aResourcePolicy, analyzed({ kubeconfig: "apiVersion: v1\n" }), runtime);
    expect(runtime.previewInputs.inputs.size).toBe(0);
  });

  it("keeps a stack view that has properties as the engine sent it", () => {
    const runtime = { ...runtimeFor({}), previewInputs: new PreviewInputs() };
    runResourcePolicy(aResourcePolicy, analyzed({ kubeconfig: UNKNOWN }), runtime);
    const withState = stack.map((r) =>
      r.name === "shop"
        ? { ...r, props: { ...ingressInputs, spec: { rules: [{ host: "shop.example.com" }] } } }
        : r,
    );
    const result = runStackPolicy(hostedDomain, withState, runtime);
    expect(result.violations.map((v) => v.message).join("\n")).not.toContain("unfiled.cn");
  });
});
