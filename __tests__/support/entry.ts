import type { NewEntry } from '../../src/adopters/render/types.js';
import { validateEntry } from '../../src/submission/validate-entry.js';

export interface EntryInput {
  name: string;
  url?: string;
  description?: string;
  section?: string;
  logo?: string;
  contact?: string;
}

/**
 * An entry for the engine, made the only way there is: through the submission rules. A test that needs
 * one with values the rules refuse cannot have it, which is the point; this throws with the messages.
 */
export function validEntry(input: EntryInput): NewEntry {
  const { url, ...rest } = input;
  const checked = validateEntry({ ...rest, website: url }, { requireWebsite: false });
  if (!checked.ok)
    throw new Error(`invalid test entry: ${checked.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
  return checked.entry;
}
