import { createHash } from 'node:crypto';
import type { ChangeRequest } from '../submission/read-change-request.js';
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

/**
 * What an approval of a change request is bound to: the request (its kind, the entry it names, the new
 * values, the reason a maintainer read) and the entry's exact text before and after the change. A moved
 * base leaves all of them alone; an edit of the issue, or of the entry by hand, changes the hash.
 */
export function changeHash(request: ChangeRequest, previous: string, entry: string | null): string {
  const values =
    request.kind === 'update'
      ? [
          request.changes.name ?? '',
          request.changes.url ?? '',
          request.changes.description ?? '',
          request.changes.logo ?? '',
        ]
      : [];
  const fields = [request.kind, request.entry, ...values, request.reason ?? ''];
  const texts = [previous, entry ?? ''].map((t) => t.replace(/\r\n/g, '\n'));
  return createHash('sha256')
    .update(JSON.stringify([fields, texts]))
    .digest('hex');
}
