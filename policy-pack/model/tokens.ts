/**
 * Every Pulumi type token the pack matches, as plain strings: loading `@pulumi/alicloud` at run
 * time costs pack start-up, and a token is all a policy needs. Each one was checked against the
 * installed SDK's `static __pulumiType` (3.108); 26 tokens differ from their file paths, so never
 * derive one from a path. Deprecated classes still emit their own tokens, hence the alias pairs.
 * Keys are `<module><Class>`, shortened where the module repeats in the class name.
 */

export const T = {
  // Compute that can give an ICP service code, and what is bound to it.
  ecsInstance: "alicloud:ecs/instance:Instance",
  ecsInstanceSet: "alicloud:ecs/ecsInstanceSet:EcsInstanceSet",
  sasInstance: "alicloud:simpleapplicationserver/instance:Instance",
  ecsEipAddress: "alicloud:ecs/eipAddress:EipAddress",
  /** Deprecated alias of ecsEipAddress. */
  ecsEip: "alicloud:ecs/eip:Eip",
  ecsEipAssociation: "alicloud:ecs/eipAssociation:EipAssociation",
  eciContainerGroup: "alicloud:eci/containerGroup:ContainerGroup",

  // Classic load balancer (CLB): `slb.ApplicationLoadBalancer` is CLB, not ALB.
  slbApplicationLoadBalancer: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
  /** Deprecated older name of slbApplicationLoadBalancer. */
  slbLoadBalancer: "alicloud:slb/loadBalancer:LoadBalancer",
  slbBackendServer: "alicloud:slb/backendServer:BackendServer",
  slbAttachment: "alicloud:slb/attachment:Attachment",
  slbServerGroup: "alicloud:slb/serverGroup:ServerGroup",
  slbServerGroupServerAttachment:
    "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment",
  slbMasterSlaveServerGroup: "alicloud:slb/masterSlaveServerGroup:MasterSlaveServerGroup",
  slbListener: "alicloud:slb/listener:Listener",
  slbDomainExtension: "alicloud:slb/domainExtension:DomainExtension",
  slbRule: "alicloud:slb/rule:Rule",

  // Application load balancer.
  albLoadBalancer: "alicloud:alb/loadBalancer:LoadBalancer",
  albServerGroup: "alicloud:alb/serverGroup:ServerGroup",
  albListener: "alicloud:alb/listener:Listener",
  albRule: "alicloud:alb/rule:Rule",

  // Network load balancer.
  nlbLoadBalancer: "alicloud:nlb/loadBalancer:LoadBalancer",
  nlbServerGroup: "alicloud:nlb/serverGroup:ServerGroup",
  nlbServerGroupServerAttachment:
    "alicloud:nlb/serverGroupServerAttachment:ServerGroupServerAttachment",
  nlbListener: "alicloud:nlb/listener:Listener",

  // Object storage.
  ossBucket: "alicloud:oss/bucket:Bucket",
  ossBucketCname: "alicloud:oss/bucketCname:BucketCname",

  // Content delivery.
  cdnDomainNew: "alicloud:cdn/domainNew:DomainNew",
  /** Deprecated legacy form of cdnDomainNew. */
  cdnDomain: "alicloud:cdn/domain:Domain",
  cdnDomainConfig: "alicloud:cdn/domainConfig:DomainConfig",
  dcdnDomain: "alicloud:dcdn/domain:Domain",
  scdnDomain: "alicloud:scdn/domain:Domain",
  vodDomain: "alicloud:vod/domain:Domain",
  liveDomain: "alicloud:live/domain:Domain",
  esaSite: "alicloud:esa/site:Site",
  esaCertificate: "alicloud:esa/certificate:Certificate",

  // Web application firewall: `waf.*` is the deprecated WAF 2.0 family, `wafv3.*` its successor.
  wafInstance: "alicloud:waf/instance:Instance",
  wafDomain: "alicloud:waf/domain:Domain",
  wafv3Instance: "alicloud:wafv3/instance:Instance",
  wafv3Domain: "alicloud:wafv3/domain:Domain",

  // Anti-DDoS.
  ddosCooInstance: "alicloud:ddos/ddosCooInstance:DdosCooInstance",
  /** Deprecated alias of ddosCooInstance. */
  dnsDdosCooInstance: "alicloud:dns/ddosCooInstance:DdosCooInstance",
  ddosBgpInstance: "alicloud:ddos/ddosBgpInstance:DdosBgpInstance",
  /** Deprecated alias of ddosBgpInstance. */
  dnsDdosBgpInstance: "alicloud:dns/ddosBgpInstance:DdosBgpInstance",
  ddosDomainResource: "alicloud:ddos/domainResource:DomainResource",

  // Container service.
  csManagedKubernetes: "alicloud:cs/managedKubernetes:ManagedKubernetes",
  /** Deprecated. */
  csKubernetes: "alicloud:cs/kubernetes:Kubernetes",
  /** Deprecated. */
  csServerlessKubernetes: "alicloud:cs/serverlessKubernetes:ServerlessKubernetes",
  csNodePool: "alicloud:cs/nodePool:NodePool",

  // Custom domains of serverless products.
  fcCustomDomain: "alicloud:fc/customDomain:CustomDomain",
  fcV3CustomDomain: "alicloud:fc/v3CustomDomain:V3CustomDomain",
  apigDomain: "alicloud:apig/domain:Domain",

  // DNS.
  dnsAlidnsRecord: "alicloud:dns/alidnsRecord:AlidnsRecord",
  /** Deprecated legacy form of dnsAlidnsRecord. */
  dnsRecord: "alicloud:dns/record:Record",

  // Issue 11 (one block, to merge with the per-token table): Global Accelerator, Auto Scaling,
  // Serverless App Engine. The accelerator has no region of its own; its endpoint groups do.
  gaAccelerator: "alicloud:ga/accelerator:Accelerator",
  gaBasicAccelerator: "alicloud:ga/basicAccelerator:BasicAccelerator",
  gaListener: "alicloud:ga/listener:Listener",
  gaEndpointGroup: "alicloud:ga/endpointGroup:EndpointGroup",
  gaBasicEndpointGroup: "alicloud:ga/basicEndpointGroup:BasicEndpointGroup",
  gaForwardingRule: "alicloud:ga/forwardingRule:ForwardingRule",
  gaDomain: "alicloud:ga/domain:Domain",
  essScalingGroup: "alicloud:ess/scalingGroup:ScalingGroup",
  essAttachment: "alicloud:ess/attachment:Attachment",
  essScalingGroupVServerGroups: "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups",
  essAlbServerGroupAttachment: "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
  essServerGroupAttachment: "alicloud:ess/serverGroupAttachment:ServerGroupAttachment",
  saeApplication: "alicloud:sae/application:Application",
  saeIngress: "alicloud:sae/ingress:Ingress",
} as const;

export type AlicloudToken = (typeof T)[keyof typeof T];

/** The resource type of an alicloud provider (the class's own `__pulumiType` is just `alicloud`). */
export const PROVIDER = "pulumi:providers:alicloud";

function set(...tokens: string[]): ReadonlySet<string> {
  return new Set(tokens);
}

/** Domains served by coverage (scope) rather than by region (docs/scope.md). */
export const CDN_FAMILY = set(
  T.cdnDomainNew,
  T.cdnDomain,
  T.dcdnDomain,
  T.scdnDomain,
  T.vodDomain,
  T.liveDomain,
  T.esaSite,
);
/** CDN domains whose origins the pack follows (`icp-cdn-origin-access`). */
export const CDN_ORIGIN_DOMAINS = set(T.cdnDomainNew, T.cdnDomain, T.dcdnDomain);
export const ECS_LIKE = set(T.ecsInstance, T.ecsInstanceSet);
export const SAS = set(T.sasInstance);
/** Standalone servers that can give an ICP service code (not `cs.NodePool`). */
export const ELIGIBLE_SERVERS = set(T.ecsInstance, T.ecsInstanceSet, T.sasInstance);
export const EIP = set(T.ecsEipAddress, T.ecsEip);
export const CLB = set(T.slbApplicationLoadBalancer, T.slbLoadBalancer);
export const ALB = set(T.albLoadBalancer);
export const NLB = set(T.nlbLoadBalancer);
export const LOAD_BALANCERS = set(...CLB, ...ALB, ...NLB);
export const CLB_BACKEND_LINKS = set(
  T.slbBackendServer,
  T.slbAttachment,
  T.slbServerGroup,
  T.slbServerGroupServerAttachment,
  T.slbMasterSlaveServerGroup,
);
export const LISTENERS = set(T.slbListener, T.albListener, T.nlbListener);
export const K8S_CLUSTERS = set(T.csManagedKubernetes, T.csKubernetes, T.csServerlessKubernetes);
export const DDOS_INSTANCES = set(T.ddosCooInstance, T.dnsDdosCooInstance);
export const DDOS_BGP_INSTANCES = set(T.ddosBgpInstance, T.dnsDdosBgpInstance);
export const DNS_RECORDS = set(T.dnsAlidnsRecord, T.dnsRecord);
export const FC_DOMAINS = set(T.fcCustomDomain, T.fcV3CustomDomain);
export const APIG_DOMAINS = set(T.apigDomain);
export const WAF_DOMAINS = set(T.wafv3Domain, T.wafDomain);
export const WAF_INSTANCES = set(T.wafv3Instance, T.wafInstance);
/** The only resources with their own `region` input (every other takes its provider's). */
export const OWN_REGION = set(T.wafInstance, T.liveDomain, T.esaCertificate);

// Issue 11: Global Accelerator, Auto Scaling and Kubernetes (`@pulumi/kubernetes` 4.x tokens;
// matched as strings like the Alibaba ones, the package is never loaded by the pack).
export const GA_ACCELERATORS = set(T.gaAccelerator, T.gaBasicAccelerator);
export const GA_ENDPOINT_GROUPS = set(T.gaEndpointGroup, T.gaBasicEndpointGroup);
/** Resources that declare a domain served by a Global Accelerator. */
export const GA_DOMAINS = set(T.gaDomain, T.gaForwardingRule);
/** Links that put an Auto Scaling group's instances behind a load balancer (or server group). */
export const ESS_LB_LINKS = set(
  T.essScalingGroupVServerGroups,
  T.essAlbServerGroupAttachment,
  T.essServerGroupAttachment,
);
export const ESS_GROUPS = set(T.essScalingGroup);
export const KUBERNETES_PROVIDER = "pulumi:providers:kubernetes";
export const K8S_INGRESSES = set(
  "kubernetes:networking.k8s.io/v1:Ingress",
  "kubernetes:networking.k8s.io/v1beta1:Ingress",
  "kubernetes:extensions/v1beta1:Ingress",
);
export const SAE_INGRESSES = set(T.saeIngress);

/** Every resource token above (not the provider). */
export const ALL_TOKENS: ReadonlySet<string> = new Set(Object.values(T));
