import { type ParseArgsConfig, parseArgs } from 'node:util';

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
