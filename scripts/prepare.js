#!/usr/bin/env node
// npm's `prepare` step. npm runs it after `npm install`/`npm ci` in this folder, and before it
// packs a git or folder dependency (devDependencies are installed for it then). From a checkout
// (the TypeScript sources and tsconfig.json are here) it builds. In a packed copy (a release
// tarball unpacked by `pulumi policy install`, which runs `npm install` in it) dist/ is already
// built and the sources are not shipped: there is nothing to build, and building would fail.
// Shipped in the package for that reason (package.json "files").
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
if (!fs.existsSync(path.join(root, "tsconfig.json"))) process.exit(0);

// npm sets npm_execpath to its own CLI script: run the build with the same npm.
const npmCli = process.env.npm_execpath;
const r = npmCli
  ? spawnSync(process.execPath, [npmCli, "run", "build"], { cwd: root, stdio: "inherit" })
  : spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: true });
process.exit(r.status ?? 1);
