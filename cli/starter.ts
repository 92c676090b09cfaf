/**
 * What `icp-guard init` writes: a starter icp-registry.yaml (empty but valid, with the schema line
 * for editors and commented examples) and a policy-config.json with every policy of this pack at
 * its default level and settings. Both come from the pack's own facts (its policies, their
 * settings' defaults), so a new policy or setting shows up here without a change.
 */
import { DEFAULT_SETTINGS } from "../policy-pack/model/settings";
import { ALL_POLICIES } from "../policy-pack/policies";

export const STARTER_REGISTRY_FILE = "icp-registry.yaml";
export const STARTER_CONFIG_FILE = "policy-config.json";

/** `schemaRef`: the schema's path relative to the registry file (or a URL). */
export function starterRegistry(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
#
# ICP Guard registry: your ICP filings (备案), the servers their Alibaba Cloud service codes came
# from, and time-limited exemptions. The alicloud-icp-guard pack reads it on every
#   pulumi preview --policy-pack node_modules/alicloud-icp-guard
# (from the folder that holds that node_modules; ICP_GUARD_REGISTRY=/absolute/path overrides it)
# and every icp-guard scan or preview (--registry FILE overrides it). A registry that does not
# load stops the preview with its line and field: it never lets a check pass silently.
#
# With no filings, every check of a mainland domain fails. To add entries to a list, replace its
# \`[]\` with the example under it, uncommented and filled in. Every field is explained in
# docs/registry.md of the alicloud-icp-guard package (node_modules/alicloud-icp-guard/docs/).

filings: []
  # - number: 浙ICP备2024031234号-1     # the filing number, as the MIIT record shows it
  #   domains: [example.cn]            # the registrable domains it covers
  #   subdomains: true                 # www.example.cn and the like too (the default)
  #   accessProviders: [alibaba-cloud] # who hosts the site: Alibaba Cloud must be one of them
  #                                    # for sites on its ECS, load balancers, FC or API Gateway
  #   serviceCode: { server: web-1 }   # the server (below) the Alibaba Cloud service code came from

servers: []
  # A server outside every Pulumi stack (bought in the console, or managed elsewhere): no stack
  # shows its facts, so they are stated here. A server in a stack names it (stack, resource)
  # instead, and the pack reads the facts from that stack.
  # - name: web-1
  #   id: i-bp1abcdefghijklmnopq       # its instance id
  #   kind: ecs                        # ecs, or sas (Simple Application Server)
  #   region: cn-hangzhou              # a mainland region
  #   chargeType: PrePaid              # a subscription: pay-as-you-go servers give no service code
  #   subscriptionMonths: 12           # at least 3
  #   publicIp: true                   # a public IP address or bandwidth

exemptions: []
  # An exemption turns the named policies' violations on matching resources into "not
  # applicable" until the day it expires. Every report lists it (it is an audit record), and an
  # expired one is reported with the day it expired.
  # - match: "urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew::legacy-*"
  #   policies: [icp-cdn-domain]
  #   reason: "Filing of example-legacy.cn in progress, ticket OPS-1234"
  #   expires: 2026-12-31
`;
}

/**
 * `{"all": "mandatory", "<policy>": {"enforcementLevel": ..., <setting>: <default>}}`, for
 * `--policy-pack-config`: each policy at its own default level (advisory ones stay advisory).
 */
export function starterPolicyConfig(): string {
  const config: Record<string, unknown> = { all: "mandatory" };
  for (const policy of ALL_POLICIES) {
    const entry: Record<string, unknown> = { enforcementLevel: policy.enforcementLevel };
    for (const setting of policy.settings) {
      entry[setting] = DEFAULT_SETTINGS[setting];
    }
    config[policy.name] = entry;
  }
  return `${JSON.stringify(config, null, 2)}\n`;
}
