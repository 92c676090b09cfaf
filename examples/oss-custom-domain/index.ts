/**
 * Product images in an OSS bucket in cn-shanghai, served under img.example-media.cn. A bucket in a
 * mainland region may only be reached through a filed custom domain, and example-media.cn has no
 * filing: icp-oss-custom-domain stops the preview.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const images = new alicloud.oss.Bucket("images", {
  bucket: `example-media-images-${pulumi.getStack()}`,
});
new alicloud.oss.BucketAcl("images-acl", { bucket: images.bucket, acl: "public-read" });

new alicloud.oss.BucketCname("images-domain", {
  bucket: images.bucket,
  domain: "img.example-media.cn",
});

export const bucketEndpoint = pulumi.interpolate`${images.bucket}.${images.extranetEndpoint}`;
