import { type InsertResult, insertAdopter } from '../adopters/insert-adopter.js';
import type { NewEntry } from '../adopters/render/types.js';
import { type DataInsertResult, insertDataEntry } from '../data-files/insert-data-entry.js';
import { dataFormatOf } from '../data-files/parse-data.js';
import { dataOptions, type FileOptions } from './options.js';

export type FileInsertResult = InsertResult | DataInsertResult;
export type FileInserted = Extract<FileInsertResult, { ok: true }>;

/** Inserts one adopter into the file at `path`, by its format's engine. */
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
