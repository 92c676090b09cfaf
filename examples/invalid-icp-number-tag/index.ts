/**
 * A CDN domain whose filing is recorded only as an `icp:number` tag, copied without its province
 * (`ICP备2024050123号-1` instead of `浙ICP备2024050123号-1`). A malformed number is no filing:
 * icp-filing-number-format reports the tag, and icp-cdn-domain reports the domain as unfiled.
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const site = new alicloud.oss.Bucket("site", { bucket: `example-games-site-${pulumi.getStack()}` });

new alicloud.cdn.DomainNew("cdn", {
  domainName: "www.example-games.cn",
  cdnType: "web",
  scope: "domestic",
  sources: [
    {
      type: "oss",
      content: pulumi.interpolate`${site.bucket}.${site.extranetEndpoint}`,
      port: 443,
      priority: 20,
      weight: 10,
    },
  ],
  tags: { "icp:number": "ICP备2024050123号-1" },
});
