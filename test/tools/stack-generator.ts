/**
 * Builds large stacks of realistic Alibaba Cloud sites, in the two shapes the engine produces:
 * `preview` (every id and computed address unknown; resources linked only through
 * propertyDependencies, as on a first `pulumi preview`) and `deployed` (ids and addresses known,
 * no propertyDependencies, as in `pulumi stack export`). The same seed gives the same
 * infrastructure in both shapes, with the violations it must produce, so tests can check that
 * both linking modes find the same problems and benchmarks can measure scale. Each site also has
 * a Global Accelerator (listener, endpoint group, Host forwarding rule, domain), an Auto Scaling
 * group behind its CLB with the site's ECS attached, and an ACK cluster with a Kubernetes
 * provider and an Ingress, so linking them is measured at scale too.
 */
import type { ResourceState } from "../../cli/state";

export type StackShape = "preview" | "deployed";

export interface ExpectedViolation {
  policy: string;
  urn: string;
}

export interface GeneratedStack {
  states: ResourceState[];
  expected: ExpectedViolation[];
}

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const STACK = "prod";
const PROJECT = "shop";

/** The registry the generated stacks are checked against. */
export const GENERATED_REGISTRY = `filings:
  - number: 浙ICP备2021012345号-1
    domains: [example.com]
    accessProviders: [alibaba-cloud]
`;

export function urnOf(type: string, name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

/** One site kind per unit, in rotation: what each is and what it must produce. */
const KINDS = ["compliant", "unfiled", "hongkong", "anchor"] as const;

class Builder {
  readonly states: ResourceState[] = [];
  readonly expected: ExpectedViolation[] = [];
  /** Every name is unique in a generated stack, so a name maps to one type (for URNs of refs). */
  private readonly typeOfName = new Map<string, string>();
  constructor(readonly shape: StackShape) {}

  provider(name: string, region: string): string {
    const urn = urnOf("pulumi:providers:alicloud", name);
    this.states.push({
      urn,
      custom: true,
      id: `${name}-id`,
      type: "pulumi:providers:alicloud",
      inputs: { region },
      outputs: { region },
    });
    return `${urn}::${name}-id`;
  }

  /**
   * A Kubernetes provider whose kubeconfig comes from `cluster`: computed from it on a preview
   * (propertyDependencies), a kubeconfig naming the cluster's id when deployed.
   */
  k8sProvider(name: string, cluster: string, clusterId: string): string {
    const urn = urnOf("pulumi:providers:kubernetes", name);
    const deployed = this.shape === "deployed";
    const inputs = {
      kubeconfig: deployed
        ? `apiVersion: v1\nkind: Config\ncontexts:\n- context: {cluster: kubernetes, user: "2748"}\n  name: 2748-${clusterId}\n`
        : UNKNOWN,
    };
    const state: ResourceState = {
      urn,
      custom: true,
      type: "pulumi:providers:kubernetes",
      inputs,
      outputs: inputs,
    };
    if (deployed) state.id = `${name}-id`;
    else
      state.propertyDependencies = {
        kubeconfig: [urnOf(this.typeOfName.get(cluster) ?? "", cluster)],
      };
    this.states.push(state);
    return `${urn}::${deployed ? `${name}-id` : UNKNOWN}`;
  }

  /**
   * Adds a resource. `refs` maps an input to the resource(s) it points at (by name): deployed
   * states carry the target's id (`idOf`), preview states the unknown sentinel plus
   * propertyDependencies. `computed` outputs are known only when deployed.
   */
  add(
    type: string,
    name: string,
    provider: string,
    inputs: Record<string, unknown>,
    opts: { refs?: Record<string, string[]>; computed?: Record<string, unknown>; id?: string } = {},
  ): string {
    const urn = urnOf(type, name);
    const deployed = this.shape === "deployed";
    const props: Record<string, unknown> = { ...inputs };
    const propertyDependencies: Record<string, string[]> = {};
    for (const [field, targets] of Object.entries(opts.refs ?? {})) {
      const value = props[field];
      // A ref placeholder is replaced by the target's id (deployed) or the sentinel (preview).
      props[field] = substitute(value, (t) => (deployed ? idOf(t) : UNKNOWN));
      if (!deployed)
        propertyDependencies[field] = targets.map((t) => urnOf(this.typeOfName.get(t) ?? "", t));
    }
    const outputs: Record<string, unknown> = { ...props };
    for (const [k, v] of Object.entries(opts.computed ?? {})) outputs[k] = deployed ? v : UNKNOWN;
    if (deployed) outputs.id = opts.id ?? idOf(name);
    this.typeOfName.set(name, type);
    const state: ResourceState = {
      urn,
      custom: true,
      type,
      inputs: props,
      outputs,
      provider,
      parent: urnOf("pulumi:pulumi:Stack", `${PROJECT}-${STACK}`),
      dependencies: Object.values(opts.refs ?? {})
        .flat()
        .map((t) => urnOf(this.typeOfName.get(t) ?? "", t)),
    };
    if (deployed) state.id = opts.id ?? idOf(name);
    if (!deployed) state.propertyDependencies = propertyDependencies;
    this.states.push(state);
    return urn;
  }
}

function idOf(name: string): string {
  return `id-${name}`;
}

/** Inputs hold `{ ref: name }` where an id goes; replace each by `f(name)`. */
function substitute(v: unknown, f: (name: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => substitute(x, f));
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.ref === "string" && Object.keys(o).length === 1) return f(o.ref);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, substitute(x, f)]));
  }
  return v;
}

const ref = (name: string) => ({ ref: name });

function site(
  b: Builder,
  i: number,
  kind: (typeof KINDS)[number],
  providers: { hz: string; hk: string },
) {
  const p = kind === "hongkong" ? providers.hk : providers.hz;
  const zone = kind === "hongkong" ? "cn-hongkong-b" : "cn-hangzhou-h";
  const filed = kind === "compliant" || kind === "anchor";
  const domain = filed ? `site${i}.example.com` : `site${i}.unfiled${i}.cn`;
  const ip = `47.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const ecs = `web-${i}`;
  const eip = `eip-${i}`;
  const lb = `clb-${i}`;
  b.add(
    "alicloud:ecs/instance:Instance",
    ecs,
    p,
    {
      availabilityZone: zone,
      instanceType: "ecs.g7.large",
      imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
      instanceChargeType: kind === "unfiled" ? "PostPaid" : "PrePaid",
      period: 12,
      tags: kind === "anchor" ? { "icp:service-code-server": "true" } : {},
    },
    { computed: { publicIp: "" } },
  );
  b.add(
    "alicloud:ecs/eipAddress:EipAddress",
    eip,
    p,
    { bandwidth: "10", paymentType: "PayAsYouGo" },
    { computed: { ipAddress: ip } },
  );
  b.add(
    "alicloud:ecs/eipAssociation:EipAssociation",
    `eip-assoc-${i}`,
    p,
    { allocationId: ref(eip), instanceId: ref(ecs) },
    {
      refs: { allocationId: [eip], instanceId: [ecs] },
    },
  );
  const lbUrn = b.add(
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    lb,
    p,
    {
      addressType: "internet",
      loadBalancerSpec: "slb.s2.small",
    },
    { computed: { address: ip.replace(/^47\./, "39.") } },
  );
  b.add(
    "alicloud:slb/listener:Listener",
    `http-${i}`,
    p,
    {
      loadBalancerId: ref(lb),
      frontendPort: 80,
      backendPort: 8080,
      protocol: "http",
      bandwidth: 10,
    },
    {
      refs: { loadBalancerId: [lb] },
    },
  );
  b.add(
    "alicloud:slb/backendServer:BackendServer",
    `backends-${i}`,
    p,
    { loadBalancerId: ref(lb), backendServers: [{ serverId: ref(ecs), weight: 100 }] },
    {
      refs: { loadBalancerId: [lb], backendServers: [ecs] },
    },
  );
  const recUrn = b.add(
    "alicloud:dns/alidnsRecord:AlidnsRecord",
    `www-${i}`,
    p,
    {
      domainName: domain,
      rr: "www",
      type: "A",
      value: b.shape === "deployed" ? ip : ref(eip),
    },
    b.shape === "deployed" ? {} : { refs: { value: [eip] } },
  );
  const cdnUrn = b.add(
    "alicloud:cdn/domainNew:DomainNew",
    `cdn-${i}`,
    p,
    {
      domainName: `static.${domain}`,
      cdnType: "web",
      scope: kind === "hongkong" ? "overseas" : "domestic",
      sources: [
        {
          type: "ipaddr",
          content: b.shape === "deployed" ? ip : ref(eip),
          port: 80,
          priority: 20,
          weight: 10,
        },
      ],
    },
    b.shape === "deployed" ? {} : { refs: { sources: [eip] } },
  );
  b.add(
    "alicloud:oss/bucket:Bucket",
    `bucket-${i}`,
    p,
    { bucket: `assets-${i}` },
    { computed: { extranetEndpoint: "oss-cn-hangzhou.aliyuncs.com" } },
  );
  const cnameUrn = b.add("alicloud:oss/bucketCname:BucketCname", `cname-${i}`, p, {
    bucket: `assets-${i}`,
    domain: `assets.${domain}`,
  });
  const { ruleUrn, gaDomainUrn } = accelerator(b, i, p, domain, kind === "hongkong");
  // An Auto Scaling group behind the CLB, the site's ECS attached to it: the ECS still decides.
  const asg = `asg-${i}`;
  b.add(
    "alicloud:ess/scalingGroup:ScalingGroup",
    asg,
    p,
    { minSize: 0, maxSize: 4, loadbalancerIds: [ref(lb)] },
    { refs: { loadbalancerIds: [lb] } },
  );
  b.add(
    "alicloud:ess/attachment:Attachment",
    `asg-attach-${i}`,
    p,
    { scalingGroupId: ref(asg), instanceIds: [ref(ecs)] },
    { refs: { scalingGroupId: [asg], instanceIds: [ecs] } },
  );
  // An ACK cluster with an Ingress deployed through a provider built from its kubeconfig.
  const ack = `ack-${i}`;
  // ACK ids are a "c" and hex digits; a deployed kubeconfig names the cluster in its contexts.
  const ackId = `c${(0xa000000 + i).toString(16)}`;
  b.add(
    "alicloud:cs/managedKubernetes:ManagedKubernetes",
    ack,
    p,
    { clusterSpec: "ack.pro.small", zoneIds: [zone] },
    { id: ackId },
  );
  const ingressUrn = b.add(
    "kubernetes:networking.k8s.io/v1:Ingress",
    `ingress-${i}`,
    b.k8sProvider(`k8s-${i}`, ack, ackId),
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "Ingress",
      spec: { rules: [{ host: `app.${domain}` }], tls: [{ hosts: [`app.${domain}`] }] },
    },
  );
  if (kind === "unfiled") {
    b.expected.push(
      { policy: "icp-lb-backend-ecs", urn: lbUrn },
      { policy: "icp-hosted-domain", urn: recUrn },
      { policy: "icp-cdn-domain", urn: cdnUrn },
      { policy: "icp-cdn-origin-access", urn: cdnUrn },
      { policy: "icp-oss-custom-domain", urn: cnameUrn },
      { policy: "icp-ga-domain", urn: ruleUrn },
      { policy: "icp-ga-domain", urn: gaDomainUrn },
      { policy: "icp-hosted-domain", urn: ingressUrn },
    );
  }
}

/** A Global Accelerator forwarding to the site's region: a Host rule and an accelerated domain. */
function accelerator(b: Builder, i: number, p: string, domain: string, hongkong: boolean) {
  const ga = `ga-${i}`;
  const listener = `ga-http-${i}`;
  b.add("alicloud:ga/accelerator:Accelerator", ga, p, { duration: 1, spec: "1" });
  b.add(
    "alicloud:ga/listener:Listener",
    listener,
    p,
    { acceleratorId: ref(ga), protocol: "HTTP", portRanges: [{ fromPort: 80, toPort: 80 }] },
    { refs: { acceleratorId: [ga] } },
  );
  b.add(
    "alicloud:ga/endpointGroup:EndpointGroup",
    `ga-eg-${i}`,
    p,
    {
      acceleratorId: ref(ga),
      listenerId: ref(listener),
      endpointGroupRegion: hongkong ? "cn-hongkong" : "cn-hangzhou",
    },
    { refs: { acceleratorId: [ga], listenerId: [listener] } },
  );
  const ruleUrn = b.add(
    "alicloud:ga/forwardingRule:ForwardingRule",
    `ga-rule-${i}`,
    p,
    {
      acceleratorId: ref(ga),
      listenerId: ref(listener),
      ruleConditions: [{ ruleConditionType: "Host", hostConfigs: [{ values: [`api.${domain}`] }] }],
    },
    { refs: { acceleratorId: [ga], listenerId: [listener] } },
  );
  const gaDomainUrn = b.add(
    "alicloud:ga/domain:Domain",
    `ga-domain-${i}`,
    p,
    { acceleratorId: ref(ga), domain: `ga.${domain}` },
    { refs: { acceleratorId: [ga] } },
  );
  return { ruleUrn, gaDomainUrn };
}

/** Resources per site; a stack of N resources has about N / SITE_SIZE sites. */
export const SITE_SIZE = 20;

export function generateStack(resources: number, shape: StackShape): GeneratedStack {
  const b = new Builder(shape);
  b.states.push({
    urn: urnOf("pulumi:pulumi:Stack", `${PROJECT}-${STACK}`),
    custom: false,
    type: "pulumi:pulumi:Stack",
    inputs: {},
    outputs: {},
  });
  const providers = {
    hz: b.provider("default_3_108_0", "cn-hangzhou"),
    hk: b.provider("hk", "cn-hongkong"),
  };
  const sites = Math.max(1, Math.round(resources / SITE_SIZE));
  for (let i = 0; i < sites; i++) site(b, i, KINDS[i % KINDS.length], providers);
  b.expected.sort((x, y) => (x.policy + x.urn < y.policy + y.urn ? -1 : 1));
  return { states: b.states, expected: b.expected };
}
