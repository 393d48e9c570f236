import type { NewEntry } from '../../src/adopters/render/types.js';
import { type AddValues, validateAddValues } from '../../src/cli/add-entry.js';
import { type ValidEntryChanges, validateEntryChanges } from '../../src/submission/validate-entry.js';

export type EntryInput = AddValues;

/**
 * An entry for the engine, made the only way there is: through the submission rules (as `add` makes one,
 * the website optional). A test that needs one with values the rules refuse cannot have it, which is the
 * point; this throws with the messages.
 */
export function validEntry(input: EntryInput): NewEntry {
  const checked = validateAddValues(input);
  if (!checked.ok)
    throw new Error(`invalid test entry: ${checked.errors.map((e) => `${e.label} ${e.message}`).join('; ')}`);
  return checked.entry;
}

/** New values for a listed entry, made the only way there is: through `validateEntryChanges`. */
export function validChanges(
  input: Partial<Record<'name' | 'url' | 'description' | 'logo', string>>,
): ValidEntryChanges {
  const { url, ...rest } = input;
  const checked = validateEntryChanges({ ...rest, website: url }, { allowReservedTestDomains: true });
  if (!checked.ok)
    throw new Error(`invalid test changes: ${checked.errors.map((e) => `${e.label} ${e.message}`).join('; ')}`);
  return checked.changes;
}
