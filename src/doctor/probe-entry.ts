import { validateEntry, type ValidEntry } from '../submission/validate-entry.js';

/**
 * The made-up adopter the doctor tries to insert to see whether the bot can write to the file. It
 * passes the same gate as any submission; a failure here is a bug of ours, so it throws.
 */
export function probeEntry(): ValidEntry {
  const checked = validateEntry({ name: 'Zzz Doctor Probe', website: 'https://probe.example.org' });
  if (!checked.ok) throw new Error(`the doctor's probe entry is invalid: ${checked.errors[0]?.message ?? ''}`);
  return checked.entry;
}
