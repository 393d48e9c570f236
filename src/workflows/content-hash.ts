import { createHash } from 'node:crypto';
import type { Submission } from '../submission/submission.js';

/**
 * What an approval is bound to: the validated submission (fields in a fixed order) and the exact
 * entry text. A moved base changes neither, so it does not void an approval; an edit does.
 */
export function contentHash(submission: Submission, entry: string): string {
  const fields = [
    submission.name,
    submission.url,
    submission.description ?? '',
    submission.section ?? '',
    submission.logo ?? '',
    submission.contact ?? '',
  ];
  return createHash('sha256')
    .update(JSON.stringify([fields, entry.replace(/\r\n/g, '\n')]))
    .digest('hex');
}
