/** How state values are put on the wire (cli/engine/wire.ts), as the engine marshals them. */
import { describe, expect, it } from "vitest";
import { alicloudStackConfig } from "../../cli/alicloud";
import { resolvePulumiDir } from "../../cli/engine/process";
import { loadProtocol } from "../../cli/engine/protocol";
import { Providers, stackRequest, stackResource, toWire } from "../../cli/engine/wire";
import { urnLines } from "../../cli/inputs";
import { RESOURCE_REF_SIG, SECRET_SIG, SIG_KEY, UNKNOWN } from "../../policy-pack/model/sentinels";
import { generateStack } from "../tools/stack-generator";

describe("toWire", () => {
  it("drops undefined and `__` keys, keeps null", () => {
    expect(
      toWire({
        a: undefined,
        __defaults: ["a"],
        b: null,
        c: [1, undefined],
        d: { __meta: "x", e: 1 },
      }),
    ).toEqual({
      b: null,
      c: [1, null],
      d: { e: 1 },
    });
  });

  it("keeps a secret a secret; an encrypted one has an unknown value; a plaintext one is decoded", () => {
    expect(toWire({ [SIG_KEY]: SECRET_SIG, value: "v" })).toEqual({
      [SIG_KEY]: SECRET_SIG,
      value: "v",
    });
    expect(toWire({ [SIG_KEY]: SECRET_SIG, ciphertext: "v1:abc" })).toEqual({
      [SIG_KEY]: SECRET_SIG,
      value: UNKNOWN,
    });
    expect(toWire({ [SIG_KEY]: SECRET_SIG, plaintext: '{"k":[1]}' })).toEqual({
      [SIG_KEY]: SECRET_SIG,
      value: { k: [1] },
    });
  });

  it("sends a resource reference as its id, or its URN without one", () => {
    const urn = "urn:pulumi:s::p::t:i:T::n";
    expect(toWire({ [SIG_KEY]: RESOURCE_REF_SIG, urn, id: "i-1" })).toBe("i-1");
    expect(toWire({ [SIG_KEY]: RESOURCE_REF_SIG, urn })).toBe(urn);
  });
});

describe("alicloudStackConfig", () => {
  it("takes alicloud:region from the default alicloud provider only", () => {
    const provider = (name: string, region: unknown) => ({
      urn: `urn:pulumi:s::p::pulumi:providers:alicloud::${name}`,
      type: "pulumi:providers:alicloud",
      inputs: { region },
    });
    expect(
      alicloudStackConfig([
        provider("explicit", "cn-beijing"),
        provider("default_3_108_0", "cn-hangzhou"),
      ]).config,
    ).toEqual({
      "alicloud:region": "cn-hangzhou",
    });
    expect(alicloudStackConfig([provider("explicit", "cn-beijing")]).config).toEqual({});
    expect(
      alicloudStackConfig([provider("default", { [SIG_KEY]: SECRET_SIG, value: "cn-qingdao" })])
        .config,
    ).toEqual({
      "alicloud:region": "cn-qingdao",
    });
  });

  it("lists a secret region among the secret config keys, decrypted or encrypted", () => {
    const provider = (region: unknown) => ({
      urn: "urn:pulumi:s::p::pulumi:providers:alicloud::default_3_108_0",
      type: "pulumi:providers:alicloud",
      inputs: { region },
    });
    expect(alicloudStackConfig([provider("cn-hangzhou")]).secretKeys).toEqual([]);
    expect(alicloudStackConfig([provider({ [SIG_KEY]: SECRET_SIG, value: "cn-qingdao" })])).toEqual(
      {
        config: { "alicloud:region": "cn-qingdao" },
        secretKeys: ["alicloud:region"],
      },
    );
    expect(
      alicloudStackConfig([provider({ [SIG_KEY]: SECRET_SIG, plaintext: '"cn-beijing"' })]),
    ).toEqual({
      config: { "alicloud:region": "cn-beijing" },
      secretKeys: ["alicloud:region"],
    });
    // Encrypted: the region cannot be known; nothing is handed over.
    expect(alicloudStackConfig([provider({ [SIG_KEY]: SECRET_SIG, ciphertext: "v1:x" })])).toEqual({
      config: {},
      secretKeys: [],
    });
  });
});

describe("stackRequest", () => {
  it("serialises exactly the AnalyzeStack request the protobuf classes would, one resource at a time", () => {
    const protocol = loadProtocol(resolvePulumiDir(`${__dirname}/../..`));
    for (const shape of ["preview", "deployed"] as const) {
      const { states } = generateStack(60, shape);
      const providers = new Providers(protocol, states);
      const whole = new protocol.messages.AnalyzeStackRequest();
      whole.setResourcesList(states.map((st) => stackResource(protocol, st, providers)));
      const streamed = stackRequest(protocol, states, providers).serializeBinary();
      expect(Buffer.from(streamed).equals(Buffer.from(whole.serializeBinary()))).toBe(true);
      const back = protocol.messages.AnalyzeStackRequest.deserializeBinary(streamed);
      expect(back.getResourcesList().map((r) => r.getUrn())).toEqual(states.map((st) => st.urn));
    }
  });
});

describe("stackResource of a preview's new state", () => {
  const protocol = loadProtocol(resolvePulumiDir(`${__dirname}/../..`));
  const S = "urn:pulumi:prod::shop::";
  const provider = (kubeconfig: string) => ({
    urn: `${S}pulumi:providers:kubernetes::ack`,
    type: "pulumi:providers:kubernetes",
    id: UNKNOWN,
    inputs: { kubeconfig },
  });
  const ingress = {
    urn: `${S}kubernetes:networking.k8s.io/v1:Ingress::shop`,
    type: "kubernetes:networking.k8s.io/v1:Ingress",
    inputs: { spec: { rules: [{ host: "shop.example.cn" }] } },
    provider: `${S}pulumi:providers:kubernetes::ack::${UNKNOWN}`,
  };
  const props = (kubeconfig: string) => {
    const states = [provider(kubeconfig), ingress];
    const r = stackResource(protocol, ingress, new Providers(protocol, states));
    return r.getProperties()?.toJavaScript();
  };

  it("sends the inputs when its provider is configured (a provider without preview support)", () => {
    expect(props("apiVersion: v1\n")).toEqual(ingress.inputs);
  });

  it("sends an empty state when its provider's inputs hold an unknown, as the engine records it", () => {
    expect(props(UNKNOWN)).toEqual({});
  });
});

describe("urnLines", () => {
  it("finds the line of each URN, pretty-printed or minified, escapes decoded", () => {
    const doc = [
      { urn: "urn:pulumi:s::p::t:i:T::a", type: "t:i:T" },
      { urn: 'urn:pulumi:s::p::t:i:T::b"q', type: "t:i:T", inputs: { ref: { urn: "x" } } },
    ];
    const pretty = urnLines(JSON.stringify(doc, null, 2));
    expect([...pretty]).toEqual([
      ["urn:pulumi:s::p::t:i:T::a", 3],
      ['urn:pulumi:s::p::t:i:T::b"q', 7],
      ["x", 11],
    ]);
    expect([...urnLines(JSON.stringify(doc))].map(([, line]) => line)).toEqual([1, 1, 1]);
  });
});
