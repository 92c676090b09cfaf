/**
 * A managed ACK cluster in cn-hangzhou, a Kubernetes provider whose kubeconfig is the cluster's
 * credential, and an Ingress deployed through it. The Ingress hosts are served from Alibaba
 * compute in the mainland, so they need a filing with Alibaba Cloud as access provider;
 * example-cluster.cn has none, and icp-hosted-domain stops the preview on the Ingress. The
 * subscription ECS gives the service code the cluster's sites are filed with
 * (icp-container-service-code passes).
 *
 * `pulumi config set filed true` serves example-k8s.cn, filed through Alibaba Cloud: no violation.
 */
import * as alicloud from "@pulumi/alicloud";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const filed = new pulumi.Config().getBoolean("filed") ?? false;
const domain = filed ? "example-k8s.cn" : "example-cluster.cn";
const name = `shop-${pulumi.getStack()}`;

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
new alicloud.cs.NodePool("workers", {
  clusterId: cluster.id,
  nodePoolName: "workers",
  vswitchIds: [vswitch.id],
  instanceTypes: ["ecs.g7.xlarge"],
  systemDiskCategory: "cloud_essd",
  desiredSize: "2",
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
  internetChargeType: "PayByTraffic",
  internetMaxBandwidthOut: 1,
});

// The provider's kubeconfig is the cluster's credential. On a first preview the cluster id is
// unknown and Pulumi records no dependency of the kubeconfig on the cluster (an invoke whose
// inputs are unknown loses them), so dependsOn states it: ICP Guard follows it to the cluster.
const credential = alicloud.cs.getClusterCredentialOutput({
  clusterId: cluster.id,
  temporaryDurationMinutes: 60,
});
const ack = new k8s.Provider(
  "ack",
  { kubeconfig: credential.kubeConfig },
  { dependsOn: [cluster] },
);

new k8s.networking.v1.Ingress(
  "shop",
  {
    metadata: { name: "shop", namespace: "default" },
    spec: {
      ingressClassName: "alb",
      tls: [{ hosts: [`shop.${domain}`], secretName: "shop-tls" }],
      rules: [
        {
          host: `shop.${domain}`,
          http: {
            paths: [
              {
                path: "/",
                pathType: "Prefix",
                backend: { service: { name: "shop", port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
  },
  { provider: ack },
);

export const clusterId = cluster.id;
