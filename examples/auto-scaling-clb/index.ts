/**
 * An internet CLB with an HTTP listener whose backends are the instances of an Auto Scaling
 * group (`loadbalancerIds`). Instances a scaling group creates are pay-as-you-go or preemptible:
 * none can give the ICP service code the sites behind the CLB are filed with, so
 * icp-lb-backend-ecs stops the preview and names the group.
 *
 * `pulumi config set anchor true` puts an existing subscription ECS with public bandwidth into
 * the group with ess.Attachment: it becomes a backend of the CLB, is eligible, and the violation
 * goes.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const anchor = new pulumi.Config().getBoolean("anchor") ?? false;
const name = `web-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "10.0.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "10.0.1.0/24",
  zoneId: "cn-shanghai-l",
});
const securityGroup = new alicloud.ecs.SecurityGroup("web-sg", {
  securityGroupName: name,
  vpcId: vpc.id,
});

const clb = new alicloud.slb.ApplicationLoadBalancer("clb", {
  loadBalancerName: name,
  addressType: "internet",
  loadBalancerSpec: "slb.s2.small",
  internetChargeType: "PayByTraffic",
});
new alicloud.slb.Listener("http", {
  loadBalancerId: clb.id,
  protocol: "http",
  frontendPort: 80,
  backendPort: 8080,
  bandwidth: -1,
});

const group = new alicloud.ess.ScalingGroup("web-asg", {
  scalingGroupName: name,
  minSize: 2,
  maxSize: 10,
  vswitchIds: [vswitch.id],
  loadbalancerIds: [clb.id],
  removalPolicies: ["OldestInstance", "NewestInstance"],
});
new alicloud.ess.ScalingConfiguration("web-config", {
  scalingGroupId: group.id,
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  instanceType: "ecs.c7.large",
  securityGroupId: securityGroup.id,
  forceDelete: true,
  active: true,
});

if (anchor) {
  const server = new alicloud.ecs.Instance("icp-anchor", {
    instanceName: `${name}-icp-anchor`,
    instanceType: "ecs.c7.large",
    imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
    systemDiskCategory: "cloud_essd",
    vswitchId: vswitch.id,
    securityGroups: [securityGroup.id],
    instanceChargeType: "PrePaid",
    period: 3,
    periodUnit: "Month",
    internetChargeType: "PayByTraffic",
    internetMaxBandwidthOut: 5,
  });
  new alicloud.ess.Attachment("asg-anchor", {
    scalingGroupId: group.id,
    instanceIds: [server.id],
    force: true,
  });
}

export const address = clb.address;
