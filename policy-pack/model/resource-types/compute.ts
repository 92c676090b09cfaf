/**
 * Compute rows of the resource-type table: servers that can give an ICP service code and what is
 * bound to them, container clusters, Auto Scaling and Serverless App Engine.
 */
import { row, TAGS } from "./row";

export const COMPUTE = {
  // Compute that can give an ICP service code, and what is bound to it.
  ecsInstance: row("alicloud:ecs/instance:Instance", "ECS instance", "ECS 实例", TAGS),
  ecsInstanceSet: row(
    "alicloud:ecs/ecsInstanceSet:EcsInstanceSet",
    "ECS instance set",
    "ECS 实例组",
    TAGS,
  ),
  sasInstance: row(
    "alicloud:simpleapplicationserver/instance:Instance",
    "Simple Application Server instance",
    "轻量应用服务器实例",
  ),
  ecsEipAddress: row("alicloud:ecs/eipAddress:EipAddress", "EIP", "弹性公网 IP", TAGS),
  /** Deprecated alias of ecsEipAddress. */
  ecsEip: row("alicloud:ecs/eip:Eip", "EIP", "弹性公网 IP", TAGS),
  ecsEipAssociation: row(
    "alicloud:ecs/eipAssociation:EipAssociation",
    "EIP association",
    "弹性公网 IP 绑定",
  ),
  eciContainerGroup: row(
    "alicloud:eci/containerGroup:ContainerGroup",
    "ECI container group",
    "ECI 容器组",
    TAGS,
  ),

  // Container service.
  csManagedKubernetes: row(
    "alicloud:cs/managedKubernetes:ManagedKubernetes",
    "ACK managed cluster",
    "ACK 托管集群",
    TAGS,
  ),
  /** Deprecated. */
  csKubernetes: row(
    "alicloud:cs/kubernetes:Kubernetes",
    "ACK dedicated cluster",
    "ACK 专有集群",
    TAGS,
  ),
  /** Deprecated. */
  csServerlessKubernetes: row(
    "alicloud:cs/serverlessKubernetes:ServerlessKubernetes",
    "ACK Serverless cluster",
    "ACK Serverless 集群",
    TAGS,
  ),
  csNodePool: row("alicloud:cs/nodePool:NodePool", "ACK node pool", "ACK 节点池", TAGS),

  // Auto Scaling: groups put behind load balancers, and the ECS attached to them.
  essScalingGroup: row(
    "alicloud:ess/scalingGroup:ScalingGroup",
    "Auto Scaling group",
    "弹性伸缩组",
    TAGS,
  ),
  essAttachment: row(
    "alicloud:ess/attachment:Attachment",
    "Auto Scaling attachment",
    "弹性伸缩实例挂载",
  ),
  essScalingGroupVServerGroups: row(
    "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups",
    "Auto Scaling vserver groups",
    "弹性伸缩虚拟服务器组",
  ),
  essAlbServerGroupAttachment: row(
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
    "Auto Scaling ALB server group attachment",
    "弹性伸缩 ALB 服务器组挂载",
  ),
  essServerGroupAttachment: row(
    "alicloud:ess/serverGroupAttachment:ServerGroupAttachment",
    "Auto Scaling server group attachment",
    "弹性伸缩服务器组挂载",
  ),

  // Serverless App Engine.
  saeApplication: row("alicloud:sae/application:Application", "SAE application", "SAE 应用", TAGS),
  saeIngress: row("alicloud:sae/ingress:Ingress", "SAE Ingress domain", "SAE Ingress 域名"),
} as const;
