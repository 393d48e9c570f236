import type { ValidEntry } from './validate-entry.js';

/**
 * A validated adopter submission from the issue form: a `ValidEntry` that has a website (the form
 * requires one). What the engine inserts and the bot binds approvals to.
 */
export type Submission = ValidEntry & { readonly url: string };

/** True when a valid entry has the website a submission needs. */
export function isSubmission(entry: ValidEntry): entry is Submission {
  return entry.url !== undefined;
}
