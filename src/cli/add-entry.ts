import type { Inserted } from '../adopters/insert-adopter.js';
import {
  confusableKey,
  describeImitations,
  displayHostname,
  foldImitations,
  looksLike,
} from '../submission/confusables.js';
import type { FieldId } from '../submission/form-fields.js';
import { validateEntry, type ValidateEntryResult } from '../submission/validate-entry.js';

/** What `add`'s messages call each field: its flag, so a refusal says which one to fix. */
export const ADD_FLAGS: Readonly<Record<Exclude<FieldId, 'consent'>, string>> = {
  name: '--name',
  website: '--url',
  description: '--description',
  section: '--section',
  logo: '--logo',
  contact: '--contact',
};

export interface AddValues {
  name: string;
  url?: string;
  description?: string;
  section?: string;
  logo?: string;
  contact?: string;
}

/**
 * The flags' values through the same rules as the issue form (the one gate): every problem comes back
 * as the form would word it, naming the flag (`--url: uses http://; give the https:// address of the
 * site.`). The website is optional here: the engine refuses to leave it out where the file's entries
 * carry links.
 */
export function validateAddValues(values: AddValues): ValidateEntryResult {
  return validateEntry(
    {
      name: values.name,
      website: values.url,
      description: values.description,
      section: values.section,
      logo: values.logo,
      contact: values.contact,
    },
    { labels: ADD_FLAGS, requireWebsite: false },
  );
}

type Flag = Inserted['flags'][number];

/**
 * Why a flagged entry looks like one already listed, in terms a person can check: the characters that
 * imitate others (`U+0435 for "e"`), the text they make it read as, the UTS #39 skeleton both share,
 * and for a website its host as the browser shows it next to its punycode (`xn--…`).
 */
export function explainLookAlike(flag: Flag, entry: { name: string; url?: string }): string {
  const listed = `"${flag.name}" (line ${flag.line})`;
  const how = (text: string) => {
    const tricks = describeImitations(text);
    const reads = tricks.length ? `it writes ${tricks.join(', ')}, so it reads "${foldImitations(text)}"; ` : '';
    return `${reads}both have the skeleton "${confusableKey(text)}"`;
  };
  if (looksLike(flag.name, entry.name))
    return `${ADD_FLAGS.name} "${entry.name}" looks like ${listed}: ${how(entry.name)}`;
  const host = entry.url ? new URL(entry.url).hostname : '';
  const shown = displayHostname(host);
  const punycode = shown === host ? '' : ` (punycode ${host})`;
  return `${ADD_FLAGS.website} host ${shown}${punycode} looks like the site of ${listed}: ${how(shown)}`;
}
