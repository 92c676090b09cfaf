/**
 * TEST-ONLY, PREVIEW-ONLY stand-in for a resource provider plugin (`pulumi-resource-alicloud`, and
 * `pulumi-resource-kubernetes` for examples/ack-ingress),
 * so the real Pulumi CLI can preview the example programs offline. Installed by
 * test/pulumi/support/engine.ts into PULUMI_HOME/plugins/resource-<name>-v<version>/ as a shell
 * script that runs this file with node; never part of dist/.
 *
 * It serves the provider protocol with the Node SDK's own server (`@pulumi/pulumi/provider`):
 * Check returns the inputs unchanged (secrets and unknowns stay as the engine sent them), Diff
 * compares them, and the server does not announce preview support, so during `pulumi preview`
 * the engine never calls Create and takes the checked inputs as the new state's outputs (computed
 * outputs are absent, hence unknown to the program). Create/Update/Read only echo, so an
 * accidental `pulumi up` "creates" nothing real either. Invokes fail: no example calls one, and
 * a data source answered with made-up data would be worse than an error.
 *
 * argv: [name, version, ...engine args]; the engine's own arguments follow.
 */

const provider = require("@pulumi/pulumi/provider");

const [name, version, ...engineArgs] = process.argv.slice(2);
if (!name || !version) {
  process.stderr.write("usage: node index.js NAME VERSION [engine args...]\n");
  process.exit(2);
}

function stable(value) {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function resourceName(urn) {
  return urn.split("::").slice(3).join("::");
}

provider.main(
  {
    version,
    async check(_urn, _olds, news) {
      return { inputs: news };
    },
    async diff(_id, _urn, olds, news) {
      return { changes: stable(olds) !== stable(news) };
    },
    async create(urn, inputs) {
      return { id: `${name}-standin-${resourceName(urn)}`, outs: inputs };
    },
    async read(id, _urn, props) {
      return { id, props: props ?? {} };
    },
    async update(_id, _urn, _olds, news) {
      return { outs: news };
    },
    async delete() {},
    async invoke(token) {
      throw new Error(
        `${token}: the icp-guard test provider stand-in for "${name}" answers no data sources`,
      );
    },
  },
  engineArgs,
);
