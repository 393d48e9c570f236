/**
 * One door to an adopters file, whatever its format: Markdown goes to the Markdown engine (src/adopters),
 * `.yml`/`.yaml`/`.json` to the data-file engine (src/data-files). Callers (the CLI, the action's
 * workflows, the doctor) treat both results alike. One module per use, so a link check loads neither
 * engine's writer. Pure: text in, text and findings out.
 */
import type { DataFormat, KeyMap } from '../data-files/model.js';
import { dataFormatOf } from '../data-files/format.js';
import { keyMapFromFields } from '../data-files/roles.js';

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

export const dataOptions = (options: FileOptions) => ({
  section: options.section,
  path: options.dataPath || undefined,
  keys: options.dataKeys,
});
