import { describe, expect, it } from 'vitest';
import { changeHash } from '../../src/workflows/content-hash.js';
import type { ChangeRequest } from '../../src/submission/read-change-request.js';

const update: ChangeRequest = {
  kind: 'update',
  entry: 'Acme',
  changes: { url: 'https://acme.example.org' },
  reason: 'Moved.',
};
const previous = '- [Acme](https://acme.example.com) - Rockets.';
const entry = '- [Acme](https://acme.example.org) - Rockets.';

describe('changeHash', () => {
  it('binds an approval to the request and the entry before and after, not to line endings', () => {
    const hash = changeHash(update, previous, entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(changeHash({ ...update }, `${previous}`, entry.replace(/\n/g, '\r\n'))).toBe(hash);
  });

  it.each([
    ['another reason', changeHash({ ...update, reason: 'Acquired.' }, previous, entry)],
    ['another value', changeHash({ ...update, changes: { url: 'https://acme.example.net' } }, previous, entry)],
    ['an entry edited by hand meanwhile', changeHash(update, `${previous} Since 2019.`, entry)],
    ['a removal of the same entry', changeHash({ kind: 'remove', entry: 'Acme', reason: 'Moved.' }, previous, null)],
  ])('changes with %s', (_what, other) => {
    expect(other).not.toBe(changeHash(update, previous, entry));
  });
});
