import { type LintProblem, lintAdopters } from '../adopters/lint.js';
import { lintChanges } from '../adopters/lint-changes.js';
import { type DataLintProblem, lintDataChanges, lintDataFile } from '../data-files/lint-data.js';
import { dataFormatOf } from '../data-files/parse-data.js';
import { dataOptions, type FileOptions } from './options.js';

export type FileLintProblem = LintProblem | DataLintProblem;

/** Problems a reviewer would point out, each with its line. */
export function lintFile(path: string, source: string, options: FileOptions = {}): FileLintProblem[] {
  const format = dataFormatOf(path);
  return format ? lintDataFile(source, format, dataOptions(options)) : lintAdopters(source);
}

/** The problems a change introduces (matched by organization, not by line). */
export function lintFileChanges(
  path: string,
  before: string,
  after: string,
  options: FileOptions = {},
): FileLintProblem[] {
  const format = dataFormatOf(path);
  return format ? lintDataChanges(before, after, format, dataOptions(options)) : lintChanges(before, after);
}
