// A heading-per-adopter list with one adopter so far, its details under labels (`**Desc:** …`), under a
// title that names the users and says "most recent first": the shape of a real USERS.md, whose next
// adopter a person added as `### Name` then `**Desc:** …` right under that title (the commit is the key).
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { inserted, keyed, lines } from '../support/held-out.js';

const USERS = lines(
  'Who is using Acme?',
  '==================',
  '',
  'Add a section describing your usage:',
  '',
  '    Name: Name of user (company)',
  '    Desc: Description',
  '    Usage: Usage of features',
  '',
  'Users (most recent first)',
  '-------------------------',
  '',
  '### Bravo Logistics',
  '',
  'More in the [success stories](https://wiki.example.org/stories#bravo) page.',
  '',
  '**Desc:** We route parcels for small shops.',
  '',
  '**Usage:** Acme runs our routing service.',
  '',
  '**Links:** [bravo.example.org](https://bravo.example.org)',
  '',
  '**Contact:** @bravo-dev',
);

describe('a lone heading entry whose details are labelled', () => {
  it('is the list: the new adopter goes first, as a heading over its labelled description and site', () => {
    const result = inserted(USERS);
    expect(result.line).toBe(13);
    expect(result.entry.split('\n')[0]).toBe('### Mango Metrics');
    expect(result.entry).toContain('**Desc:** Runs it in production for internal services.');
    expect(result.entry).toContain('**Links:** [');
    expect(result.entry).toContain('(https://mangometrics.example.com)');
    // Another adopter's words are not copied.
    expect(result.entry).not.toContain('success stories');
    expect(result.entry).not.toContain('bravo');
  });

  it('is not an entry under a title about something else: the adopters list keeps the new entry', () => {
    const readme = lines(
      '# Acme',
      '',
      '## Deployment',
      '',
      '### Acme Server',
      '',
      '**Host:** the machine to run on.',
      '',
      '**Port:** 8080 unless set.',
      '',
      '**Mode:** production or staging.',
      '',
      '## Adopters',
      '',
      '- [Bravo Logistics](https://bravo.example.org)',
      '- [Charlie Foods](https://charlie.example.org)',
    );
    const result = insertAdopter(readme, keyed('Mango Metrics', undefined));
    expect(result.ok && result.content.split('\n')[result.line - 1]).toBe(
      '- [Mango Metrics](https://mangometrics.example.com)',
    );
  });
});
