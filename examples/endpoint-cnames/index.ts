/**
 * DNS records that point a site's names straight at Alibaba endpoint host names, with no bucket or
 * function in this stack: the host name says the product and the region. A CNAME to an OSS
 * endpoint in the mainland needs a filing (any access provider); one to a Function Compute
 * endpoint needs a filing with Alibaba Cloud as access provider. example-pics.cn has none, so
 * icp-hosted-domain stops the preview on both records. The CNAME to a Hong Kong OSS endpoint is
 * outside the mainland and not judged.
 *
 * `pulumi config set filed true` uses example-photo.cn, filed through Alibaba Cloud: no violation.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const filed = new pulumi.Config().getBoolean("filed") ?? false;
const zone = filed ? "example-photo.cn" : "example-pics.cn";

new alicloud.dns.AlidnsRecord("static", {
  domainName: zone,
  rr: "static",
  type: "CNAME",
  value: "media-assets.oss-cn-hangzhou.aliyuncs.com",
  ttl: 600,
});
new alicloud.dns.AlidnsRecord("api", {
  domainName: zone,
  rr: "api",
  type: "CNAME",
  value: "1234567890123456.cn-hangzhou.fc.aliyuncs.com",
  ttl: 600,
});
new alicloud.dns.AlidnsRecord("hk-static", {
  domainName: zone,
  rr: "hk",
  type: "CNAME",
  value: "media-assets-hk.oss-cn-hongkong.aliyuncs.com",
  ttl: 600,
});
