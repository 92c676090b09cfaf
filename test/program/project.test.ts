import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ProgramError } from "../../cli/program/program-error";
import { loadProgramProject, parseConfigOverrides } from "../../cli/program/project";
import { UNKNOWN } from "../../policy-pack/model/sentinels";

const FIXTURES = path.resolve(__dirname, "../fixtures/programs");
const dirs: string[] = [];

/** A throwaway program directory holding only the given files. */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "icp-guard-project-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function projectError(
  dir: string,
  opts: Parameters<typeof loadProgramProject>[1] = {},
): ProgramError {
  try {
    loadProgramProject(dir, opts);
  } catch (e) {
    if (e instanceof ProgramError) return e;
    throw e;
  }
  throw new Error("expected a ProgramError");
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("loadProgramProject", () => {
  it("reads the only stack, its config, project defaults and secrets", () => {
    const p = loadProgramProject(path.join(FIXTURES, "website"));
    expect(p.name).toBe("shop");
    expect(p.stack).toBe("dev");
    expect(p.organization).toBe("organization");
    expect(p.main).toBe(path.join(FIXTURES, "website", "index.ts"));
    expect(p.stackConfigFile).toBe(path.join(FIXTURES, "website", "Pulumi.dev.yaml"));
    expect(p.config).toEqual({
      "shop:owner": "web-team",
      "alicloud:region": "cn-hangzhou",
      "alicloud:skipRegionValidation": "true",
      "shop:domain": "example.com",
      "shop:dbPassword": UNKNOWN,
    });
    expect(p.secretKeys).toEqual(["shop:dbPassword"]);
    expect(p.warnings).toEqual([
      "config shop:dbPassword is a secret: an offline preview cannot decrypt it, its value is unknown",
    ]);
  });

  it("resolves main, and needs --stack when there are several stacks", () => {
    const dir = path.join(FIXTURES, "js-main");
    const err = projectError(dir);
    expect(err.kind).toBe("project");
    expect(err.message).toBe(`${dir} has several stacks (prod, staging): pass --stack NAME`);
    const p = loadProgramProject(dir, { stack: "acme/plain/staging" });
    expect(p.main).toBe(path.join(dir, "app"));
    expect(p.stack).toBe("staging");
    expect(p.organization).toBe("acme");
    expect(p.config).toEqual({ "alicloud:region": "cn-beijing", "plain:zoneHint": "cn-beijing-a" });
    expect(loadProgramProject(dir, { stack: "acme/prod" })).toMatchObject({
      stack: "prod",
      organization: "acme",
    });
    expect(projectError(dir, { stack: "acme/other/prod" }).message).toBe(
      "--stack acme/other/prod: the program's project is plain, not other",
    );
  });

  it("fails clearly when the named stack has no config file", () => {
    const dir = path.join(FIXTURES, "website");
    const err = projectError(dir, { stack: "prod" });
    expect(err.kind).toBe("project");
    expect(err.lines).toEqual([
      `stack prod: its config file ${path.join(dir, "Pulumi.prod.yaml")} does not exist`,
      "create it (at least `config:` with `alicloud:region`) or pass the right --stack",
    ]);
  });

  it("fails clearly without Pulumi.yaml, without any stack, or with another runtime", () => {
    const empty = project({});
    expect(projectError(empty).message).toBe(`${empty} has no Pulumi.yaml: not a Pulumi program`);
    const noStack = project({ "Pulumi.yaml": "name: p\nruntime: nodejs\n" });
    expect(projectError(noStack).message).toBe(
      `${noStack} has no Pulumi.<stack>.yaml: pass --stack NAME and create its config file`,
    );
    const python = project({
      "Pulumi.yaml": "name: p\nruntime: python\n",
      "Pulumi.dev.yaml": "config: {}\n",
    });
    expect(projectError(python).message).toBe(
      `${path.join(python, "Pulumi.yaml")}: runtime "python" is not supported (an offline preview runs nodejs programs)`,
    );
  });

  it("JSON-encodes structured values, hides nested secrets and applies --config overrides", () => {
    const dir = project({
      "Pulumi.yaml":
        "name: p\nruntime: nodejs\nconfig:\n  alicloud:region: cn-shanghai\n  size: 2\n",
      "Pulumi.dev.yaml": [
        "config:",
        "  p:tags:",
        "    team: web",
        "    token:",
        "      secure: v1:abc",
        "  p:ports: [80, 443]",
        "  p:enabled: false",
        "  p:config:legacy: yes-it-works",
        "",
      ].join("\n"),
    });
    const p = loadProgramProject(dir, {
      config: { region: "ignored-namespace", "alicloud:region": "cn-shenzhen" },
    });
    expect(p.config).toEqual({
      "alicloud:region": "cn-shenzhen",
      "p:size": "2",
      "p:tags": JSON.stringify({ team: "web", token: UNKNOWN }),
      "p:ports": "[80,443]",
      "p:enabled": "false",
      "p:legacy": "yes-it-works",
      "p:region": "ignored-namespace",
    });
    expect(p.secretKeys).toEqual(["p:tags"]);
  });

  it("requires values declared without a default, and namespaced stack keys", () => {
    const declared = project({
      "Pulumi.yaml": "name: p\nruntime: nodejs\nconfig:\n  domain:\n    type: string\n",
      "Pulumi.dev.yaml": "config:\n  alicloud:region: cn-hangzhou\n",
    });
    expect(projectError(declared).message).toBe(
      "stack dev is missing configuration value 'p:domain' (declared without a default in Pulumi.yaml)",
    );
    expect(loadProgramProject(declared, { config: { domain: "a.cn" } }).config["p:domain"]).toBe(
      "a.cn",
    );
    const bare = project({
      "Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "Pulumi.dev.yaml": "config:\n  domain: a.cn\n",
    });
    expect(projectError(bare).message).toBe(
      `${path.join(bare, "Pulumi.dev.yaml")}: config key "domain" must be of the form <namespace>:<name> (e.g. "<project>:domain")`,
    );
  });

  it("reports YAML errors with the file", () => {
    const dir = project({
      "Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "Pulumi.dev.yaml": "config: [\n",
    });
    const err = projectError(dir);
    expect(err.kind).toBe("project");
    expect(err.message.startsWith(`${path.join(dir, "Pulumi.dev.yaml")}: `)).toBe(true);
  });
});

describe("parseConfigOverrides", () => {
  it("splits at the first =", () => {
    expect(
      parseConfigOverrides(["alicloud:region=cn-hangzhou", "shop:q=a=b", "shop:empty="]),
    ).toEqual({
      "alicloud:region": "cn-hangzhou",
      "shop:q": "a=b",
      "shop:empty": "",
    });
  });

  it("rejects an argument without a key", () => {
    expect(() => parseConfigOverrides(["=x"])).toThrow("--config =x: expected KEY=VALUE");
    expect(() => parseConfigOverrides(["novalue"])).toThrow("--config novalue: expected KEY=VALUE");
  });
});
