import type { EditRefused, EntryEdited } from '../adopters/edit-result.js';
import { dataFormatOf } from '../data-files/format.js';
import type { ValidEntryChanges } from '../submission/validate-entry.js';
import { dataOptions, type FileOptions } from './options.js';
import { otherMarkupReason } from './other-markup.js';

/** What a change request does to one listed entry, named as the file lists it. */
export type FileChange =
  { kind: 'update'; entry: string; changes: ValidEntryChanges } | { kind: 'remove'; entry: string };

/**
 * A change made and proved, whatever the file's format: the Markdown engine's result. For a data file the
 * name is the one asked for, the previous text is not given (''), and look-alikes are not flagged.
 */
export type FileChanged = EntryEdited;

export type FileChangeRefused = Pick<EditRefused, 'ok' | 'reason' | 'line' | 'lines' | 'closest'> & { code: string };

/** Updates or removes one listed entry of the file at `path`, by its format's engine (loaded only when it runs). */
export async function changeFile(
  path: string,
  source: string,
  change: FileChange,
  options: FileOptions = {},
): Promise<FileChanged | FileChangeRefused> {
  const format = dataFormatOf(path);
  if (!format) {
    const other = otherMarkupReason(path, source);
    if (other) return { ok: false, code: 'unsupported', reason: other };
    if (change.kind === 'remove')
      return (await import('../adopters/remove-adopter.js')).removeAdopter(source, change.entry);
    return (await import('../adopters/update-adopter.js')).updateAdopter(source, change.entry, change.changes);
  }
  const result =
    change.kind === 'update'
      ? (await import('../data-files/update-data-entry.js')).updateDataEntry(
          source,
          format,
          change.entry,
          change.changes,
          dataOptions(options),
        )
      : (await import('../data-files/remove-data-entry.js')).removeDataEntry(
          source,
          format,
          change.entry,
          dataOptions(options),
        );
  return result.ok ? { ...result, name: change.entry, previous: '', flags: [] } : result;
}
