import type { DuplicateFlag } from '../adopters/duplicates.js';
import type { EditRefused } from '../adopters/edit-result.js';
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

/** A change made and proved, whatever the file's format. */
export interface FileChanged {
  ok: true;
  content: string;
  /** 1-based first line of the changed entry in the new file, or of the removed entry in the old one. */
  line: number;
  removed: number;
  added: number;
  /** The entry's new text; null for a removal. */
  entry: string | null;
  moved: boolean;
  warnings: string[];
  /** The entry's name as the file lists it (as asked, where the engine does not say). */
  name: string;
  /** The entry's text before the change ('' where the engine does not say): part of what an approval binds. */
  previous: string;
  flags: DuplicateFlag[];
}

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
