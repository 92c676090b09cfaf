/**
 * A new internet-facing classic load balancer (CLB) with an HTTP listener whose only backend is a
 * new pay-as-you-go ECS. A load balancer cannot give an ICP service code; the filing of the site it
 * serves needs one from a backend ECS billed by subscription for 3 months or more, with a public
 * IP. On a first preview the ECS id is unknown: ICP Guard links the backend to the ECS through the
 * BackendServer's propertyDependencies, judges it, and icp-lb-backend-ecs stops the preview.
 *
 * `pulumi config set eligible true` makes the ECS a 3-month subscription: the violation goes.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const eligible = new pulumi.Config().getBoolean("eligible") ?? false;
const name = `app-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "10.0.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "10.0.1.0/24",
  zoneId: "cn-beijing-h",
});
const securityGroup = new alicloud.ecs.SecurityGroup("app-sg", {
  securityGroupName: name,
  vpcId: vpc.id,
});

const app = new alicloud.ecs.Instance("app", {
  instanceName: name,
  instanceType: "ecs.c7.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  internetChargeType: "PayByTraffic",
  internetMaxBandwidthOut: 10,
  ...(eligible
    ? { instanceChargeType: "PrePaid", period: 3, periodUnit: "Month" }
    : { instanceChargeType: "PostPaid" }),
});

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
  backendPort: 8080,
  bandwidth: -1,
  healthCheck: "on",
});
new alicloud.slb.BackendServer("clb-backends", {
  loadBalancerId: clb.id,
  backendServers: [{ serverId: app.id, weight: 100 }],
});

export const address = clb.address;
