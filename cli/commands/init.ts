/** `icp-guard init`: a starter registry and policy config in the user's repository. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError, errorMessage, UsageError } from "../errors";
import { PACKAGE_ROOT } from "../paths";
import {
  STARTER_CONFIG_FILE,
  STARTER_REGISTRY_FILE,
  starterPolicyConfig,
  starterRegistry,
} from "../starter";
import type { Command } from "./command";
import { parse, write } from "./common";

const USAGE = `Usage: icp-guard init [DIR]

Writes two starter files into DIR (default: the current directory). Use the folder whose
node_modules holds alicloud-icp-guard: the pack looks for icp-registry.yaml there.
  ${STARTER_REGISTRY_FILE}   your ICP filings, servers and exemptions: empty but valid, with
                      commented examples and the schema line editors complete from
  ${STARTER_CONFIG_FILE}  every policy's enforcement level and settings at their defaults,
                      for --policy-pack-config
It never overwrites a file: if either exists, nothing is written.

Exit codes: 0 written, 2 a file exists, DIR is missing or cannot be written.
`;

/** The schema this package ships (package.json "files"; scripts/package-files.js writes it). */
const SCHEMA_FILE = path.join(PACKAGE_ROOT, "schema", "icp-registry.schema.json");

/**
 * The schema as a registry in `dir` refers to it: relative when the package is installed below
 * `dir` (`./node_modules/alicloud-icp-guard/...`, valid in every clone), else absolute.
 */
function schemaRef(dir: string): string {
  const relative = path.relative(path.resolve(dir), SCHEMA_FILE);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return SCHEMA_FILE;
  return `./${relative.split(path.sep).join("/")}`;
}

export const initCommand: Command = {
  summary: "write a starter icp-registry.yaml and policy-config.json",
  usage: USAGE,
  async run(args) {
    const { positionals } = parse(args, {});
    if (positionals.length > 1) throw new UsageError("init takes at most one DIR");
    const dir = positionals[0] ?? ".";
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new CliError(`${dir}: no such directory`);
    }
    const registryFile = path.join(dir, STARTER_REGISTRY_FILE);
    const configFile = path.join(dir, STARTER_CONFIG_FILE);
    const existing = [registryFile, configFile].filter((f) => fs.existsSync(f));
    if (existing.length > 0) {
      throw new CliError(existing.map((f) => `${f} already exists: not overwritten`));
    }
    writeNew(registryFile, starterRegistry(schemaRef(dir)));
    writeNew(configFile, starterPolicyConfig());
    await write(
      process.stdout,
      [
        `icp-guard: wrote ${registryFile} and ${configFile}`,
        `Next: add your filings to ${registryFile}, then run`,
        `  pulumi preview --policy-pack node_modules/alicloud-icp-guard --policy-pack-config ${configFile}`,
        `or, without the Pulumi CLI, npx --no-install icp-guard preview . --policy-pack-config ${configFile}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
};

function writeNew(file: string, text: string): void {
  try {
    // "wx": fails if the file appeared since the check, never overwrites it.
    fs.writeFileSync(file, text, { flag: "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "EEXIST"
        ? `${file} already exists: not overwritten`
        : `cannot write ${file}: ${errorMessage(e)}`,
    );
  }
}
