import type { EditRefused, EntryEdited } from '../adopters/edit-result.js';
import { removeAdopter } from '../adopters/remove-adopter.js';
import { updateAdopter } from '../adopters/update-adopter.js';
import { removeDataEntry } from '../data-files/remove-data-entry.js';
import { dataFormatOf } from '../data-files/parse-data.js';
import { updateDataEntry } from '../data-files/update-data-entry.js';
import type { ValidEntryChanges } from '../submission/validate-entry.js';
import { dataOptions, type FileOptions } from './options.js';

/** What a change request does to one listed entry, named as the file lists it. */
export type FileChange =
  { kind: 'update'; entry: string; changes: ValidEntryChanges } | { kind: 'remove'; entry: string };

/**
 * A change made and proved, whatever the file's format: the Markdown engine's result. For a data file the
 * name is the one asked for, the previous text is not given (''), and look-alikes are not flagged.
 */
export type FileChanged = EntryEdited;

export type FileChangeRefused = Pick<EditRefused, 'ok' | 'reason' | 'line' | 'lines' | 'closest'> & { code: string };

/** Updates or removes one listed entry of the file at `path`, by its format's engine. */
export function changeFile(
  path: string,
  source: string,
  change: FileChange,
  options: FileOptions = {},
): FileChanged | FileChangeRefused {
  const format = dataFormatOf(path);
  if (!format)
    return change.kind === 'update'
      ? updateAdopter(source, change.entry, change.changes)
      : removeAdopter(source, change.entry);
  const result =
    change.kind === 'update'
      ? updateDataEntry(source, format, change.entry, change.changes, dataOptions(options))
      : removeDataEntry(source, format, change.entry, dataOptions(options));
  return result.ok ? { ...result, name: change.entry, previous: '', flags: [] } : result;
}
