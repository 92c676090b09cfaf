/**
 * Every Pulumi resource type the pack reads, one row per type token: the token, what the product
 * is called in a message (English and Simplified Chinese), the input that holds the domain it
 * declares, whether its SDK class takes `tags`, and whether it has its own `region` input (every
 * other resource takes its provider's).
 *
 * Tokens are plain strings: loading `@pulumi/alicloud` at run time costs pack start-up, and a
 * token is all a policy needs. Each was checked against the installed SDK's `static __pulumiType`
 * (3.108), as were `tags` and `region`; 26 tokens differ from their file paths, so never derive one
 * from a path. Deprecated classes still emit their own tokens, hence the alias rows. Keys are
 * `<module><Class>`, shortened where the module repeats in the class name.
 */
import type { Localized } from "./context";

export interface Facts {
  /** The input that holds the domain the resource declares. */
  readonly domainInput?: string;
  /** The SDK class has a `tags` input. */
  readonly tags?: true;
  /** The resource has its own `region` input. */
  readonly ownRegion?: true;
}

export interface ResourceType extends Facts {
  readonly token: string;
  /** What the product is called in a message: "CDN domain". */
  readonly names: Localized<string>;
}

function row<const F extends Facts>(
  token: string,
  en: string,
  zh: string,
  facts?: F,
): ResourceType & F {
  return { token, names: { en, "zh-CN": zh }, ...(facts as F) };
}

const TAGS = { tags: true } as const;

export const RESOURCE_TYPES = {
  // Compute that can give an ICP service code, and what is bound to it.
  ecsInstance: row("alicloud:ecs/instance:Instance", "ECS instance", "ECS 实例", TAGS),
  ecsInstanceSet: row(
    "alicloud:ecs/ecsInstanceSet:EcsInstanceSet",
    "ECS instance set",
    "ECS 实例组",
    TAGS,
  ),
  sasInstance: row(
    "alicloud:simpleapplicationserver/instance:Instance",
    "Simple Application Server instance",
    "轻量应用服务器实例",
  ),
  ecsEipAddress: row("alicloud:ecs/eipAddress:EipAddress", "EIP", "弹性公网 IP", TAGS),
  /** Deprecated alias of ecsEipAddress. */
  ecsEip: row("alicloud:ecs/eip:Eip", "EIP", "弹性公网 IP", TAGS),
  ecsEipAssociation: row(
    "alicloud:ecs/eipAssociation:EipAssociation",
    "EIP association",
    "弹性公网 IP 绑定",
  ),
  eciContainerGroup: row(
    "alicloud:eci/containerGroup:ContainerGroup",
    "ECI container group",
    "ECI 容器组",
    TAGS,
  ),

  // Classic load balancer (CLB): `slb.ApplicationLoadBalancer` is CLB, not ALB.
  slbApplicationLoadBalancer: row(
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    "CLB instance",
    "CLB 实例",
    TAGS,
  ),
  /** Deprecated older name of slbApplicationLoadBalancer. */
  slbLoadBalancer: row("alicloud:slb/loadBalancer:LoadBalancer", "CLB instance", "CLB 实例", TAGS),
  slbBackendServer: row(
    "alicloud:slb/backendServer:BackendServer",
    "CLB backend server",
    "CLB 后端服务器",
  ),
  slbAttachment: row("alicloud:slb/attachment:Attachment", "CLB attachment", "CLB 后端挂载"),
  slbServerGroup: row(
    "alicloud:slb/serverGroup:ServerGroup",
    "CLB server group",
    "CLB 虚拟服务器组",
    TAGS,
  ),
  slbServerGroupServerAttachment: row(
    "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment",
    "CLB server group attachment",
    "CLB 虚拟服务器组挂载",
  ),
  slbMasterSlaveServerGroup: row(
    "alicloud:slb/masterSlaveServerGroup:MasterSlaveServerGroup",
    "CLB primary/secondary server group",
    "CLB 主备服务器组",
  ),
  slbListener: row("alicloud:slb/listener:Listener", "CLB listener", "CLB 监听"),
  slbDomainExtension: row(
    "alicloud:slb/domainExtension:DomainExtension",
    "CLB domain extension",
    "CLB 扩展域名",
    { domainInput: "domain" },
  ),
  slbRule: row("alicloud:slb/rule:Rule", "CLB forwarding rule", "CLB 转发规则", {
    domainInput: "domain",
  }),

  // Application load balancer.
  albLoadBalancer: row("alicloud:alb/loadBalancer:LoadBalancer", "ALB instance", "ALB 实例", TAGS),
  albServerGroup: row(
    "alicloud:alb/serverGroup:ServerGroup",
    "ALB server group",
    "ALB 服务器组",
    TAGS,
  ),
  albListener: row("alicloud:alb/listener:Listener", "ALB listener", "ALB 监听", TAGS),
  albRule: row("alicloud:alb/rule:Rule", "ALB forwarding rule", "ALB 转发规则"),

  // Network load balancer.
  nlbLoadBalancer: row("alicloud:nlb/loadBalancer:LoadBalancer", "NLB instance", "NLB 实例", TAGS),
  nlbServerGroup: row(
    "alicloud:nlb/serverGroup:ServerGroup",
    "NLB server group",
    "NLB 服务器组",
    TAGS,
  ),
  nlbServerGroupServerAttachment: row(
    "alicloud:nlb/serverGroupServerAttachment:ServerGroupServerAttachment",
    "NLB server group attachment",
    "NLB 服务器组挂载",
  ),
  nlbListener: row("alicloud:nlb/listener:Listener", "NLB listener", "NLB 监听", TAGS),

  // Object storage.
  ossBucket: row("alicloud:oss/bucket:Bucket", "OSS bucket", "OSS 存储空间", TAGS),
  ossBucketCname: row(
    "alicloud:oss/bucketCname:BucketCname",
    "OSS custom domain",
    "OSS 自定义域名",
    {
      domainInput: "domain",
    },
  ),

  // Content delivery.
  cdnDomainNew: row("alicloud:cdn/domainNew:DomainNew", "CDN domain", "CDN 加速域名", {
    domainInput: "domainName",
    tags: true,
  }),
  /** Deprecated legacy form of cdnDomainNew. */
  cdnDomain: row("alicloud:cdn/domain:Domain", "CDN domain", "CDN 加速域名", {
    domainInput: "domainName",
  }),
  cdnDomainConfig: row(
    "alicloud:cdn/domainConfig:DomainConfig",
    "CDN domain configuration",
    "CDN 域名配置",
  ),
  dcdnDomain: row("alicloud:dcdn/domain:Domain", "DCDN domain", "全站加速 DCDN 域名", {
    domainInput: "domainName",
    tags: true,
  }),
  scdnDomain: row("alicloud:scdn/domain:Domain", "SCDN domain", "安全加速 SCDN 域名", {
    domainInput: "domainName",
  }),
  vodDomain: row("alicloud:vod/domain:Domain", "VOD domain", "视频点播加速域名", {
    domainInput: "domainName",
    tags: true,
  }),
  liveDomain: row("alicloud:live/domain:Domain", "ApsaraVideo Live domain", "视频直播域名", {
    domainInput: "domainName",
    tags: true,
    ownRegion: true,
  }),
  esaSite: row("alicloud:esa/site:Site", "ESA site", "ESA 站点", {
    domainInput: "siteName",
    tags: true,
  }),
  esaCertificate: row("alicloud:esa/certificate:Certificate", "ESA certificate", "ESA 证书", {
    ownRegion: true,
  }),

  // Web application firewall: `waf.*` is the deprecated WAF 2.0 family, `wafv3.*` its successor.
  wafInstance: row("alicloud:waf/instance:Instance", "WAF 2.0 instance", "WAF 2.0 实例", {
    ownRegion: true,
  }),
  wafDomain: row("alicloud:waf/domain:Domain", "WAF 2.0 domain", "WAF 2.0 防护域名", {
    domainInput: "domainName",
  }),
  wafv3Instance: row("alicloud:wafv3/instance:Instance", "WAF 3.0 instance", "WAF 3.0 实例"),
  wafv3Domain: row("alicloud:wafv3/domain:Domain", "WAF 3.0 domain", "WAF 3.0 防护域名", {
    domainInput: "domain",
    tags: true,
  }),

  // Anti-DDoS.
  ddosCooInstance: row(
    "alicloud:ddos/ddosCooInstance:DdosCooInstance",
    "Anti-DDoS Pro instance",
    "DDoS 高防实例",
    TAGS,
  ),
  /** Deprecated alias of ddosCooInstance. */
  dnsDdosCooInstance: row(
    "alicloud:dns/ddosCooInstance:DdosCooInstance",
    "Anti-DDoS Pro instance",
    "DDoS 高防实例",
    TAGS,
  ),
  ddosBgpInstance: row(
    "alicloud:ddos/ddosBgpInstance:DdosBgpInstance",
    "Anti-DDoS Origin instance",
    "DDoS 原生防护实例",
    TAGS,
  ),
  /** Deprecated alias of ddosBgpInstance. */
  dnsDdosBgpInstance: row(
    "alicloud:dns/ddosBgpInstance:DdosBgpInstance",
    "Anti-DDoS Origin instance",
    "DDoS 原生防护实例",
    TAGS,
  ),
  ddosDomainResource: row(
    "alicloud:ddos/domainResource:DomainResource",
    "Anti-DDoS domain",
    "DDoS 高防域名",
    { domainInput: "domain" },
  ),

  // Container service.
  csManagedKubernetes: row(
    "alicloud:cs/managedKubernetes:ManagedKubernetes",
    "ACK managed cluster",
    "ACK 托管集群",
    TAGS,
  ),
  /** Deprecated. */
  csKubernetes: row(
    "alicloud:cs/kubernetes:Kubernetes",
    "ACK dedicated cluster",
    "ACK 专有集群",
    TAGS,
  ),
  /** Deprecated. */
  csServerlessKubernetes: row(
    "alicloud:cs/serverlessKubernetes:ServerlessKubernetes",
    "ACK Serverless cluster",
    "ACK Serverless 集群",
    TAGS,
  ),
  csNodePool: row("alicloud:cs/nodePool:NodePool", "ACK node pool", "ACK 节点池", TAGS),

  // Custom domains of serverless products.
  fcCustomDomain: row(
    "alicloud:fc/customDomain:CustomDomain",
    "Function Compute custom domain",
    "函数计算自定义域名",
    { domainInput: "domainName" },
  ),
  fcV3CustomDomain: row(
    "alicloud:fc/v3CustomDomain:V3CustomDomain",
    "Function Compute 3.0 custom domain",
    "函数计算 3.0 自定义域名",
    { domainInput: "customDomainName" },
  ),
  apigDomain: row("alicloud:apig/domain:Domain", "API Gateway domain", "云原生 API 网关域名", {
    domainInput: "domainName",
  }),

  // DNS.
  dnsAlidnsRecord: row("alicloud:dns/alidnsRecord:AlidnsRecord", "DNS record", "DNS 解析记录"),
  /** Deprecated legacy form of dnsAlidnsRecord. */
  dnsRecord: row("alicloud:dns/record:Record", "DNS record", "DNS 解析记录"),

  // Issue 11: Global Accelerator (the accelerator has no region of its own; its endpoint groups
  // do), Auto Scaling, Serverless App Engine.
  gaAccelerator: row(
    "alicloud:ga/accelerator:Accelerator",
    "Global Accelerator",
    "全球加速实例",
    TAGS,
  ),
  gaBasicAccelerator: row(
    "alicloud:ga/basicAccelerator:BasicAccelerator",
    "Basic Global Accelerator",
    "基础型全球加速实例",
    TAGS,
  ),
  gaListener: row("alicloud:ga/listener:Listener", "GA listener", "全球加速监听"),
  gaEndpointGroup: row(
    "alicloud:ga/endpointGroup:EndpointGroup",
    "GA endpoint group",
    "全球加速终端节点组",
    TAGS,
  ),
  gaBasicEndpointGroup: row(
    "alicloud:ga/basicEndpointGroup:BasicEndpointGroup",
    "Basic GA endpoint group",
    "基础型全球加速终端节点组",
  ),
  gaForwardingRule: row(
    "alicloud:ga/forwardingRule:ForwardingRule",
    "GA forwarding rule host",
    "全球加速转发规则域名",
  ),
  gaDomain: row("alicloud:ga/domain:Domain", "Global Accelerator domain", "全球加速域名", {
    domainInput: "domain",
  }),
  essScalingGroup: row(
    "alicloud:ess/scalingGroup:ScalingGroup",
    "Auto Scaling group",
    "弹性伸缩组",
    TAGS,
  ),
  essAttachment: row(
    "alicloud:ess/attachment:Attachment",
    "Auto Scaling attachment",
    "弹性伸缩实例挂载",
  ),
  essScalingGroupVServerGroups: row(
    "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups",
    "Auto Scaling vserver groups",
    "弹性伸缩虚拟服务器组",
  ),
  essAlbServerGroupAttachment: row(
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
    "Auto Scaling ALB server group attachment",
    "弹性伸缩 ALB 服务器组挂载",
  ),
  essServerGroupAttachment: row(
    "alicloud:ess/serverGroupAttachment:ServerGroupAttachment",
    "Auto Scaling server group attachment",
    "弹性伸缩服务器组挂载",
  ),
  saeApplication: row("alicloud:sae/application:Application", "SAE application", "SAE 应用", TAGS),
  saeIngress: row("alicloud:sae/ingress:Ingress", "SAE Ingress domain", "SAE Ingress 域名"),
} as const;

type Table = typeof RESOURCE_TYPES;
export type TypeName = keyof Table;
/** The rows that declare a domain. */
export type DomainTypeName = {
  [K in TypeName]: Table[K] extends { domainInput: string } ? K : never;
}[TypeName];

/** Each row's token by name: `T.ecsInstance`. */
export const T = Object.fromEntries(
  Object.entries(RESOURCE_TYPES).map(([k, v]) => [k, v.token]),
) as { readonly [K in TypeName]: string };

/** Every row, in table order. */
export const ROWS: readonly ResourceType[] = Object.values(RESOURCE_TYPES);

/** The resource type of an alicloud provider (the class's own `__pulumiType` is just `alicloud`). */
export const PROVIDER = "pulumi:providers:alicloud";
