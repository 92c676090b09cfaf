/**
 * ack-without-eligible-ecs plus the fix: a small standalone ECS, a 3-month subscription with public
 * bandwidth, that can give the ICP service code the cluster's sites are filed with (ACK and its
 * node pools cannot). icp-container-service-code passes; the tag asks icp-service-code-server to
 * keep the ECS eligible.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const name = `k8s-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "10.0.0.0/8" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "10.1.0.0/16",
  zoneId: "cn-hangzhou-k",
});

const cluster = new alicloud.cs.ManagedKubernetes("ack", {
  name,
  clusterSpec: "ack.pro.small",
  vswitchIds: [vswitch.id],
  podCidr: "172.20.0.0/16",
  serviceCidr: "172.21.0.0/20",
  newNatGateway: true,
  slbInternetEnabled: true,
});

// Subscription nodes with public bandwidth, yet ACK may recycle them: they give no service code.
new alicloud.cs.NodePool("workers", {
  clusterId: cluster.id,
  nodePoolName: "workers",
  vswitchIds: [vswitch.id],
  instanceTypes: ["ecs.g7.xlarge"],
  systemDiskCategory: "cloud_essd",
  desiredSize: "3",
  instanceChargeType: "PrePaid",
  period: 12,
  periodUnit: "Month",
  internetMaxBandwidthOut: 5,
});

// The ICP service-code server: ECS is eligible, ACK is not.
const securityGroup = new alicloud.ecs.SecurityGroup("icp-anchor-sg", {
  securityGroupName: `${name}-icp-anchor`,
  vpcId: vpc.id,
});
new alicloud.ecs.Instance("icp-anchor", {
  instanceName: `${name}-icp-anchor`,
  instanceType: "ecs.t6-c1m1.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  instanceChargeType: "PrePaid",
  period: 3,
  periodUnit: "Month",
  renewalStatus: "AutoRenewal",
  internetChargeType: "PayByTraffic",
  internetMaxBandwidthOut: 1,
  tags: { "icp:service-code-server": "true" },
});

export const clusterId = cluster.id;
