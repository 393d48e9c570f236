// A hostile case driven through `adopters add`, in process: the answers a case types into the issue form
// become the command's flags, and the same adopters file is the target. Held to the same invariant as
// the form path (the file untouched on refusal, else a pure insertion of the entry), and every line the
// command prints is checked for workflow commands.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADD_FLAGS, validateAddValues } from '../../../src/cli/add-entry.js';
import { runCli } from '../../../src/cli/run-cli.js';
import type { IssueFormFields } from '../../../src/submission/form-fields.js';
import { insertionProblem, untouchedProblem } from './invariant.js';
import { valuesTransformed } from './pure.js';
import type { Outcome } from './tally.js';
import { tempDir } from '../../../test-support/temp-dir.js';

/** The flag for each answer of the form (the consent box has none). */
const FLAGS = Object.entries(ADD_FLAGS);

/** The command line for these answers, each value as `--flag=value` so one starting with '-' stays a value. */
export function addArgs(fields: IssueFormFields, extra: readonly string[] = []): string[] {
  const flags = FLAGS.flatMap(([field, flag]) => {
    const value = fields[field as keyof IssueFormFields];
    return typeof value === 'string' ? [`${flag}=${value}`] : [];
  });
  return ['add', 'ADOPTERS.md', ...flags, '--json', ...extra];
}

export interface AddRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The adopters file after the command. */
  after: string;
  observed: Outcome;
  /** Violations of the file invariant and of the output's hygiene. */
  problems: string[];
  /** The file invariant alone (a corrupted file). */
  fileProblem?: string;
}

/** Lines a runner would read as a workflow command (`::` at the start after blanks, `##[` anywhere). */
export function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}

export async function runAdd(
  fields: IssueFormFields,
  source: string,
  options: { allowLookAlike?: boolean } = {},
): Promise<AddRun> {
  const dir = tempDir('adopters-hostile-add-');
  const path = join(dir, 'ADOPTERS.md');
  writeFileSync(path, source);
  let stdout = '';
  let stderr = '';
  const extra = options.allowLookAlike ? ['--allow-look-alike'] : [];
  const code = await runCli(addArgs(fields, extra), {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    cwd: dir,
  });
  const after = readFileSync(path, 'utf8');
  const problems = [...commandLines(stdout), ...commandLines(stderr)].map(
    (l) => `a workflow command in the output: ${l}`,
  );
  if (code !== 0) {
    const fileProblem = untouchedProblem(source, after);
    return {
      code,
      stdout,
      stderr,
      after,
      observed: 'refused',
      problems: [...(fileProblem ? [fileProblem] : []), ...problems],
      fileProblem,
    };
  }
  const checked = validateAddValues({ ...fields, name: fields.name ?? '', url: fields.website });
  if (!checked.ok)
    return { code, stdout, stderr, after, observed: 'accepted', problems: ['added although a value is invalid'] };
  const { entry } = checked;
  const fileProblem =
    entry.url === undefined ? undefined : insertionProblem(source, after, { name: entry.name, url: entry.url });
  const { warnings } = JSON.parse(stdout) as { warnings: string[] };
  // Flagged for a person (a shared website, a look-alike let through), or a value changed to be shown safely.
  const flagged = warnings.some((w) => /already listed for|looks like/.test(w));
  const observed = flagged || valuesTransformed(fields, entry) ? 'neutralized' : 'accepted';
  return {
    code,
    stdout,
    stderr,
    after,
    observed,
    problems: [...(fileProblem ? [fileProblem] : []), ...problems],
    fileProblem,
  };
}
