/**
 * A small web shop on Alibaba Cloud: a subscription ECS with an EIP (also the server the ICP
 * service code came from) behind a classic load balancer, www in Alibaba Cloud DNS, static files in
 * OSS under a custom domain, a CDN domain, and WAF 3.0 in front of the shop domain.
 *
 * The same program serves compliant-website (cn-hangzhou) and hongkong-website (cn-hongkong): only
 * the stack config differs.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
/** The site's registrable domain, e.g. example-shop.cn. */
const domain = config.require("domain");
/** A zone of the stack's region, e.g. cn-hangzhou-h. */
const zone = config.require("zone");
/** CDN coverage: domestic (the mainland), overseas, or global (both). */
const cdnScope = config.get("cdnScope") ?? "domestic";
/** WAF 3.0 is served from cn-hangzhou (mainland) or ap-southeast-1 (everywhere else). */
const wafRegion = config.get("wafRegion") ?? "cn-hangzhou";
const name = `shop-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "172.16.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "172.16.1.0/24",
  zoneId: zone,
});
const securityGroup = new alicloud.ecs.SecurityGroup("web-sg", {
  securityGroupName: `${name}-web`,
  vpcId: vpc.id,
});
new alicloud.ecs.SecurityGroupRule("web-http", {
  securityGroupId: securityGroup.id,
  type: "ingress",
  ipProtocol: "tcp",
  portRange: "80/80",
  cidrIp: "0.0.0.0/0",
  policy: "accept",
});

// A 12-month subscription with an EIP can give ICP service codes; the tag asks ICP Guard to make
// sure it stays that way (icp-service-code-server).
const web = new alicloud.ecs.Instance("web", {
  instanceName: `${name}-web`,
  instanceType: "ecs.g7.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  instanceChargeType: "PrePaid",
  period: 12,
  periodUnit: "Month",
  renewalStatus: "AutoRenewal",
  tags: { "icp:service-code-server": "true" },
});
const eip = new alicloud.ecs.EipAddress("web-eip", {
  addressName: `${name}-web`,
  bandwidth: "10",
  internetChargeType: "PayByTraffic",
  paymentType: "PayAsYouGo",
});
new alicloud.ecs.EipAssociation("web-eip-binding", { allocationId: eip.id, instanceId: web.id });

const clb = new alicloud.slb.ApplicationLoadBalancer("clb", {
  loadBalancerName: name,
  addressType: "internet",
  loadBalancerSpec: "slb.s1.small",
  internetChargeType: "PayByTraffic",
  paymentType: "PayAsYouGo",
});
new alicloud.slb.Listener("http", {
  loadBalancerId: clb.id,
  protocol: "http",
  frontendPort: 80,
  backendPort: 80,
  bandwidth: -1,
  healthCheck: "on",
});
new alicloud.slb.BackendServer("clb-backends", {
  loadBalancerId: clb.id,
  backendServers: [{ serverId: web.id, weight: 100 }],
});

// www is served straight from the ECS.
new alicloud.dns.AlidnsRecord("www", {
  domainName: domain,
  rr: "www",
  type: "A",
  value: eip.ipAddress,
  ttl: 600,
});

const assets = new alicloud.oss.Bucket("assets", {
  bucket: `${domain.replace(/\./g, "-")}-assets-${pulumi.getStack()}`,
});
new alicloud.oss.BucketCname("assets-domain", {
  bucket: assets.bucket,
  domain: `static.${domain}`,
});

// The CDN fetches from the ECS's EIP, asking for the accelerated domain.
const cdn = new alicloud.cdn.DomainNew("cdn", {
  domainName: `cdn.${domain}`,
  cdnType: "web",
  scope: cdnScope,
  sources: [{ type: "ipaddr", content: eip.ipAddress, port: 80, priority: 20, weight: 10 }],
});

// shop.<domain> goes through WAF 3.0 (CNAME mode) to the load balancer.
const wafProvider = new alicloud.Provider("waf-region", { region: wafRegion });
const waf = new alicloud.wafv3.Instance("waf", {}, { provider: wafProvider });
const wafShop = new alicloud.wafv3.Domain(
  "waf-shop",
  {
    instanceId: waf.id,
    domain: `shop.${domain}`,
    accessType: "share",
    listen: { httpPorts: [80] },
    redirect: { backends: [clb.address], loadbalance: "iphash" },
  },
  { provider: wafProvider },
);
new alicloud.dns.AlidnsRecord("shop", {
  domainName: domain,
  rr: "shop",
  type: "CNAME",
  value: wafShop.cname,
  ttl: 600,
});

export const wwwAddress = eip.ipAddress;
export const cdnCname = cdn.cname;
export const shopCname = wafShop.cname;
