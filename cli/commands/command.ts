/** A subcommand of `icp-guard`: main.ts holds the table of them. */
export interface Command {
  /** One line for `icp-guard help`. */
  summary: string;
  /** The full usage text for `icp-guard help <command>`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}
