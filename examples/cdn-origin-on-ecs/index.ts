/**
 * A blog behind a CDN whose origin is an ECS in cn-hangzhou (by its EIP). cdn.example-blog.cn is
 * filed, through Tencent Cloud, so the CDN itself may serve it (icp-cdn-domain passes). But with an
 * IP origin the CDN asks the ECS for cdn.example-blog.cn, and Alibaba Cloud blocks that host on its
 * mainland servers unless the filing lists Alibaba Cloud as access provider: icp-cdn-origin-access
 * stops the preview.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const name = `blog-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "172.16.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "172.16.1.0/24",
  zoneId: "cn-hangzhou-j",
});
const securityGroup = new alicloud.ecs.SecurityGroup("origin-sg", {
  securityGroupName: name,
  vpcId: vpc.id,
});

const origin = new alicloud.ecs.Instance("origin", {
  instanceName: name,
  instanceType: "ecs.c7.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  instanceChargeType: "PrePaid",
  period: 6,
});
const eip = new alicloud.ecs.EipAddress("origin-eip", {
  addressName: name,
  bandwidth: "20",
  internetChargeType: "PayByTraffic",
  paymentType: "PayAsYouGo",
});
new alicloud.ecs.EipAssociation("origin-eip-binding", {
  allocationId: eip.id,
  instanceId: origin.id,
});

const cdn = new alicloud.cdn.DomainNew("cdn", {
  domainName: "cdn.example-blog.cn",
  cdnType: "web",
  scope: "domestic",
  sources: [{ type: "ipaddr", content: eip.ipAddress, port: 80, priority: 20, weight: 10 }],
});

export const cdnCname = cdn.cname;
