import * as fs from "node:fs";
import * as path from "node:path";

/**
 * This package's root (where package.json is): two levels above dist/cli/. It is the default
 * policy pack, the way `pulumi preview --policy-pack .` would run it from the repository.
 */
export const PACKAGE_ROOT = path.resolve(__dirname, "..", "..");

export function packageVersion(): string {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8"));
  if (
    typeof raw === "object" &&
    raw !== null &&
    "version" in raw &&
    typeof raw.version === "string"
  ) {
    return raw.version;
  }
  return "0.0.0";
}
