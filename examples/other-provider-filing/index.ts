/**
 * A travel site moved from another cloud to an ECS in cn-shenzhen. example-travel.cn is filed, but
 * through Tencent Cloud (icp-registry.yaml: accessProviders [tencent-cloud]). Alibaba Cloud blocks
 * a domain that resolves to its mainland servers unless its filing lists Alibaba Cloud as access
 * provider (新增接入): icp-hosted-domain stops the preview on the DNS record.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const name = `travel-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "192.168.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "192.168.1.0/24",
  zoneId: "cn-shenzhen-e",
});
const securityGroup = new alicloud.ecs.SecurityGroup("web-sg", {
  securityGroupName: name,
  vpcId: vpc.id,
});

const web = new alicloud.ecs.Instance("web", {
  instanceName: name,
  instanceType: "ecs.g7.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  instanceChargeType: "PrePaid",
  period: 12,
});
const eip = new alicloud.ecs.EipAddress("web-eip", {
  addressName: name,
  bandwidth: "5",
  internetChargeType: "PayByTraffic",
  paymentType: "PayAsYouGo",
});
new alicloud.ecs.EipAssociation("web-eip-binding", { allocationId: eip.id, instanceId: web.id });

new alicloud.dns.AlidnsRecord("www", {
  domainName: "example-travel.cn",
  rr: "www",
  type: "A",
  value: eip.ipAddress,
  ttl: 600,
});

export const address = eip.ipAddress;
