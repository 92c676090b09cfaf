/**
 * Rows of the resource-type table for what serves a domain to the web: object storage, content
 * delivery, web application firewall, Anti-DDoS and the custom domains of serverless products.
 */
import { row, TAGS } from "./row";

export const WEB = {
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
} as const;
