/**
 * An HTTP API on Function Compute 3.0 in cn-hangzhou under api.example-app.cn. Function Compute
 * serves a custom domain from Alibaba Cloud's own mainland servers, so the domain's filing must
 * list Alibaba Cloud as access provider; example-app.cn is filed through Tencent Cloud only
 * (icp-registry.yaml): icp-custom-domain-access stops the preview. (FC custom domains take no tags,
 * so an icp:number tag cannot stand in for the registry here.)
 */
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();

const api = new alicloud.fc.V3Function("api", {
  functionName: `example-app-api-${pulumi.getStack()}`,
  runtime: "nodejs20",
  handler: "index.handler",
  memorySize: 512,
  timeout: 30,
  code: {
    ossBucketName: config.require("codeBucket"),
    ossObjectName: config.require("codeObject"),
  },
});

new alicloud.fc.V3CustomDomain("api-domain", {
  customDomainName: "api.example-app.cn",
  protocol: "HTTP",
  routeConfig: {
    routes: [{ functionName: api.functionName, path: "/*", methods: ["GET", "POST"] }],
  },
});

export const functionName = api.functionName;
