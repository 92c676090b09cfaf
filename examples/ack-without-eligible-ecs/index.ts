/**
 * A managed Kubernetes (ACK Pro) cluster in cn-hangzhou with a subscription node pool. Neither the
 * cluster nor its node-pool instances can give an ICP service code, and no standalone ECS in the
 * stack or in icp-registry.yaml can either: icp-container-service-code stops the preview on the
 * cluster. ack-with-eligible-ecs adds the small subscription ECS that fixes it.
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

export const clusterId = cluster.id;
