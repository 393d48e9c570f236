/**
 * One door to an adopters file, whatever its format: Markdown goes to the Markdown engine (src/adopters),
 * `.yml`/`.yaml`/`.json` to the data-file engine (src/data-files). Callers (the CLI, the action's
 * workflows, the doctor) treat both results alike. Pure: text in, text and findings out.
 */
import { type InsertResult, insertAdopter } from './adopters/insert-adopter.js';
import { type LintProblem, lintAdopters } from './adopters/lint.js';
import { lintChanges } from './adopters/lint-changes.js';
import { type FileSections, listSections } from './adopters/list-sections.js';
import type { NewEntry } from './adopters/render/types.js';
import { type DataInsertResult, insertDataEntry } from './data-files/insert-data-entry.js';
import { extractDataLinks } from './data-files/extract-links.js';
import { type DataLintProblem, lintDataChanges, lintDataFile } from './data-files/lint-data.js';
import { listDataSections } from './data-files/list-sections.js';
import type { DataFormat, KeyMap } from './data-files/model.js';
import { dataFormatOf } from './data-files/parse-data.js';
import { keyMapFromFields } from './data-files/roles.js';
import { type ExtractedLinks, extractLinks } from './links/extract.js';

export type FileInsertResult = InsertResult | DataInsertResult;
export type FileInserted = Extract<FileInsertResult, { ok: true }>;
export type FileLintProblem = LintProblem | DataLintProblem;

export interface FileOptions {
  /** Heading, Type value, data list or group value the entry belongs in. */
  section?: string;
  /** Data files: the dotted path of the adopters list (setting `data-path`). */
  dataPath?: string;
  /** Data files: our fields mapped to the file's keys (setting `data-keys`). */
  dataKeys?: KeyMap;
}

/** The options a repository's settings give (`data-path`, `data-keys`), for a section. */
export function fileOptionsFrom(
  settings: { 'data-path': string; 'data-keys': Readonly<Record<string, string>> },
  section?: string,
): FileOptions {
  return { section, dataPath: settings['data-path'] || undefined, dataKeys: keyMapFromFields(settings['data-keys']) };
}

/**
 * The file a submission goes in: the one `section-files` names for its section (one data file per group,
 * as some sites keep one per project), else `adopters-file`.
 */
export function fileForSection(
  settings: { 'adopters-file': string; 'section-files': Readonly<Record<string, string>> },
  section: string | undefined,
): string {
  const files = settings['section-files'];
  const key = section ? Object.keys(files).find((k) => k.toLowerCase() === section.trim().toLowerCase()) : undefined;
  return key ? files[key]! : settings['adopters-file'];
}

/** The data format of a path, or undefined for Markdown (any other extension). */
export function dataFormat(path: string): DataFormat | undefined {
  return dataFormatOf(path);
}

const dataOptions = (options: FileOptions) => ({
  section: options.section,
  path: options.dataPath || undefined,
  keys: options.dataKeys,
});

export function insertIntoFile(
  path: string,
  source: string,
  entry: NewEntry,
  options: FileOptions = {},
): FileInsertResult {
  const format = dataFormatOf(path);
  return format
    ? insertDataEntry(source, format, entry, dataOptions(options))
    : insertAdopter(source, entry, { section: options.section });
}

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

/** Every link of the file with its line and the entry it belongs to. */
export function extractFileLinks(path: string, source: string, options: FileOptions = {}): ExtractedLinks {
  const format = dataFormatOf(path);
  return format
    ? { occurrences: extractDataLinks(source, format, dataOptions(options)), anchors: new Set() }
    : extractLinks(source);
}

/** How the file groups its adopters (headings, a Type column, data lists or a group key). */
export function listFileSections(path: string, source: string, options: FileOptions = {}): FileSections {
  const format = dataFormatOf(path);
  return format ? listDataSections(source, format, dataOptions(options)) : listSections(source);
}
