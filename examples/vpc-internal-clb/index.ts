/**
 * A CLB created in a VPC (`vswitchId` set) without `addressType`: the API makes it an intranet
 * load balancer, reached only from inside the VPC. Its pay-as-you-go backend and the domain of its
 * forwarding rule are internal: no ICP filing applies, and ICP Guard reports nothing.
 *
 * `pulumi config set public true` sets `addressType: internet`: the CLB now serves the internet
 * from cn-beijing, so icp-lb-backend-ecs wants an eligible backend ECS and icp-hosted-domain a
 * filing of the rule's domain with Alibaba Cloud as access provider.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const isPublic = new pulumi.Config().getBoolean("public") ?? false;
const name = `internal-${pulumi.getStack()}`;

const vpc = new alicloud.vpc.Network("vpc", { vpcName: name, cidrBlock: "10.0.0.0/16" });
const vswitch = new alicloud.vpc.Switch("vswitch", {
  vswitchName: name,
  vpcId: vpc.id,
  cidrBlock: "10.0.2.0/24",
  zoneId: "cn-beijing-h",
});
const securityGroup = new alicloud.ecs.SecurityGroup("api-sg", {
  securityGroupName: name,
  vpcId: vpc.id,
});
const api = new alicloud.ecs.Instance("api", {
  instanceName: name,
  instanceType: "ecs.c7.large",
  imageId: "aliyun_3_x64_20G_alibase_20240528.vhd",
  systemDiskCategory: "cloud_essd",
  vswitchId: vswitch.id,
  securityGroups: [securityGroup.id],
  instanceChargeType: "PostPaid",
});

const clb = new alicloud.slb.ApplicationLoadBalancer("clb", {
  loadBalancerName: name,
  loadBalancerSpec: "slb.s2.small",
  vswitchId: vswitch.id,
  ...(isPublic ? { addressType: "internet" } : {}),
});
new alicloud.slb.Listener("http", {
  loadBalancerId: clb.id,
  protocol: "http",
  frontendPort: 80,
  backendPort: 8080,
  bandwidth: -1,
});
const group = new alicloud.slb.ServerGroup("api-group", {
  loadBalancerId: clb.id,
  name: "api",
  servers: [{ serverIds: [api.id], port: 8080, weight: 100 }],
});
new alicloud.slb.Rule("api-rule", {
  loadBalancerId: clb.id,
  frontendPort: 80,
  name: "api",
  domain: "api.example-internal.cn",
  url: "/",
  serverGroupId: group.id,
});

export const address = clb.address;
