/**
 * Anti-DDoS Pro (productType ddoscoo, which protects from the Chinese mainland) in front of an
 * origin outside Alibaba Cloud. www.example-pay.cn has no filing, and a domain added to a mainland
 * Anti-DDoS instance needs one: icp-anti-ddos-domain stops the preview. An unfiled domain belongs
 * on Anti-DDoS Premium (productType ddosDip) instead.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const protection = new alicloud.ddos.DdosCooInstance("protection", {
  name: `pay-${pulumi.getStack()}`,
  productType: "ddoscoo",
  baseBandwidth: "30",
  bandwidth: "30",
  serviceBandwidth: "100",
  portCount: "50",
  domainCount: "50",
  period: 1,
});

new alicloud.ddos.DomainResource("www", {
  domain: "www.example-pay.cn",
  instanceIds: [protection.id],
  rsType: 0,
  realServers: ["203.0.113.10"],
  proxyTypes: [{ proxyType: "http", proxyPorts: [80] }],
});
