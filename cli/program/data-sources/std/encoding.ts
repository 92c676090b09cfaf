/** std functions over paths, files (relative to the program's directory), encodings and hashes. */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  type Args,
  readText,
  StdArgumentError,
  type StdContext,
  type StdFunction,
  str,
} from "./args";

type Encoding = "hex" | "base64";

/** `fn`: the `algorithm` hash of its `input` text. */
const digest =
  (fn: string, algorithm: string, encoding: Encoding) =>
  (args: Args): string =>
    createHash(algorithm)
      .update(str(fn, args, "input"))
      .digest(encoding);

/** `fn`: the `algorithm` hash of the file its `input` names. */
const fileDigest =
  (fn: string, algorithm: string, encoding: Encoding) =>
  (args: Args, ctx: StdContext): string =>
    createHash(algorithm)
      .update(readText(fn, str(fn, args, "input"), ctx))
      .digest(encoding);

export const ENCODING = {
  abspath: (a, ctx) => path.resolve(ctx.programDir, str("abspath", a, "input")),
  base64decode: (a) => Buffer.from(str("base64decode", a, "input"), "base64").toString("utf8"),
  base64encode: (a) => Buffer.from(str("base64encode", a, "input"), "utf8").toString("base64"),
  base64sha256: digest("base64sha256", "sha256", "base64"),
  base64sha512: digest("base64sha512", "sha512", "base64"),
  basename: (a) => path.posix.basename(str("basename", a, "input")),
  dirname: (a) => path.posix.dirname(str("dirname", a, "input")),
  file: (a, ctx) => readText("file", str("file", a, "input"), ctx).toString("utf8"),
  filebase64: (a, ctx) =>
    readText("filebase64", str("filebase64", a, "input"), ctx).toString("base64"),
  filebase64sha256: fileDigest("filebase64sha256", "sha256", "base64"),
  fileexists: (a, ctx) =>
    fs.existsSync(path.resolve(ctx.programDir, str("fileexists", a, "input"))),
  filemd5: fileDigest("filemd5", "md5", "hex"),
  filesha1: fileDigest("filesha1", "sha1", "hex"),
  filesha256: fileDigest("filesha256", "sha256", "hex"),
  jsondecode: (a) => {
    try {
      return JSON.parse(str("jsondecode", a, "input"));
    } catch (e) {
      throw new StdArgumentError("jsondecode", (e as Error).message);
    }
  },
  jsonencode: (a) => JSON.stringify(a.input ?? null),
  md5: digest("md5", "md5", "hex"),
  sha1: digest("sha1", "sha1", "hex"),
  sha256: digest("sha256", "sha256", "hex"),
  sha512: digest("sha512", "sha512", "hex"),
} satisfies Record<string, StdFunction>;
