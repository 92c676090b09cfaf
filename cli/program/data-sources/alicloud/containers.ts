/** Container Service for Kubernetes (ACK) data sources. */
import { type Builtin, byNameRegex, listResult, text, zonesOf } from "./shared";

export const CONTAINERS = {
  "alicloud:cs/getKubernetesVersion:getKubernetesVersion": (args) => {
    const runtimes = [{ name: "containerd", version: "1.6.36" }];
    const versions = ["1.33.1-aliyun.1", "1.32.7-aliyun.1", "1.31.9-aliyun.1"];
    const wanted = text(args.kubernetesVersion);
    return {
      id: "kubernetes-versions-offline",
      clusterType: text(args.clusterType) ?? "ManagedKubernetes",
      kubernetesVersion: wanted,
      profile: text(args.profile),
      metadatas: (wanted ? [wanted] : versions).map((version) => ({ version, runtimes })),
    };
  },
  "alicloud:cs/getKubernetesAddons:getKubernetesAddons": (args) => {
    const items = byNameRegex(
      [
        {
          id: "nginx-ingress-controller",
          name: "nginx-ingress-controller",
          version: "v1.12.1-aliyun.1",
        },
        { id: "terway-eniip", name: "terway-eniip", version: "v1.13.2" },
        { id: "csi-plugin", name: "csi-plugin", version: "v1.32.1" },
        { id: "csi-provisioner", name: "csi-provisioner", version: "v1.32.1" },
        { id: "logtail-ds", name: "logtail-ds", version: "v1.8.2.0-aliyun" },
      ],
      args,
    ).map((a) => ({
      name: a.name,
      currentVersion: a.version,
      nextVersion: a.version,
      currentConfig: "",
      required: false,
      supportedActions: [],
    }));
    return {
      id: "addons-offline",
      clusterId: text(args.clusterId) ?? "c-offline",
      addons: items,
      ids: items.map((a) => a.name),
      names: items.map((a) => a.name),
    };
  },
  "alicloud:cs/getManagedKubernetesClusters:getManagedKubernetesClusters": (args, ctx) => {
    const items = byNameRegex([{ id: "c-offline", name: "cluster-offline" }], args).map((c) => ({
      ...c,
      availabilityZone: zonesOf(ctx.region)[0],
      vpcId: "vpc-offline",
      vswitchIds: ["vsw-offline"],
      securityGroupId: "sg-offline",
      natGatewayId: "",
      podCidr: "10.0.0.0/16",
      serviceCidr: "172.21.0.0/20",
      clusterNetworkType: "terway",
      slbInternetEnabled: false,
      state: "running",
      workerInstanceTypes: ["ecs.g7.large"],
      workerNumbers: [2],
      workerNodes: [],
      connections: [],
      logConfigs: [],
    }));
    return listResult("clusters", items);
  },
} satisfies Record<string, Builtin>;
