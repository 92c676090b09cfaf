/**
 * A news site whose filing (example-news.cn) drew its Alibaba Cloud service code from the
 * subscription ECS "anchor" of this stack (icp-registry.yaml servers: news-anchor). The program has
 * since replaced it with a pay-as-you-go ECS "web" and no longer declares "anchor", so the next
 * `pulumi up` would delete it and endanger the filing: icp-anchor-server-retained stops the preview
 * on the stack (the server is gone, so the stack carries the violation).
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const name = `news-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "172.16.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "172.16.1.0/24",
  zoneId: "cn-hangzhou-h",
});
const securityGroup = new alicloud.ecs.SecurityGroup("web-sg", {
  securityGroupName: name,
  vpcId: vpc.id,
});

// Replaces the subscription ECS "anchor"; pay-as-you-go cannot give a service code.
const web = new alicloud.ecs.Instance("web", {
  instanceName: name,
  instanceType: "ecs.g7.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  instanceChargeType: "PostPaid",
});
const eip = new alicloud.ecs.EipAddress("web-eip", {
  addressName: name,
  bandwidth: "10",
  internetChargeType: "PayByTraffic",
  paymentType: "PayAsYouGo",
});
new alicloud.ecs.EipAssociation("web-eip-binding", { allocationId: eip.id, instanceId: web.id });

new alicloud.dns.AlidnsRecord("www", {
  domainName: "example-news.cn",
  rr: "www",
  type: "A",
  value: eip.ipAddress,
  ttl: 600,
});

export const address = eip.ipAddress;
