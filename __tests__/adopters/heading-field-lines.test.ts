// Heading-per-adopter files whose details are labelled lines (`- Application: …`, `- Operator: jane@…`),
// from a real ADOPTERS.md that had one adopter when a person added the second: `## Name`, a blank line,
// then the same labelled lines, appended at the end (the commit is the key). The files here are made up
// in that shape.
import { describe, expect, it } from 'vitest';
import { findContainers } from '../../src/adopters/find-containers.js';
import { parseDocument } from '../../src/adopters/document.js';
import { inserted, keyed, lines } from '../support/held-out.js';
import { validEntry } from '../support/entry.js';

const PRODUCTION = lines(
  '# Production users',
  '',
  '## Bravo Logistics',
  '',
  '- Application: Routes parcels for small shops.',
  '- Location: Lyon, France',
  '- Operator: jane@bravo.example.org',
);

describe('labelled lines under one heading per adopter', () => {
  it('takes an e-mail address for a person, not the adopter’s site: no URL is asked for', () => {
    const entry = validEntry({ name: 'Mango Metrics', description: 'Runs it in production.' });
    const result = inserted(PRODUCTION, entry);
    expect(result.line).toBe(9);
    expect(result.entry).toBe(['## Mango Metrics', '', '- Application: Runs it in production.'].join('\n'));
    // The sibling's own details are not copied, and the maintainer is told which.
    expect(result.warnings).toEqual([
      'the entries here carry details the form does not ask for ("Location", "Operator" in "Bravo Logistics"); they are not copied: add the new entry\'s by hand',
    ]);
  });

  it('still reads the headings as the list when one of them gives only one of the shared labels', () => {
    const two = `${PRODUCTION}\n## Mango Metrics\n\n- Application: Runs it in production.\n`;
    const [list] = findContainers(parseDocument(two));
    expect(list?.kind).toBe('headings');
    expect(list?.entries.map((e) => e.name)).toEqual(['Bravo Logistics', 'Mango Metrics']);
  });

  it('does not make a list of two document parts that share a label of no adopter field', () => {
    const guide = lines(
      '# Guide',
      '',
      '## Installing',
      '',
      '- Note: run it as root.',
      '',
      '## Upgrading',
      '',
      '- Note: back up first.',
    );
    expect(findContainers(parseDocument(guide)).some((c) => c.kind === 'headings')).toBe(false);
  });

  it('links the heading to a site given where no adopter has a site line but a story holds a link', () => {
    // One of many adopters' stories holds a link: not a website line a new entry copies.
    const story = (name: string) => [
      `## ${name}`,
      '',
      `- Application: Runs ${name}.`,
      ...(name === 'Lima' ? ['- Backups: nightly; more in https://blog.example.org/lima'] : []),
      '- Location: Oslo',
      '',
    ];
    const names = ['Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo'];
    const file = lines('# Production users', '', ...[...names, ...names.map((n) => `${n} Two`), 'Lima'].flatMap(story));
    const result = inserted(file, keyed('Mango Metrics', 'Runs it in production.'));
    expect(result.entry.split('\n')).toEqual([
      '## [Mango Metrics](https://mangometrics.example.com)',
      '',
      '- Application: Runs it in production.',
    ]);
    // A file that links nothing keeps linking nothing.
    expect(inserted(PRODUCTION, keyed('Mango Metrics', 'Runs it in production.')).entry.split('\n')[0]).toBe(
      '## Mango Metrics',
    );
  });

  it('keeps asking for the URL where the site is a web address', () => {
    const withSite = PRODUCTION.replace('- Location', '- Website: https://bravo.example.org\n- Location');
    expect(inserted(withSite, keyed('Mango Metrics', 'Runs it in production.')).entry).toContain(
      '- Website: https://mangometrics.example.com',
    );
  });

  it('goes before the link definitions gathered at the end of the page', () => {
    // The person who added the next adopter to a real file of this shape put it above them.
    const file = `${PRODUCTION}- Talk: [our talk][talk]\n\n[talk]: https://talks.example.org/bravo\n`;
    const result = inserted(file, keyed('Mango Metrics', 'Runs it in production.'));
    expect(result.line).toBe(10);
    expect(result.content.trimEnd().split('\n').at(-1)).toBe('[talk]: https://talks.example.org/bravo');
  });
});
