import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dedupeLinks, extractLinks, fetchKey, slugify } from '../../src/links/extract.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../__fixtures__/links/${name}/ADOPTERS.md`, import.meta.url), 'utf8');

describe('extractLinks', () => {
  describe('with gitvote (a link without a scheme)', () => {
    const { occurrences } = extractLinks(fixture('gitvote-scheme-less'));

    it('should find every list link with its line and entry name', () => {
      expect(occurrences).toHaveLength(27);
      expect(occurrences[0]).toEqual({
        url: 'https://a2a-protocol.org',
        line: 5,
        entry: 'A2A Protocol',
        kind: 'inline',
      });
    });

    it('should keep the scheme-less destination as written and classify it as host-like', () => {
      const finos = occurrences.find((o) => o.entry === 'Fintech Open Source Foundation');
      expect(finos).toEqual({
        url: 'www.finos.org',
        line: 11,
        entry: 'Fintech Open Source Foundation',
        kind: 'inline',
      });
      const [link] = dedupeLinks([finos!]);
      expect(link?.target).toEqual({
        kind: 'relative',
        path: 'www.finos.org',
        hostLike: true,
        suggestion: 'https://www.finos.org',
      });
    });
  });

  describe('with buildpacks (a table with a broken scheme)', () => {
    const { occurrences } = extractLinks(fixture('buildpacks-broken-scheme'));

    it('should name table links after the Organization cell', () => {
      expect(occurrences.find((o) => o.line === 8)).toMatchObject({
        url: 'https://www.7signal.com/',
        entry: '7SIGNAL, Inc',
      });
      expect(occurrences.find((o) => o.line === 29)).toMatchObject({ entry: 'Rapid7', url: 'https://www.rapid7.com' });
    });

    it('should report ttps:// as malformed with the https suggestion', () => {
      const northflank = dedupeLinks(occurrences).find((l) => l.url === 'ttps://northflank.com');
      expect(northflank?.occurrences[0]).toMatchObject({ line: 26, entry: 'Northflank' });
      expect(northflank?.target).toEqual({
        kind: 'malformed',
        reason: 'misspelled scheme',
        suggestion: 'https://northflank.com',
      });
    });

    it('should leave the instruction links after the table without an entry', () => {
      expect(occurrences.filter((o) => o.line === 37).map((o) => o.entry)).toEqual([null, null]);
    });
  });

  describe('with velero (reference links, an anchor, an HTML logo wall)', () => {
    const { occurrences, anchors } = extractLinks(fixture('velero-reference-links'));

    it('should extract href and src of the logo wall, named by the image alt', () => {
      expect(occurrences.filter((o) => o.line === 6)).toEqual([
        { url: 'https://www.pitsdatarecovery.net/', line: 6, entry: 'pitsdatarecovery.net', kind: 'html' },
        {
          url: 'site/static/img/adopters/PITSGlobalDataRecoveryServices.svg',
          line: 6,
          entry: 'pitsdatarecovery.net',
          kind: 'html',
        },
      ]);
    });

    it('should extract reference definitions at their own line, named by the entry that uses them', () => {
      expect(occurrences.find((o) => o.url === 'https://bitgo.com')).toEqual({
        url: 'https://bitgo.com',
        line: 91,
        entry: 'BitGo',
        kind: 'reference',
      });
      expect(occurrences.filter((o) => o.kind === 'reference')).toHaveLength(40);
    });

    it('should resolve the in-page anchor against the heading slugs', () => {
      const anchor = dedupeLinks(occurrences).find((l) => l.url === '#adding-a-logo-to-veleroio');
      expect(anchor?.target).toEqual({ kind: 'anchor', fragment: 'adding-a-logo-to-veleroio' });
      expect(anchors.has('adding-a-logo-to-veleroio')).toBe(true);
    });

    it('should extract inline links of a story paragraph under its bold name', () => {
      expect(occurrences.filter((o) => o.line === 30).map((o) => [o.entry, o.url])).toEqual([
        ['Bugsnag', 'https://www.bugsnag.com/on-premise'],
        ['Bugsnag', 'https://docs.bugsnag.com/on-premise/clustered/backup-restore/'],
      ]);
    });
  });

  describe('with cert-manager (<img> inside links inside table cells)', () => {
    const { occurrences } = extractLinks(fixture('cert-manager-img-in-links'));

    it('should extract the link, the image src and the story link of a row, named by the alt text', () => {
      expect(occurrences.filter((o) => o.line === 12)).toEqual([
        { url: 'https://atomist.com/', line: 12, entry: 'Atomist', kind: 'inline' },
        {
          url: 'https://github.com/cert-manager/community/assets/42113979/fa97c0a4-806e-4399-ba32-c43f0fe6ba1f',
          line: 12,
          entry: 'Atomist',
          kind: 'html',
        },
        {
          url: 'https://blog.atomist.com/kubernetes-ingress-nginx-cert-manager-external-dns/',
          line: 12,
          entry: 'Atomist',
          kind: 'inline',
        },
      ]);
    });

    it('should deduplicate a URL that appears twice on a row, keeping both lines', () => {
      const metal = dedupeLinks(occurrences).find((l) => l.url === 'https://metal3.io/');
      expect(metal?.occurrences.map((o) => o.line)).toEqual([20, 20]);
      expect(metal?.occurrences[0]?.entry).toBe('Metal³');
    });
  });

  describe('with synthetic Markdown', () => {
    it('should tell inline links, autolinks, bare URLs and images apart', () => {
      const md =
        'See [a](https://a.example/) <https://b.example/> https://c.example/x ![logo](https://d.example/l.png)\n';
      expect(extractLinks(md).occurrences.map((o) => [o.kind, o.url])).toEqual([
        ['inline', 'https://a.example/'],
        ['autolink', 'https://b.example/'],
        ['literal', 'https://c.example/x'],
        ['image', 'https://d.example/l.png'],
      ]);
    });

    it('should find bare URLs in table cells with their row line', () => {
      const md = '| Type | Name | Website |\n|---|---|---|\n| End-User | Acme | https://acme.example/ |\n';
      expect(extractLinks(md).occurrences).toEqual([
        { url: 'https://acme.example/', line: 3, entry: 'Acme', kind: 'literal' },
      ]);
    });

    it('should ignore links in code and in HTML comments', () => {
      const md =
        '```\n[x](https://code.example/)\n```\n\n`https://span.example/`\n\n<!--\n<a href="https://comment.example/">x</a>\n-->\n';
      expect(extractLinks(md).occurrences).toEqual([]);
    });

    it('should count lines inside multi-line HTML blocks', () => {
      const md = '<p>\n<a href="https://one.example/">One</a>\n<img src=\'logo.png\' alt="Two">\n</p>\n';
      expect(extractLinks(md).occurrences.map((o) => [o.line, o.url, o.entry])).toEqual([
        [2, 'https://one.example/', null],
        [3, 'logo.png', 'Two'],
      ]);
    });

    it('should decode entities in HTML attributes', () => {
      const md = '<a href="https://x.example/?a=1&amp;b=2">x</a>\n';
      expect(extractLinks(md).occurrences[0]?.url).toBe('https://x.example/?a=1&b=2');
    });

    it('should collect HTML ids as anchors and number duplicate heading slugs like GitHub', () => {
      const { anchors } = extractLinks('# Users\n\n## Users\n\n<a name="legacy"></a>\n');
      expect([...anchors].sort()).toEqual(['legacy', 'users', 'users-1']);
    });
  });
});

describe('slugify', () => {
  it.each([
    ['Adding a logo to velero.io', 'adding-a-logo-to-veleroio'],
    ["Who's using Cloud Native Buildpacks (CNB)?", 'whos-using-cloud-native-buildpacks-cnb'],
    ['Ænix & Pôle Emploi', 'ænix--pôle-emploi'],
  ])('should slug %j as %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('fetchKey', () => {
  it('should drop the fragment so one page is fetched once', () => {
    expect(fetchKey(new URL('https://a.example/p#x'))).toBe(fetchKey(new URL('https://a.example/p#y')));
  });
});
