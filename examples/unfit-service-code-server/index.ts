/**
 * An ECS in cn-qingdao tagged `icp:service-code-server: "true"`: the team means to request its ICP
 * service code from it. But it is a 1-month subscription without public bandwidth or an EIP, and
 * Alibaba Cloud gives service codes only to subscriptions of 3 months or more with a public IP:
 * icp-service-code-server stops the preview on the ECS, listing both requirements it misses.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const name = `portal-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "172.16.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "172.16.1.0/24",
  zoneId: "cn-qingdao-c",
});
const securityGroup = new alicloud.ecs.SecurityGroup("icp-server-sg", {
  securityGroupName: name,
  vpcId: vpc.id,
});

new alicloud.ecs.Instance("icp-server", {
  instanceName: `${name}-icp`,
  instanceType: "ecs.t6-c1m1.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  instanceChargeType: "PrePaid",
  period: 1,
  periodUnit: "Month",
  tags: { "icp:service-code-server": "true" },
});
