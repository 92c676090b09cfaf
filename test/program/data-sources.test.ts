/**
 * How an offline preview answers data sources, as pure functions: the @pulumi/std functions run
 * for real, the Alibaba Cloud built-ins follow the region and the arguments, --mocks files are
 * validated with line numbers and come first, and a data source with no answer gets a --mocks
 * snippet built from its declared result.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { answerInvoke, mockSnippet } from "../../cli/program/data-sources";
import { callAlicloud } from "../../cli/program/data-sources/alicloud";
import { zonesOf } from "../../cli/program/data-sources/alicloud/shared";
import { MocksError, mockedInvoke, parseMocks } from "../../cli/program/data-sources/mocks";
import { callStd } from "../../cli/program/data-sources/std";
import { StdArgumentError } from "../../cli/program/data-sources/std/args";
import { format } from "../../cli/program/data-sources/std/format";

const ROOT = path.resolve(__dirname, "../..");
const std = (name: string, args: Record<string, unknown>, programDir = ROOT) =>
  callStd(`std:index:${name}`, args, { programDir })?.result;

describe("@pulumi/std functions", () => {
  it("format: Go verbs, widths, explicit indexes, %%", () => {
    expect(format("%s-%03d", ["web", 7])).toBe("web-007");
    // As in Go, a verb after %[n] takes argument n+1.
    expect(format("%[2]s/%[1]s %v", ["a", "b", 3])).toBe("b/a b");
    expect(format("%v %t %q", [3, true, "x"])).toBe('3 true "x"');
    expect(format("%5s|%-5s|%.2f|%x|100%%", ["ab", "cd", 12.5, 255])).toBe(
      "   ab|cd   |12.50|ff|100%",
    );
    expect(() => format("%s %s", ["only"])).toThrow(StdArgumentError);
  });

  it("strings and lists as Terraform defines them", () => {
    expect(std("join", { separator: ",", input: ["a", "b"] })).toBe("a,b");
    expect(std("split", { separator: ",", text: "a,,b" })).toEqual(["a", "", "b"]);
    expect(std("replace", { text: "a.b.c", search: ".", replace: "-" })).toBe("a-b-c");
    expect(std("replace", { text: "web_007", search: "/_0+/", replace: "-" })).toBe("web-7");
    expect(std("substr", { input: "cn-hangzhou-h", offset: -1, length: 1 })).toBe("h");
    expect(std("substr", { input: "hello", offset: 1, length: -1 })).toBe("ello");
    expect(std("concat", { input: [["a"], ["b", "c"]] })).toEqual(["a", "b", "c"]);
    expect(std("element", { input: ["a", "b", "c"], index: 4 })).toBe("b");
    expect(std("lookup", { map: { a: 1 }, key: "a" })).toBe(1);
    expect(std("lookup", { map: { a: 1 }, key: "b", default: 2 })).toBe(2);
    expect(() => std("lookup", { map: { a: 1 }, key: "b" })).toThrow('no key "b"');
    expect(std("toset", { input: ["a", "b", "a"] })).toEqual(["a", "b"]);
    expect(std("length", { input: "中国" })).toBe(2);
    expect(std("length", { input: { a: 1, b: 2 } })).toBe(2);
    expect(std("upper", { input: "abc" })).toBe("ABC");
    expect(std("lower", { input: "ABC" })).toBe("abc");
    expect(std("trimspace", { input: "  x \n" })).toBe("x");
    expect(std("keys", { input: { b: 1, a: 2 } })).toEqual(["a", "b"]);
    expect(std("values", { input: { b: 1, a: 2 } })).toEqual([2, 1]);
  });

  it("encodings and files, files read from the program's directory", () => {
    expect(std("base64encode", { input: "ICP 备案" })).toBe("SUNQIOWkh+ahiA==");
    expect(std("base64decode", { input: "SUNQIOWkh+ahiA==" })).toBe("ICP 备案");
    expect(std("jsonencode", { input: { a: [1, "x"] } })).toBe('{"a":[1,"x"]}');
    expect(std("jsondecode", { input: '{"a":1}' })).toEqual({ a: 1 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "std-file-"));
    fs.writeFileSync(path.join(dir, "init.sh"), "echo hi\n");
    expect(std("file", { input: "init.sh" }, dir)).toBe("echo hi\n");
    expect(std("fileexists", { input: "init.sh" }, dir)).toBe(true);
    expect(std("fileexists", { input: "nope" }, dir)).toBe(false);
    expect(() => std("file", { input: "nope" }, dir)).toThrow("std.file: cannot read nope");
  });

  it("CIDR arithmetic, IPv4 and IPv6", () => {
    expect(std("cidrsubnet", { input: "172.16.0.0/12", newbits: 4, netnum: 2 })).toBe(
      "172.18.0.0/16",
    );
    expect(std("cidrsubnet", { input: "10.0.0.0/8", newbits: 8, netnum: 255 })).toBe(
      "10.255.0.0/16",
    );
    expect(std("cidrsubnet", { input: "2408:4000::/56", newbits: 8, netnum: 1 })).toBe(
      "2408:4000:0:1::/64",
    );
    expect(() => std("cidrsubnet", { input: "10.0.0.0/8", newbits: 2, netnum: 4 })).toThrow(
      "has no network number 4",
    );
    expect(std("cidrhost", { input: "10.12.112.0/20", host: 16 })).toBe("10.12.112.16");
    expect(std("cidrhost", { input: "10.12.112.0/20", host: -2 })).toBe("10.12.127.254");
    expect(std("cidrnetmask", { input: "172.16.0.0/12" })).toBe("255.240.0.0");
  });

  it("timeadd keeps the timestamp's zone", () => {
    expect(std("timeadd", { timestamp: "2026-12-01T23:30:00Z", duration: "1h45m" })).toBe(
      "2026-12-02T01:15:00Z",
    );
    expect(std("timeadd", { timestamp: "2026-12-01T08:00:00+08:00", duration: "-30m" })).toBe(
      "2026-12-01T07:30:00+08:00",
    );
    expect(() => std("timeadd", { timestamp: "yesterday", duration: "1h" })).toThrow(
      "not an RFC 3339 timestamp",
    );
  });

  it("has no answer for what reads a clock or makes random values, nor for other packages", () => {
    expect(callStd("std:index:timestamp", {}, { programDir: ROOT })).toBeUndefined();
    expect(callStd("std:index:uuid", {}, { programDir: ROOT })).toBeUndefined();
    expect(callStd("alicloud:index/getZones:getZones", {}, { programDir: ROOT })).toBeUndefined();
  });
});

describe("Alibaba Cloud built-ins", () => {
  const call = (token: string, args: Record<string, unknown> = {}, region = "cn-shanghai") =>
    callAlicloud(token, args, { region }) as Record<string, unknown>;

  it("zones come from the region, in every product's shape", () => {
    expect(zonesOf("cn-shanghai")).toEqual([
      "cn-shanghai-a",
      "cn-shanghai-b",
      "cn-shanghai-c",
      "cn-shanghai-d",
      "cn-shanghai-e",
      "cn-shanghai-f",
    ]);
    const zones = call("alicloud:index/getZones:getZones") as {
      zones: { id: string }[];
      ids: string[];
    };
    expect(zones.zones.map((z) => z.id)).toEqual(zonesOf("cn-shanghai"));
    expect(zones.ids).toEqual(zonesOf("cn-shanghai"));
    const alb = call("alicloud:alb/getZones:getZones", {}, "cn-hongkong") as {
      zones: { id: string; zoneId: string }[];
    };
    expect(alb.zones[1]).toEqual({
      id: "cn-hongkong-b",
      zoneId: "cn-hongkong-b",
      localName: "cn-hongkong-b",
    });
    const nat = call("alicloud:vpc/getEnhancedNatAvailableZones:getEnhancedNatAvailableZones") as {
      zones: { zoneId: string }[];
    };
    expect(nat.zones[4].zoneId).toBe("cn-shanghai-e");
    const slb = call("alicloud:slb/getZones:getZones") as {
      zones: { masterZoneId: string; slaveZoneId: string }[];
    };
    expect(slb.zones[0]).toMatchObject({
      masterZoneId: "cn-shanghai-a",
      slaveZoneId: "cn-shanghai-b",
    });
  });

  it("instance types follow the requested size and family; images the name pattern and OS", () => {
    const types = (args: Record<string, unknown>) =>
      (
        call("alicloud:ecs/getInstanceTypes:getInstanceTypes", args) as {
          instanceTypes: {
            id: string;
            cpuCoreCount: number;
            memorySize: number;
            availabilityZones: string[];
          }[];
        }
      ).instanceTypes;
    expect(types({ cpuCoreCount: 2, memorySize: 4 })[0].id).toBe("ecs.c7.large");
    expect(types({ cpuCoreCount: 4, memorySize: 16 }).map((t) => t.id)).toEqual([
      "ecs.g7.xlarge",
      "ecs.g6.xlarge",
    ]);
    expect(types({ instanceTypeFamily: "ecs.r7" }).map((t) => t.id)).toEqual([
      "ecs.r7.large",
      "ecs.r7.xlarge",
    ]);
    // Nothing in the catalogue: still one plausible answer with what was asked.
    expect(types({ cpuCoreCount: 64, memorySize: 256 })[0]).toMatchObject({
      id: "ecs.g7.offline",
      cpuCoreCount: 64,
      memorySize: 256,
    });
    expect(types({ availabilityZone: "cn-shanghai-l" })[0].availabilityZones).toEqual([
      "cn-shanghai-l",
    ]);

    const images = (args: Record<string, unknown>) =>
      (call("alicloud:ecs/getImages:getImages", args) as { images: { id: string }[] }).images.map(
        (i) => i.id,
      );
    expect(images({ nameRegex: "^ubuntu_[0-9]+_[0-9]+_x64*", owners: "system" })).toEqual([
      "ubuntu_22_04_x64_20G_alibase_20240530.vhd",
    ]);
    expect(images({ osType: "windows" })).toEqual([
      "win2022_21H2_x64_dtc_en-us_40G_alibase_20240603.vhd",
    ]);
    expect(images({ nameRegex: "^debian" })).toEqual(["m-debian-offline"]);
    expect(images({})[0]).toBe("aliyun_3_x64_20G_alibase_20240528.vhd");
  });

  it("answers what the documented examples index: groups, keys, key pairs, versions, accelerators, the account", () => {
    const first = (token: string, key: string, args: Record<string, unknown> = {}) =>
      (call(token, args)[key] as Record<string, unknown>[])[0];
    expect(first("alicloud:resourcemanager/getResourceGroups:getResourceGroups", "groups").id).toBe(
      "rg-offline",
    );
    expect(first("alicloud:kms/getKeys:getKeys", "keys")).toMatchObject({
      id: "key-offline",
      arn: "acs:kms:cn-shanghai:1234567890123456:key/key-offline",
    });
    expect(first("alicloud:ecs/getKeyPairs:getKeyPairs", "keyPairs").keyName).toBe(
      "key-pair-offline",
    );
    expect(
      first("alicloud:cs/getKubernetesVersion:getKubernetesVersion", "metadatas").version,
    ).toBe("1.33.1-aliyun.1");
    expect(
      (call("alicloud:ga/getAccelerators:getAccelerators").accelerators as unknown[]).length,
    ).toBe(2);
    expect(call("alicloud:index/getAccount:getAccount")).toEqual({ id: "1234567890123456" });
    expect(
      call("alicloud:index/getRegions:getRegions", { current: true }).regions as unknown[],
    ).toEqual([{ id: "cn-shanghai", regionId: "cn-shanghai", localName: "cn-shanghai" }]);
    expect(call("alicloud:vpc/getNatGateways:getNatGateways")).toBeUndefined();
  });
});

describe("--mocks", () => {
  const spec = parseMocks(
    [
      "invokes:",
      '  "alicloud:ecs/getImages:getImages":',
      "    images: [{ id: m-bp1example }]",
      '  "alicloud:vpc/getNetworks:getNetworks":',
      '    - args: { nameRegex: "^prod" }',
      "      result: { vpcs: [{ id: vpc-prod }] }",
      "    - result: { vpcs: [] }",
      "stackReferences:",
      "  acme/network/prod:",
      "    vpcId: vpc-bp1example",
      "",
    ].join("\n"),
    "mocks.yaml",
  );

  it("come first, matched on the arguments they name", () => {
    const ctx = { region: "cn-hangzhou", programDir: ROOT, mocks: spec };
    expect(answerInvoke("alicloud:ecs/getImages:getImages", { nameRegex: "x" }, ctx)).toEqual({
      answer: "mock",
      result: { images: [{ id: "m-bp1example" }] },
    });
    expect(
      answerInvoke("alicloud:vpc/getNetworks:getNetworks", { nameRegex: "^prod" }, ctx).result,
    ).toEqual({ vpcs: [{ id: "vpc-prod" }] });
    expect(
      answerInvoke("alicloud:vpc/getNetworks:getNetworks", { nameRegex: "^dev" }, ctx).result,
    ).toEqual({ vpcs: [] });
    expect(answerInvoke("alicloud:index/getZones:getZones", {}, ctx).answer).toBe("builtin");
    expect(answerInvoke("alicloud:vpc/getNatGateways:getNatGateways", {}, ctx)).toEqual({
      answer: "empty",
      result: {},
    });
    expect(spec.stackReferences).toEqual({ "acme/network/prod": { vpcId: "vpc-bp1example" } });
    expect(mockedInvoke(undefined, "alicloud:ecs/getImages:getImages", {})).toBeUndefined();
  });

  it("refuse a file they cannot use, naming the line and key", () => {
    const fail = (text: string) => {
      try {
        parseMocks(text, "m.yaml");
      } catch (e) {
        if (e instanceof MocksError) return e.message;
        throw e;
      }
      throw new Error("expected a MocksError");
    };
    expect(fail("invoke:\n  x: {}\n")).toBe(
      'm.yaml: line 1: invoke: unknown key (allowed: "invokes", "stackReferences")',
    );
    expect(fail("invokes:\n  getZones: {}\n")).toBe(
      'm.yaml: line 2: invokes.getZones: is not a data-source token such as "alicloud:index/getZones:getZones"',
    );
    expect(fail('invokes:\n  "a:b/c:d":\n    - args: {}\n')).toBe(
      "m.yaml: line 3: invokes.a:b/c:d.0: each case needs result: (a mapping) and may have args:",
    );
    expect(fail("invokes: [\n")).toMatch(/^m\.yaml: line \d+: /);
    expect(fail("stackReferences:\n  acme/x/y: 3\n")).toBe(
      "m.yaml: line 2: stackReferences.acme/x/y: must be a mapping of output names to values",
    );
  });

  it("a data source without an answer gets a snippet with the fields its result declares", () => {
    expect(mockSnippet("alicloud:vpc/getNatGateways:getNatGateways", ROOT, "fill in")).toEqual([
      '    "alicloud:vpc/getNatGateways:getNatGateways":',
      "      gateways: []   # fill in",
      "      ids: []",
      "      names: []",
      "      totalCount: 0",
    ]);
    expect(mockSnippet("acme:index/getThing:getThing", ROOT, "fill in")).toEqual([
      '    "acme:index/getThing:getThing":',
      "      {}   # fill in",
    ]);
  });
});
