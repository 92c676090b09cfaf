#!/usr/bin/env node
// Build step: what the package ships besides the compiled code, at paths users can rely on.
// - schema/icp-registry.schema.json: the registry's JSON Schema, for editors
//   (`# yaml-language-server: $schema=...`, written by `icp-guard init`) and other tools;
//   generated from policy-pack/model/registry.schema.json, the one the pack validates with.
// - dist/cli/main.js executable, so `./dist/cli/main.js` runs from a checkout as the npm bin does.
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const schema = path.join(root, "schema", "icp-registry.schema.json");
fs.mkdirSync(path.dirname(schema), { recursive: true });
fs.copyFileSync(path.join(root, "policy-pack/model/registry.schema.json"), schema);
fs.chmodSync(path.join(root, "dist/cli/main.js"), 0o755);
