/** DNS and Global Accelerator rows of the resource-type table. */
import { row, TAGS } from "./row";

export const NETWORK = {
  // DNS.
  dnsAlidnsRecord: row("alicloud:dns/alidnsRecord:AlidnsRecord", "DNS record", "DNS 解析记录"),
  /** Deprecated legacy form of dnsAlidnsRecord. */
  dnsRecord: row("alicloud:dns/record:Record", "DNS record", "DNS 解析记录"),

  // Global Accelerator: the accelerator has no region of its own; its endpoint groups do.
  gaAccelerator: row(
    "alicloud:ga/accelerator:Accelerator",
    "Global Accelerator",
    "全球加速实例",
    TAGS,
  ),
  gaBasicAccelerator: row(
    "alicloud:ga/basicAccelerator:BasicAccelerator",
    "Basic Global Accelerator",
    "基础型全球加速实例",
    TAGS,
  ),
  gaListener: row("alicloud:ga/listener:Listener", "GA listener", "全球加速监听"),
  gaEndpointGroup: row(
    "alicloud:ga/endpointGroup:EndpointGroup",
    "GA endpoint group",
    "全球加速终端节点组",
    TAGS,
  ),
  gaBasicEndpointGroup: row(
    "alicloud:ga/basicEndpointGroup:BasicEndpointGroup",
    "Basic GA endpoint group",
    "基础型全球加速终端节点组",
  ),
  gaForwardingRule: row(
    "alicloud:ga/forwardingRule:ForwardingRule",
    "GA forwarding rule host",
    "全球加速转发规则域名",
  ),
  gaDomain: row("alicloud:ga/domain:Domain", "Global Accelerator domain", "全球加速域名", {
    domainInput: "domain",
  }),
} as const;
