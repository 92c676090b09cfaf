/**
 * Two CDN domains imported from an older account, neither filed yet. icp-registry.yaml exempts
 * `legacy-*` CDN domains of this project from icp-cdn-domain until 2027-06-30 (filing in progress),
 * so legacy-downloads passes. The exemption for old-promo expired on 2026-06-30: it no longer
 * applies, and icp-cdn-domain reports old-promo, saying when its exemption expired.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const files = new alicloud.oss.Bucket("files", {
  bucket: `example-legacy-files-${pulumi.getStack()}`,
});
const origin = pulumi.interpolate`${files.bucket}.${files.extranetEndpoint}`;

new alicloud.cdn.DomainNew("legacy-downloads", {
  domainName: "dl.example-legacy.cn",
  cdnType: "download",
  scope: "domestic",
  sources: [{ type: "oss", content: origin, port: 443, priority: 20, weight: 10 }],
});

new alicloud.cdn.DomainNew("old-promo", {
  domainName: "promo.example-legacy.cn",
  cdnType: "web",
  scope: "domestic",
  sources: [{ type: "oss", content: origin, port: 443, priority: 20, weight: 10 }],
});
