/**
 * A Global Accelerator in front of a web server in cn-hangzhou: an HTTP listener, an endpoint group
 * in the mainland, a forwarding rule with a Host condition and an accelerated domain. A domain
 * accelerated to mainland endpoints needs an ICP filing (any access provider); example-global.cn
 * has none, so icp-ga-domain stops the preview on both the ga.Domain and the forwarding rule.
 *
 * `pulumi config set filed true` serves example-accel.cn instead, filed through another access
 * provider: enough for GA, and the violations go.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const filed = new pulumi.Config().getBoolean("filed") ?? false;
const domain = filed ? "example-accel.cn" : "example-global.cn";

const origin = new alicloud.ecs.EipAddress("origin-ip", {
  addressName: "ga-origin",
  bandwidth: "10",
  internetChargeType: "PayByTraffic",
});

const ga = new alicloud.ga.Accelerator("ga", {
  acceleratorName: "shop",
  duration: 1,
  spec: "1",
  autoUseCoupon: true,
});
const http = new alicloud.ga.Listener("http", {
  acceleratorId: ga.id,
  name: "http",
  protocol: "HTTP",
  portRanges: [{ fromPort: 80, toPort: 80 }],
});
const endpoints = new alicloud.ga.EndpointGroup("hangzhou", {
  acceleratorId: ga.id,
  listenerId: http.id,
  endpointGroupRegion: "cn-hangzhou",
  endpointConfigurations: [{ endpoint: origin.ipAddress, type: "PublicIp", weight: 100 }],
});
new alicloud.ga.ForwardingRule("shop-host", {
  acceleratorId: ga.id,
  listenerId: http.id,
  ruleConditions: [{ ruleConditionType: "Host", hostConfigs: [{ values: [`shop.${domain}`] }] }],
  ruleActions: [
    {
      order: 10,
      ruleActionType: "ForwardGroup",
      forwardGroupConfig: { serverGroupTuples: [{ endpointGroupId: endpoints.id }] },
    },
  ],
});
new alicloud.ga.Domain("www", { acceleratorId: ga.id, domain: `www.${domain}` });

export const acceleratorId = ga.id;
