import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file, as `git diff` shows it (`a/` and `b/` prefixes, 3 lines of context). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.replace(/^\.?\//, '');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff opens with an "=====" rule that git does not print.
  return patch.replace(/^=+\r?\n/, '');
}
