/**
 * Video downloads from an OSS bucket through a CDN domain. The CDN's default scope, domestic,
 * serves mainland users, so cdn.example-video.cn needs an ICP filing (any access provider), and
 * icp-registry.yaml has none: icp-cdn-domain stops the preview.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const videos = new alicloud.oss.Bucket("videos", {
  bucket: `example-video-${pulumi.getStack()}`,
});

const cdn = new alicloud.cdn.DomainNew("cdn", {
  domainName: "cdn.example-video.cn",
  cdnType: "download",
  // scope: "overseas" would need no filing; "domestic" (the default) and "global" do.
  scope: "domestic",
  sources: [
    {
      type: "oss",
      content: pulumi.interpolate`${videos.bucket}.${videos.extranetEndpoint}`,
      port: 443,
      priority: 20,
      weight: 10,
    },
  ],
});

export const cdnCname = cdn.cname;
