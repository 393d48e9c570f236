import { type ParseArgsConfig, parseArgs } from 'node:util';
import { commandSafeWriter } from '../text/workflow-commands.js';

/** What a CLI command may touch besides the file system: its streams and working directory. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress lines are drawn only then). */
  isTTY: boolean;
  cwd: string;
}

/** A command takes its own arguments (after the command name) and returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes of the CLI contract (DESIGN.md). */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** Thrown for bad command lines; the dispatcher prints the message and the command's help, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `node:util` parseArgs whose complaints (unknown option, missing value) are usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The streams every command writes through: no line of stdout or stderr can be a workflow command
 * (`::…` at its start, `##[` anywhere), whatever a file, an issue body or an argument held (THREATS.md
 * rule 1), since the CLI runs in workflows as often as in terminals. JSON output is written with
 * `commandSafeJson`, so this changes no byte of it; human-readable text gets a space where needed.
 */
export function commandSafeIo(io: CliIo): CliIo {
  return { ...io, stdout: commandSafeWriter(io.stdout), stderr: commandSafeWriter(io.stderr) };
}
