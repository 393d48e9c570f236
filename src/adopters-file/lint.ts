import type { LintProblem } from '../adopters/lint.js';
import { dataFormatOf } from '../data-files/format.js';
import type { DataLintProblem } from '../data-files/lint-data.js';
import { dataOptions, type FileOptions } from './options.js';

export type FileLintProblem = LintProblem | DataLintProblem;

/** Problems a reviewer would point out, each with its line. */
export async function lintFile(path: string, source: string, options: FileOptions = {}): Promise<FileLintProblem[]> {
  const format = dataFormatOf(path);
  if (format) {
    const { lintDataFile } = await import('../data-files/lint-data.js');
    return lintDataFile(source, format, dataOptions(options));
  }
  const { lintAdopters } = await import('../adopters/lint.js');
  return lintAdopters(source);
}

/** The problems a change introduces (matched by organization, not by line). */
export async function lintFileChanges(
  path: string,
  before: string,
  after: string,
  options: FileOptions = {},
): Promise<FileLintProblem[]> {
  const format = dataFormatOf(path);
  if (format) {
    const { lintDataChanges } = await import('../data-files/lint-data.js');
    return lintDataChanges(before, after, format, dataOptions(options));
  }
  const { lintChanges } = await import('../adopters/lint-changes.js');
  return lintChanges(before, after);
}
