import { describe, expect, it } from 'vitest';
import { changeHash } from '../../src/workflows/content-hash.js';
import type { ChangeRequest } from '../../src/submission/read-change-request.js';
import { validChanges } from '../support/entry.js';

const update = {
  kind: 'update' as const,
  entry: 'Acme',
  changes: validChanges({ url: 'https://acme.example.org' }),
  reason: 'Moved.',
} satisfies ChangeRequest;
const previous = '- [Acme](https://acme.example.com) - Rockets.';
const entry = '- [Acme](https://acme.example.org) - Rockets.';

describe('changeHash', () => {
  it('binds an approval to the request and the entry before and after, not to line endings', () => {
    const hash = changeHash(update, previous, entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const crlf = '- [Acme](https://acme.example.org) - Rockets.\r\n  Since 2019.';
    expect(changeHash(update, previous, crlf)).toBe(changeHash(update, previous, crlf.replace('\r\n', '\n')));
  });

  it.each([
    ['another reason', changeHash({ ...update, reason: 'Acquired.' }, previous, entry)],
    [
      'another value',
      changeHash({ ...update, changes: validChanges({ url: 'https://acme.example.net' }) }, previous, entry),
    ],
    ['an entry edited by hand meanwhile', changeHash(update, `${previous} Since 2019.`, entry)],
    ['a removal of the same entry', changeHash({ kind: 'remove', entry: 'Acme', reason: 'Moved.' }, previous, null)],
  ])('changes with %s', (_what, other) => {
    expect(other).not.toBe(changeHash(update, previous, entry));
  });
});
