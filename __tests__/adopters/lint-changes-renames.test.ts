import { describe, expect, it } from 'vitest';
import { lintChanges } from '../../src/adopters/lint-changes.js';

// A rename in place is one entry changed, not one removed and one added (the change form's PRs, or a
// person's): it must not read as an addition in the middle of a list kept in order of addition.
const BASE = [
  '# Adopters',
  '',
  'Listed in the order they were added.',
  '',
  '- [Zulu](https://z.example) - One.',
  '- [Acme](https://a.example) - Two.',
  '- **_[Mike](https://m.example)** - Three.',
  '- [Bravo](https://b.example) - Four.',
  '',
].join('\n');

describe('lintChanges on renames', () => {
  it('finds nothing in a rename in place', () => {
    expect(lintChanges(BASE, BASE.replace('[Acme]', '[Apex]'))).toEqual([]);
  });

  it('does not blame a rename for a problem the entry already had', () => {
    expect(lintChanges(BASE, BASE.replace('[Mike]', '[Mikro]'))).toEqual([]);
  });

  it('still sees an entry added in the middle next to a rename', () => {
    const head = BASE.replace('[Acme]', '[Apex]').replace(
      '- [Bravo]',
      '- [Yankee](https://y.example) - New.\n- [Bravo]',
    );
    expect(lintChanges(BASE, head).map((p) => p.message)).toEqual([
      '"Yankee" is added in the middle of a list kept in the order entries were added; move it after "Bravo"',
    ]);
  });
});
