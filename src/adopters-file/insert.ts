import type { InsertResult } from '../adopters/insert-adopter.js';
import type { NewEntry } from '../adopters/render/types.js';
import type { DataInsertResult } from '../data-files/insert-data-entry.js';
import { dataFormatOf } from '../data-files/format.js';
import { dataOptions, type FileOptions } from './options.js';
import { otherMarkupReason } from './other-markup.js';

export type FileInsertResult = InsertResult | DataInsertResult;
export type FileInserted = Extract<FileInsertResult, { ok: true }>;

/** Inserts one adopter into the file at `path`, by its format's engine (loaded only when it runs). */
export async function insertIntoFile(
  path: string,
  source: string,
  entry: NewEntry,
  options: FileOptions = {},
): Promise<FileInsertResult> {
  const format = dataFormatOf(path);
  if (format) {
    const { insertDataEntry } = await import('../data-files/insert-data-entry.js');
    return insertDataEntry(source, format, entry, dataOptions(options));
  }
  const other = otherMarkupReason(path, source);
  if (other) return { ok: false, code: 'unsupported', reason: other };
  const { insertAdopter } = await import('../adopters/insert-adopter.js');
  return insertAdopter(source, entry, { section: options.section });
}
