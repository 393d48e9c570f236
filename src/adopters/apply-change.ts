import type { ValidEntryChanges } from '../submission/validate-entry.js';
import type { EditResult } from './edit-result.js';
import { removeAdopter } from './remove-adopter.js';
import { updateAdopter } from './update-adopter.js';

/** What a change request does to one listed entry, named as the file lists it. */
export type AdopterChange =
  { kind: 'update'; entry: string; changes: ValidEntryChanges } | { kind: 'remove'; entry: string };

const DATA_FILE = /\.(?:ya?ml|json|toml)$/i;

/**
 * The one door through which the CLI and the action change an adopters file, chosen by the file's type:
 * Markdown here; data files (YAML, JSON) get their own engine behind the same door.
 */
export function applyChange(path: string, source: string, change: AdopterChange): EditResult {
  if (DATA_FILE.test(path)) {
    return {
      ok: false,
      code: 'unsupported',
      reason: 'changing entries of data files (YAML, JSON, TOML) is not supported yet; only Markdown adopters files',
    };
  }
  return change.kind === 'update'
    ? updateAdopter(source, change.entry, change.changes)
    : removeAdopter(source, change.entry);
}
