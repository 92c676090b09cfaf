/**
 * Each policy's description and remediation steps in Simplified Chinese. The engine prints the
 * description above every message, so with ICP_GUARD_LANG=zh-CN the pack reports these instead
 * of the English metadata written beside each policy. test/policies/messages.test.ts checks that
 * every policy has its entry.
 */
import { zhMetadata as gaDomainZh } from "../policies/icp-ga-domain/messages";

export const POLICY_METADATA_ZH: Readonly<
  Record<string, { description: string; remediationSteps: string }>
> = {
  "icp-oss-custom-domain": {
    description: "绑定到中国内地地域 OSS Bucket 的自定义域名必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（OSS 不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案（oss.BucketCname 没有 tags，无法使用 icp:number 标签）。也可改用中国内地以外地域（如 cn-hongkong）的 Bucket。",
  },
  "icp-cdn-domain": {
    description:
      "加速区域包含中国内地的 CDN、DCDN、SCDN、点播或直播域名，以及 ESA 站点，必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案，或为资源添加标签 icp:number=<备案号>。如域名无需服务中国内地用户，将 scope（ESA 为 coverage）设为 overseas。",
  },
  "icp-waf-domain": {
    description: "接入中国内地 WAF 实例的域名必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案，或为 wafv3.Domain 添加标签 icp:number=<备案号>。未备案的域名应接入中国内地以外（ap-southeast-1）的 WAF 实例。",
  },
  "icp-custom-domain-access": {
    description: "中国内地地域的函数计算或 API 网关自定义域名必须以阿里云为接入商完成备案。",
    remediationSteps:
      "通过阿里云办理备案（或为已有备案办理新增接入），然后在 icp-registry.yaml 中登记该备案并设置 accessProviders: [alibaba-cloud]。",
  },
  "icp-hosted-domain": {
    description:
      "解析到或配置在中国内地阿里云计算资源上的域名，必须以阿里云为接入商完成 ICP 备案。",
    remediationSteps:
      "通过阿里云办理备案，或为已有备案办理新增接入；然后在 icp-registry.yaml 中登记并设置 accessProviders: [alibaba-cloud]。在此之前，请将域名解析到中国内地以外的服务器（如 cn-hongkong）。",
  },
  "icp-cdn-origin-access": {
    description:
      "源站为中国内地阿里云计算资源的 CDN 或 DCDN 域名，其回源 Host 必须以阿里云为接入商完成 ICP 备案。",
    remediationSteps:
      "以阿里云为接入商为回源 Host（IP 源站为加速域名，域名源站为源站域名，或 set_req_host_header 设置的值）办理备案或新增接入，并在 icp-registry.yaml 中登记、设置 accessProviders: [alibaba-cloud]。也可将源站改为 OSS Bucket 或 *.aliyuncs.com 地址。",
  },
  "icp-anti-ddos-domain": {
    description: "由服务中国内地的 DDoS 高防（Anti-DDoS Pro）实例防护的域名必须有 ICP 备案。",
    remediationSteps:
      "向工信部办理域名备案（不限接入商），然后在 icp-registry.yaml 的 filings[].domains 中登记该备案。未备案的域名应使用 DDoS 高防（国际）/Anti-DDoS Premium（ddosDip）实例。",
  },
  "icp-ga-domain": gaDomainZh,
  "icp-lb-backend-ecs": {
    description:
      "中国内地提供 Web 服务的公网负载均衡，至少要有一台可提供 ICP 备案服务号的后端 ECS。",
    remediationSteps:
      "至少挂载一台包年包月（instanceChargeType: PrePaid，period >= 3，periodUnit Month）且有公网带宽或绑定 EIP 的 ECS 作为后端；栈外的后端可在 icp-registry.yaml 的 servers 中登记其 ID 和属性。用该服务器的备案服务号为负载均衡所服务的域名办理备案。",
  },
  "icp-container-service-code": {
    description:
      "中国内地地域的 Kubernetes 集群（ACK/ACS）需要本栈或 icp-registry.yaml 中有一台符合条件的 ECS 或轻量应用服务器，为其网站提供 ICP 备案服务号。",
    remediationSteps:
      "在本栈中添加一台中国内地地域的包年包月 ECS（instanceChargeType: PrePaid，period >= 3 个月，有公网带宽或绑定 EIP），或将已有的符合条件的服务器登记到 icp-registry.yaml 的 servers。ACK 节点池实例不计入。",
  },
  "icp-service-code-server": {
    description:
      "被指定为 ICP 备案服务号来源的 ECS 或轻量应用服务器（标签 icp:service-code-server=true，或 icp-registry.yaml 中属于本栈的服务器）必须保持符合条件：中国内地地域、包年包月至少 3 个月、有公网带宽。",
    remediationSteps:
      "保持该服务器为中国内地地域的包年包月实例（instanceChargeType: PrePaid，periodUnit: Month，period >= 3），并有公网带宽（internetMaxBandwidthOut > 0）或通过 ecs.EipAssociation 绑定的 EIP；或不再将其指定为备案服务号来源。",
  },
  "icp-service-code-quota": {
    description:
      "icp-registry.yaml 中任何服务器被指定为备案服务号来源的备案数，不得超过其可提供的服务号数量（配置 codesPerServer，默认 5）。",
    remediationSteps:
      "将超出部分备案的 serviceCode.server 改为另一台符合条件的服务器（登记在 servers 中），或在阿里云为该服务器增加了服务号时调高 codesPerServer。",
  },
  "icp-anchor-server-retained": {
    description:
      "icp-registry.yaml 记录为本栈 ICP 备案服务号来源的服务器必须保留在栈中并保持符合条件：删除它或转为按量付费会危及依赖它的备案。",
    remediationSteps:
      "以备案登记中记录的资源名将该服务器（中国内地地域、有公网 IP 的包年包月 ECS 或轻量应用服务器）保留在栈中；或在删除前将依赖它的备案迁移到另一台符合条件的服务器并更新 icp-registry.yaml。",
  },
  "icp-filing-number-format": {
    description:
      "icp-registry.yaml 和 icp:number 标签中的每个 ICP 备案号都必须有效且彼此一致；服务号来自其他账号的备案必须注明授权账号。",
    remediationSteps:
      "按工信部下发的原样填写备案号（如 京ICP备12345678号-1），更正或删除无效的 psbNumber，为授权备案添加 serviceCode.authorizedBy，并使 icp:number 标签与资源域名在备案登记中的备案一致（或删除标签）。",
  },
};
