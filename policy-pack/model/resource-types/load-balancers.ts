/** Load balancer rows of the resource-type table: CLB, ALB and NLB, with their links. */
import { row, TAGS } from "./row";

export const LOAD_BALANCERS = {
  // Classic load balancer (CLB): `slb.ApplicationLoadBalancer` is CLB, not ALB.
  slbApplicationLoadBalancer: row(
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    "CLB instance",
    "CLB 实例",
    TAGS,
  ),
  /** Deprecated older name of slbApplicationLoadBalancer. */
  slbLoadBalancer: row("alicloud:slb/loadBalancer:LoadBalancer", "CLB instance", "CLB 实例", TAGS),
  slbBackendServer: row(
    "alicloud:slb/backendServer:BackendServer",
    "CLB backend server",
    "CLB 后端服务器",
  ),
  slbAttachment: row("alicloud:slb/attachment:Attachment", "CLB attachment", "CLB 后端挂载"),
  slbServerGroup: row(
    "alicloud:slb/serverGroup:ServerGroup",
    "CLB server group",
    "CLB 虚拟服务器组",
    TAGS,
  ),
  slbServerGroupServerAttachment: row(
    "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment",
    "CLB server group attachment",
    "CLB 虚拟服务器组挂载",
  ),
  slbMasterSlaveServerGroup: row(
    "alicloud:slb/masterSlaveServerGroup:MasterSlaveServerGroup",
    "CLB primary/secondary server group",
    "CLB 主备服务器组",
  ),
  slbListener: row("alicloud:slb/listener:Listener", "CLB listener", "CLB 监听"),
  slbDomainExtension: row(
    "alicloud:slb/domainExtension:DomainExtension",
    "CLB domain extension",
    "CLB 扩展域名",
    { domainInput: "domain" },
  ),
  slbRule: row("alicloud:slb/rule:Rule", "CLB forwarding rule", "CLB 转发规则", {
    domainInput: "domain",
  }),

  // Application load balancer.
  albLoadBalancer: row("alicloud:alb/loadBalancer:LoadBalancer", "ALB instance", "ALB 实例", TAGS),
  albServerGroup: row(
    "alicloud:alb/serverGroup:ServerGroup",
    "ALB server group",
    "ALB 服务器组",
    TAGS,
  ),
  albListener: row("alicloud:alb/listener:Listener", "ALB listener", "ALB 监听", TAGS),
  albRule: row("alicloud:alb/rule:Rule", "ALB forwarding rule", "ALB 转发规则"),

  // Network load balancer.
  nlbLoadBalancer: row("alicloud:nlb/loadBalancer:LoadBalancer", "NLB instance", "NLB 实例", TAGS),
  nlbServerGroup: row(
    "alicloud:nlb/serverGroup:ServerGroup",
    "NLB server group",
    "NLB 服务器组",
    TAGS,
  ),
  nlbServerGroupServerAttachment: row(
    "alicloud:nlb/serverGroupServerAttachment:ServerGroupServerAttachment",
    "NLB server group attachment",
    "NLB 服务器组挂载",
  ),
  nlbListener: row("alicloud:nlb/listener:Listener", "NLB listener", "NLB 监听", TAGS),
} as const;
