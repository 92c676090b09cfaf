#!/usr/bin/env node
import type { Command } from "./commands/command";
import { write } from "./commands/common";
import { initCommand } from "./commands/init";
import { previewCommand } from "./commands/preview";
import { reportCommand } from "./commands/report";
import { scanCommand } from "./commands/scan";
/**
 * `icp-guard`: runs Node.js policy packs like the Pulumi engine, over the files users have.
 * A subcommand is one entry in COMMANDS.
 */
import { errorReport, setDebug, UsageError } from "./errors";
import { cliText } from "./i18n";
import { packageVersion } from "./paths";

const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  preview: previewCommand,
  report: reportCommand,
  init: initCommand,
};

const t = cliText();

function overview(): string {
  const commands: Array<[string, string]> = Object.entries(COMMANDS).map(([name, c]) => [
    name,
    c.summary,
  ]);
  return t.overview([...commands, ["help", t.helpSummary]]);
}

async function main(args: string[]): Promise<number> {
  // --debug is global: anywhere on the command line, for every command.
  const argv = args.filter((a) => a !== "--debug");
  setDebug(argv.length !== args.length);
  const [name, ...rest] = argv;
  if (name === undefined) {
    await write(process.stderr, overview());
    return 2;
  }
  if (name === "--version" || name === "-v") {
    await write(process.stdout, `${packageVersion()}\n`);
    return 0;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = rest[0];
    if (topic === undefined) {
      await write(process.stdout, overview());
      return 0;
    }
    const command = COMMANDS[topic];
    if (!command) throw new UsageError(t.unknownCommand(topic));
    await write(process.stdout, command.usage);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(t.unknownCommand(name));
  if (rest.includes("--help") || rest.includes("-h")) {
    await write(process.stdout, command.usage);
    return 0;
  }
  return command.run(rest);
}

async function report(e: unknown): Promise<number> {
  await write(process.stderr, errorReport(e));
  return 2;
}

// `icp-guard scan ... | head`: a closed pipe ends the command quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2))
  .catch(report)
  // Exit at once: the report is flushed, and pack processes are killed by the exit handler.
  .then((code) => process.exit(code));
