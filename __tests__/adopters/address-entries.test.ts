// Entries written as their address alone (`* https://acme.com`, `- <https://acme.com/>,`): the address
// names the entry. Shapes from real commits the engine had never seen (held-out history sets): a Go
// library's README whose "Users" list is bare URLs between a list of features and a list of supported
// RFCs, and a site generator's page of sites built with it. Each expected line is the person's own.
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { inserted, lines } from '../support/held-out.js';

const README = lines(
  '# A DNS library',
  '',
  'Complete and usable DNS library.',
  '',
  '# Users',
  '',
  'A not-so-up-to-date-list-that-may-be-actually-current:',
  '',
  '* https://cloudflare.com',
  '* https://github.com/abh/geodns',
  '* http://www.statdns.com/',
  '* https://github.com/kenshinx/godns',
  '* https://mesosphere.github.io/mesos-dns/',
  '* https://github.com/corny/dnscheck for http://public-dns.tk/',
  '* https://github.com/miekg/exdns',
  '',
  'Send pull request if you want to be listed here.',
  '',
  '# Features',
  '',
  '* UDP/TCP queries, IPv4 and IPv6;',
  '* RFC 1035 zone file parsing;',
  '* Fast:',
  '* Server side programming (mimicking the net/http package);',
  '* Client side programming;',
  '* DNSSEC: signing, validating and key generation;',
  '* EDNS0, NSID, Cookies;',
  '* AXFR/IXFR;',
  '',
  '## Supported RFCs',
  '',
  '* *103{4,5}* - DNS standard',
  '* *1348* - NSAP record (removed the record)',
  '* *1982* - Serial Arithmetic',
  '* *1876* - LOC record',
  '* *1995* - IXFR',
  '* *1996* - DNS notify',
  '* *2136* - DNS Update (dynamic updates)',
  '* *2181* - RRset definition - there is no RRset type though, just []RR',
  '* *2537* - RSAMD5 DNS keys',
  '* *2065* - DNSSEC (updated in later RFCs)',
);

describe('a list of bare addresses', () => {
  it('is the users list: the new address goes at its end, written as the others are', () => {
    const entry = validEntry({ name: 'dnslookup.org', url: 'https://dnslookup.org' });
    const result = inserted(README, entry);
    // The person's commit: `* https://dnslookup.org` after the last address (the list is not sorted).
    expect(result.line).toBe(16);
    expect(result.entry).toBe('* https://dnslookup.org');
  });

  it('names a project on a code host by its repository', () => {
    const entry = validEntry({ name: 'dnsping', url: 'https://github.com/fortio/dnsping' });
    expect(inserted(README, entry).entry).toBe('* https://github.com/fortio/dnsping');
  });

  it('refuses a name the address would not show, and says which name it would', () => {
    const entry = validEntry({ name: 'DNS Lookup', url: 'https://dnslookup.org' });
    const result = insertAdopter(README, entry, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/written as its address alone.*give "dnslookup\.org" as the name/);
  });

  it('never takes numbers for names: a list of RFCs is not a list of adopters', () => {
    const rfcs = README.slice(README.indexOf('## Supported RFCs'));
    const result = insertAdopter(
      `# Users\n\nNone yet.\n\n${rfcs}`,
      validEntry({ name: 'Acme', url: 'https://acme.com' }),
      {},
    );
    expect(result.ok && result.line).not.toBeGreaterThan(5);
  });
});

describe('a page of sites, each an address and a link to its source', () => {
  it('adds the new site at the end of its section', () => {
    const site = (url: string, source: string) => [`- <${url}>,`, `  [source](https://github.com/${source})`];
    const page = lines(
      '# People using the generator',
      '',
      "If you're using it for your site, and the source code is available, please notify me. This list has",
      'no particular ordering.',
      '',
      '## Version 4',
      '',
      ...site('http://jaspervdj.be/', 'jaspervdj/jaspervdj'),
      ...site('https://bananasandlenses.net/', 'denisshevchenko/bananasandlenses'),
      ...site('http://bneijt.nl', 'bneijt/bneijt.nl'),
      ...site('https://xvw.github.io/', 'xvw/planet'),
      '',
      '## Version 3',
      '',
      ...site('http://ethanschoonover.com/', 'altercation/ethanschoonover.com'),
      ...site('http://www.skybluetrades.net/', 'ian-ross/blog'),
    );
    const entry = validEntry({ name: 'jeancharles.quillet.org', url: 'https://jeancharles.quillet.org/' });
    const result = inserted(page, entry, 'Version 4');
    // The person's commit: the new site after xvw.github.io's two lines. They also linked their source,
    // which the form does not ask for: the address is written, without the comma that led to the source.
    expect(result.line).toBe(16);
    expect(result.entry).toBe('- <https://jeancharles.quillet.org/>');
    expect(result.warnings.join('\n')).toMatch(/it is not copied: add the new entry's by hand/);
  });
});
