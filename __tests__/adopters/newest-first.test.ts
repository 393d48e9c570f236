// Files that keep their adopters in the order added with the newest at the start, and say so ("Users
// (most recent first)", a real USERS.md heading; "add yours at the top of the list"). The expected
// places are a maintainer's reading of those words, written before the engine ran.
import { describe, expect, it } from 'vitest';
import { lintChanges } from '../../src/adopters/lint-changes.js';
import { statedOrder } from '../../src/adopters/stated-order.js';
import { insertDataEntry } from '../../src/data-files/insert-data-entry.js';
import { previewComment } from '../../src/workflows/messages.js';
import { validEntry } from '../support/entry.js';
import { inserted, lines } from '../support/held-out.js';

describe('a stated newest-first order', () => {
  it.each([
    'Users (most recent first)',
    'Adopters, newest first',
    'Entries are listed in reverse chronological order.',
    'Please add your company at the top of the list.',
    'Latest on top.',
  ])('reads "%s" as the order added, newest first', (text) => {
    expect(statedOrder([text])).toMatchObject({ order: 'append', newestFirst: true });
  });

  it.each([
    'Entries are listed in chronological order.',
    'Alphabetical order, please; the most recent first is not how we sort.',
    'See the instructions at the top of this file.',
  ])('does not read "%s" as newest first', (text) => {
    expect(statedOrder([text]).newestFirst).toBeUndefined();
  });

  it('puts a new entry before the first one, and says why', () => {
    const file = lines(
      '# Adopters',
      '',
      '## Users (most recent first)',
      '',
      '- [Zulu Corp](https://zulu.example.org) - Runs it for billing.',
      '- [Bravo Inc](https://bravo.example.org) - Runs it for search.',
      '- [Yankee Ltd](https://yankee.example.org) - Runs it for payroll.',
      '- [Alpha AG](https://alpha.example.org) - Runs it for mail.',
    );
    const result = inserted(file);
    expect(result.line).toBe(5);
    expect(result.order).toBe('append');
    expect(result.why.order).toBe('append, newest first (the file says "most recent first")');
  });

  it('keeps a template at the top where it is, and goes just below it', () => {
    const file = lines(
      'Add your company at the top of the list, newest first.',
      '',
      '| Organization | Use |',
      '|---|---|',
      '| [Your Company](https://example.com) | What you use it for |',
      '| [Zulu Corp](https://zulu.example.org) | Billing |',
      '| [Alpha AG](https://alpha.example.org) | Mail |',
    );
    expect(inserted(file).line).toBe(6);
  });

  it('goes first in a data file whose comment says so', () => {
    const yaml = lines(
      '# Newest first: add yours at the top of the list.',
      '- name: Zulu Corp',
      '  url: https://zulu.example.org',
      '- name: Alpha AG',
      '  url: https://alpha.example.org',
      '- name: Mike Co',
      '  url: https://mike.example.org',
      '- name: Bravo Inc',
      '  url: https://bravo.example.org',
    );
    const result = insertDataEntry(
      yaml,
      'yaml',
      validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com' }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.content.split('\n')[1]).toBe('- name: Mango Metrics');
    expect(result.newestFirst).toBe(true);
  });

  it('lets lint ask for a hand-made addition at the end of such a list to go first', () => {
    const base = lines(
      '## Users (most recent first)',
      '',
      '- [Zulu Corp](https://zulu.example.org)',
      '- [Alpha AG](https://alpha.example.org)',
      '- [Mike Co](https://mike.example.org)',
    );
    const head = `${base}- [Mango Metrics](https://mango.example.com)\n`;
    expect(lintChanges(base, head)).toMatchObject([
      {
        line: 6,
        rule: 'order',
        message: '"Mango Metrics" is added below older entries of a list kept newest first; move it before "Zulu Corp"',
      },
    ]);
    expect(lintChanges(base, base.replace('- [Zulu', '- [Mango Metrics](https://mango.example.com)\n- [Zulu'))).toEqual(
      [],
    );
  });

  it('tells the submitter where the entry goes and why', () => {
    const comment = previewComment({
      file: 'ADOPTERS.md',
      fileUrl: 'https://github.com/o/r/blob/main/ADOPTERS.md',
      line: 5,
      what: { kind: 'add', section: null, order: 'append', newestFirst: true },
      hunk: '+- [Mango Metrics](https://mango.example.com)',
      approveLabel: 'adopters/approved',
      warnings: [],
      needsReview: false,
      overrideLabel: 'adopters/override',
    });
    expect(comment).toContain('before the first entry, as the file keeps the newest first');
  });
});
