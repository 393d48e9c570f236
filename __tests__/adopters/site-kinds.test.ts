// Sections told apart by their links: projects' repositories in one, companies' own sites in another.
// Keyed by hand from real files (a docs page of open source users and companies; a page with a table of
// component repositories over a table of organizations) before the engine ran on them; made-up rows.
import { describe, expect, it } from 'vitest';
import { bySiteKind, siteKind } from '../../src/adopters/site-kinds.js';
import { validEntry } from '../support/entry.js';
import { inserted, keyed, lines } from '../support/held-out.js';

const repoItem = (n: string) => `- [${n}](https://github.com/owner/${n.toLowerCase()}) - a tool for clusters`;
const siteItem = (n: string) => `- [${n}](https://www.${n.toLowerCase()}.example.org)`;

const page = lines(
  '# Adopters',
  '',
  '## Open Source',
  '',
  ...['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map(repoItem),
  '',
  '## Companies',
  '',
  ...['Golf', 'Hotel', 'India', 'Juliet'].map(siteItem),
  '',
  'If you use it and are not on this list, please submit a pull request!',
);

describe('siteKind', () => {
  it.each([
    ['https://github.com/acme/tool', 'repository'],
    ['https://gitlab.com/acme/tool', 'repository'],
    ['https://github.com/acme', 'site'],
    ['https://acme.example.com/', 'site'],
    ['https://github.com/', 'site'],
    ['https://acme.github.io/tool', 'site'],
  ])('%s is a %s', (url, kind) => expect(siteKind(url)).toBe(kind));
});

describe('choosing between sections by the kind of link', () => {
  it('puts a company with its own site under the companies, not the larger list of repositories', () => {
    const result = inserted(page);
    expect(result.line).toBe(18);
    expect(result.entry).toBe('- [Mango Metrics](https://mangometrics.example.com)');
  });

  it('puts a project on a code host with the projects', () => {
    const entry = validEntry({
      name: 'Mango',
      url: 'https://github.com/owner/mango',
      description: 'a tool for metrics',
    });
    const result = inserted(page, entry);
    expect(result.line).toBe(11);
  });

  it('keeps a company that gives its tool on GitHub in the largest list of adopters, not among integrations', () => {
    const file = lines(
      '# Adopters',
      '',
      '## Adopters',
      '',
      ...['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map(siteItem),
      '',
      '## Integrations',
      '',
      ...['Golf', 'Hotel', 'India', 'Juliet'].map(repoItem),
    );
    const entry = validEntry({
      name: 'Mango',
      url: 'https://github.com/mango/tool',
      description: 'a tool for metrics',
    });
    expect(inserted(file, entry).line).toBe(11);
  });

  it('keeps to the section asked for', () => {
    expect(inserted(page, keyed(), 'Open Source').line).toBe(11);
  });

  it('leaves a small category of sites beside a large one of repositories to the largest-first default', () => {
    const categories = lines(
      '# Users',
      '',
      '### Libraries',
      '',
      ...['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'].map(repoItem),
      '',
      '### Cloud platforms',
      '',
      ...['Hotel', 'India', 'Juliet'].map(siteItem),
    );
    expect(inserted(categories).line).toBe(12);
  });

  it('leaves the order alone when the new entry has no website', () => {
    expect(bySiteKind([], undefined)).toEqual({ containers: [] });
  });
});
