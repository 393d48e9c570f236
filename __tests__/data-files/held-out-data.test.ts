// Data files of shapes met in real projects' sites (Jekyll `_data`, Hugo `data`, Docusaurus JSON), keyed by
// hand before the engine ran on them; the items here are made up in their shapes.
import { describe, expect, it } from 'vitest';
import { insertDataEntry } from '../../src/data-files/insert-data-entry.js';
import { removeDataEntry } from '../../src/data-files/remove-data-entry.js';
import type { DataFormat } from '../../src/data-files/model.js';
import { type EntryInput, validEntry } from '../support/entry.js';
import { at, expectLineInsertion, read } from './support.js';

const insert = (source: string, format: DataFormat, values: EntryInput) =>
  insertDataEntry(source, format, validEntry(values), {});

/** The names of the sequence at `path` after inserting `name`, and where it went. */
function placed(source: string, format: DataFormat, name: string, path = '', nameKey = 'name') {
  const result = insert(source, format, { name, url: 'https://new.example.com' });
  if (!result.ok) throw new Error(result.reason);
  const names = at(read(result.content, format), path).map((i) => (i as Record<string, string>)[nameKey]);
  return { index: names.indexOf(name), names, result };
}

const yamlList = (names: string[], header = '') =>
  header +
  names.map((n) => `- name: ${n}\n  url: https://${n.toLowerCase().replace(/\W/g, '')}.example.org\n`).join('');

describe('the place in a list kept in alphabetical order', () => {
  it('files a name among all the items when a comment states the order, whatever its slips', () => {
    // `Behalf` before `Bajaj` near the start and `Zomato` before `ZoloStays` at the end are slips of a
    // list its comment says is alphabetical: the first name goes first, the last one last.
    const file = yamlList(
      [
        'Airwallex',
        'Alza',
        'Auto Trader UK',
        'Behalf',
        'Bajaj Finserv',
        'Bolt',
        'Convoy',
        'Zalando',
        'Zomato',
        'ZoloStays',
      ],
      '# Keep the list in alphabetical order.\n',
    );
    expect(placed(file, 'yaml', 'Aardvark Analytics').index).toBe(0);
    expect(placed(file, 'yaml', 'Mango Metrics').index).toBe(7);
    expect(placed(file, 'yaml', 'Zyzzyva Systems').index).toBe(10);
  });

  it('takes a slip in the first pair for a slip, not for a head kept in another order', () => {
    const file = yamlList(['Bulletproof', 'BT', 'Citrix', 'Contiamo', 'Dim Solution', 'Dragonchain', 'Form3']);
    expect(placed(file, 'yaml', 'Aardvark Analytics').index).toBe(0);
  });

  it('files a name among sorted items after three slips in eighteen', () => {
    const names = ['Adaptive', 'ChartIQ', 'Citi', 'Finsemble', 'FactSet', 'Genesis', 'Glue42', 'GreenKey'];
    const tail = ['IHS Markit', 'JP Morgan', 'OpenFin', 'RBC', 'Refinitiv', 'Scott Logic', 'Singletrack'];
    const json = JSON.stringify(
      [...names, ...tail, 'Norman & Sons', 'iPushPull', 'Symphony'].map((caption) => ({
        caption,
        infoLink: 'https://x.example.org',
      })),
      null,
      4,
    );
    expect(placed(`${json}\n`, 'json', 'Mango Metrics', '', 'caption').index).toBe(10);
    expect(placed(`${json}\n`, 'json', 'Zyzzyva Systems', '', 'caption').index).toBe(18);
  });

  it('still files a name after a featured head kept in no order', () => {
    const featured = ['Orion', 'Delta', 'Kilo', 'Bravo', 'Sierra', 'Echo'];
    // Sixteen sorted names after it: the list is alphabetical on the whole (16 of 21 pairs in order).
    const body = 'Alpha Beta Gamma Iota Kappa Lambda Nu Omega Phi Psi Rho Sigma Tau Theta Upsilon Zeta'.split(' ');
    const { index } = placed(yamlList([...featured, ...body.map((b) => `${b} Co`)]), 'yaml', 'Mango Metrics');
    // After Lambda Co, before Nu Co.
    expect(index).toBe(featured.length + 6);
  });
});

describe('what a data file says of its own order and names', () => {
  it('puts the newest first where a comment says "Newest additions first"', () => {
    const file = yamlList(
      ['Airbnb', 'Mapped', 'eBay', 'Uber', 'Netflix'],
      '# Organizations that have deployed it in production.\n# Newest additions first.\n',
    );
    expect(placed(file, 'yaml', 'Zyzzyva Systems').index).toBe(0);
  });

  it('learns the name key from values that tell the items apart, not from a setting they share', () => {
    const item = (alt: string, n: number) =>
      `- logo: assets/logos/${alt.toLowerCase()}.png\n  logoheight: ${45 + n}\n  gapclass: p-t-2\n  alt: ${alt}\n  link: https://${alt.toLowerCase()}.example.org/\n  text: Uses it for search.\n`;
    const file = ['Spotify', 'Yahoo', 'OKCupid', 'Wix'].map(item).join('\n');
    const result = insert(file, 'yaml', {
      name: 'Mango Metrics',
      url: 'https://m.example.com',
      description: 'Runs it.',
    });
    if (!result.ok) throw new Error(result.reason);
    const items = at(read(result.content, 'yaml'), '') as Record<string, unknown>[];
    // The setting every item shares is kept; the name goes under `alt`, the description under `text`.
    expect(items[4]).toEqual({
      gapclass: 'p-t-2',
      alt: 'Mango Metrics',
      link: 'https://m.example.com',
      text: 'Runs it.',
    });
  });

  it("writes the website under the key of each item's own site, not under a store's links", () => {
    const apps = ['Coinbase', 'Puma', 'Discord', 'Shopify'].map((name) => ({
      name,
      icon: `${name.toLowerCase()}.png`,
      linkAppStore: `https://apps.apple.com/us/app/${name.toLowerCase()}/id1`,
      infoLink: `https://blog.${name.toLowerCase()}.example.org/react`,
    }));
    const result = insert(`${JSON.stringify(apps, null, 2)}\n`, 'json', {
      name: 'Mango Metrics',
      url: 'https://m.example.com',
    });
    if (!result.ok) throw new Error(result.reason);
    const items = at(read(result.content, 'json'), '') as Record<string, unknown>[];
    expect(items[4]).toEqual({ name: 'Mango Metrics', infoLink: 'https://m.example.com' });
  });

  it('writes the description under the key of prose every item carries, whatever its name', () => {
    const item = (name: string, how: string) =>
      `-\n  name: ${name}\n  url: https://${name.toLowerCase()}.example.org\n  how: "${how}"\n`;
    const file = [
      item('Academia', 'Uses it to build its command-line tools and services'),
      item('Bolt', 'Runs its payment routing on it in production'),
      item('Kite', 'Builds its embedded firmware with it for safety'),
    ].join('');
    const result = insert(file, 'yaml', {
      name: 'Mango Metrics',
      url: 'https://m.example.com',
      description: 'Runs it.',
    });
    if (!result.ok) throw new Error(result.reason);
    const items = at(read(result.content, 'yaml'), '') as Record<string, unknown>[];
    expect(items[3]).toEqual({ name: 'Mango Metrics', url: 'https://m.example.com', how: 'Runs it.' });
  });

  it('counts each owner on a code host as a site of its own: repositories of many owners are the websites', () => {
    const apps = ['Otiv', 'Wesaudio', 'Lumen', 'Kiosk'].map((n, i) => ({
      app_title: n,
      git_link: `https://github.com/${n.toLowerCase()}/app`,
      preview_link: i < 2 ? `https://${n.toLowerCase()}-demo.example.org/` : '',
    }));
    const result = insert(`${JSON.stringify(apps, null, 2)}\n`, 'json', {
      name: 'Mango',
      url: 'https://m.example.com',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toContain('"git_link": "https://m.example.com"');
  });

  it('takes `info` for the description key', () => {
    const file = ['Anheuser-Busch', 'Bolt', 'Kite']
      .map((n) => `  - name: ${n}\n    info: ${n} Inc.\n    website: https://${n.toLowerCase()}.example.org/\n`)
      .join('\n');
    const result = insert(`users:\n${file}`, 'yaml', {
      name: 'Mango Metrics',
      url: 'https://m.example.com',
      description: 'Runs it.',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(at(read(result.content, 'yaml'), 'users')[3]).toEqual({
      name: 'Mango Metrics',
      info: 'Runs it.',
      website: 'https://m.example.com',
    });
  });

  it("names companies by the key most items carry (`organizationName`), not by the people's `name`", () => {
    const items = [
      ...['Agnes', 'Arista', 'ByteDance', 'Clew'].map((o) => ({ message: `${o} runs it.`, organizationName: o })),
      ...['Mike T.', 'Sam K.'].map((name) => ({ message: 'Runs it at home.', githubUsername: 'x', name })),
    ];
    const result = insert(`${JSON.stringify(items, null, 4)}\n`, 'json', {
      name: 'Mango Metrics',
      description: 'Runs it.',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toContain('"organizationName": "Mango Metrics"');
    expect(result.entry).not.toContain('"name"');
  });

  it('takes the website key from the items, not from one stray item', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      name: `City ${i}`,
      consul_website: `https://city${i}.example.org`,
      ...(i === 0 ? { website: 'www.city0.example.org' } : {}),
    }));
    const result = insert(`${JSON.stringify(items, null, 2)}\n`, 'json', {
      name: 'Mango',
      url: 'https://m.example.com',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toContain('"consul_website": "https://m.example.com"');
  });

  it('appends where a kind is said of each item rather than keeping groups of items', () => {
    const json = JSON.stringify(
      {
        adopters: [
          ['Protocol core', 'source'],
          ['more.md', 'reference'],
          ['Reference stack', 'reference'],
          ['@org/bridge', 'integration'],
          ['LangGraph example', 'example'],
          ['org.dev site', 'site'],
        ].map(([name, kind]) => ({ name, kind, url: 'https://x.example.org' })),
      },
      null,
      2,
    );
    expect(placed(`${json}\n`, 'json', 'Mango Metrics', 'adopters').index).toBe(6);
  });
});

describe('which list, and what its comments say', () => {
  it('puts an organization in the list named for its users, beside a larger list of projects', () => {
    const projects = ['Supermedium', 'Soundboxing', 'Supercraft', 'Musical Forest', 'Towermax']
      .map((n) => `- name: ${n}\n  url: https://${n.toLowerCase().replace(/\W/g, '')}.example.org\n`)
      .join('');
    const users = ['CERN', 'Disney', 'Google']
      .map((n) => `- company: ${n}\n  url: https://${n.toLowerCase()}.example.org\n`)
      .join('');
    const file = `projects:\n${projects}users:\n${users}`;
    const result = insert(file, 'yaml', { name: 'Mango Metrics', url: 'https://m.example.com' });
    expect(result).toMatchObject({ ok: true, path: 'users', section: 'users' });
    expect(result.ok && result.warnings.join(' ')).toContain('the list named for adopters, "users"');
  });

  it('reads "logos in the grid will be sorted by name" as the page sorting them, not the file', () => {
    const file = yamlList(
      ['Lingo24', 'Lingea', 'Tilde', 'Unbabel', 'AYLIEN', 'European Commission'],
      '# Images are stored in assets/logos, logos in the grid will be sorted by name\n',
    );
    expect(placed(file, 'yaml', 'Aardvark Analytics').index).toBe(6);
  });

  it('keeps a template item last ("Your Logo Here"): the new item goes before it', () => {
    const items = [
      { name: 'Bloomberg', url: 'https://bloomberg.example.org' },
      { name: 'Tetrate', url: 'https://tetrate.example.org' },
      { name: 'Nutanix', url: 'https://nutanix.example.org' },
      { name: 'Your Logo Here', url: 'https://github.com/owner/repo/blob/main/ADOPTERS.md' },
    ];
    const json = `${JSON.stringify(items, null, 2)}\n`;
    expect(placed(json, 'json', 'Mango Metrics').index).toBe(3);
  });

  it('still reads a comment that keeps the file sorted', () => {
    const file = yamlList(['Lingea', 'Lingo24', 'Tilde', 'Unbabel'], '# Keep this list sorted by name\n');
    expect(placed(file, 'yaml', 'Aardvark Analytics').index).toBe(0);
  });
});

describe('items whose shape a one-line submission cannot fill', () => {
  it('refuses a website where the items keep their links in nested values, and keeps the file as it is', () => {
    const apps = ['ActiveLook', 'Bolt', 'Kite'].map((name) => ({
      name,
      description: 'An app.',
      links: { ios: `https://apps.apple.com/app/${name.toLowerCase()}/id1` },
    }));
    const result = insert(`${JSON.stringify(apps, null, 2)}\n`, 'json', {
      name: 'Mango',
      url: 'https://m.example.com',
    });
    expect(result).toMatchObject({ ok: false, code: 'no-template' });
    expect(!result.ok && result.reason).toContain('nested values');
  });

  it('still adds to a list that links nothing at all, leaving the website out with a warning', () => {
    const people = ['Agnes', 'Arista', 'Clew'].map((organizationName) => ({ organizationName, message: 'Runs it.' }));
    const result = insert(`${JSON.stringify(people, null, 2)}\n`, 'json', {
      name: 'Mango',
      url: 'https://m.example.com',
    });
    expect(result.ok && result.warnings).toContain("the file's entries have no website key, so the url was left out");
  });

  it('refuses an item that would show nothing where each adopter is shown by its logo', () => {
    const logos = ['Helsinki', 'Tampere', 'Espoo'].map((n) => ({
      src: `/logos/${n.toLowerCase()}.png`,
      alt: `${n} logo`,
    }));
    const result = insert(`${JSON.stringify(logos, null, 2)}\n`, 'json', {
      name: 'Mango',
      url: 'https://m.example.com',
    });
    expect(result).toMatchObject({ ok: false, code: 'no-template' });
    expect(!result.ok && result.reason).toContain("give the logo's URL");
  });

  it('does not copy a date every sibling happens to share', () => {
    const file = ['Bravo', 'Charlie', 'Delta']
      .map(
        (n) =>
          `- title: ${n}\n  url: https://${n.toLowerCase()}.example.org\n  kind: Production system\n  added: 2026-08\n`,
      )
      .join('\n');
    const result = insert(file, 'yaml', { name: 'Mango', url: 'https://m.example.com' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toContain('kind: Production system');
    expect(result.entry).not.toContain('added');
  });

  it('refuses a page of case studies named by their headlines', () => {
    const stories = [
      'How JSON Schema Was an Obvious Choice at GitHub',
      'Transforming the Way the Team Builds and Ships Its APIs',
      'Why a Bank Chose the Standard for Every One of Its Services',
    ].map((title) => ({ title, summary: 'A story.', links: { url: '/blog/posts/story' } }));
    const result = insert(`${JSON.stringify(stories, null, 2)}\n`, 'json', {
      name: 'Mango',
      url: 'https://m.example.com',
    });
    expect(result).toMatchObject({ ok: false, code: 'no-template' });
    expect(!result.ok && result.reason).toContain('named by sentences');
  });
});

describe('a data file a tool writes', () => {
  const kubeLike = `# DO NOT EDIT THIS FILE.  PLEASE RUN ./adopters.py INSTEAD!
adopters:
  endusers:
  - link: https://www.arm.example.org
    name: Arm
  - link: https://www.civo.example.org
    name: Civo
`;

  it('is refused with what gave it away, by add and by remove', () => {
    const added = insert(kubeLike, 'yaml', { name: 'Mango Metrics', url: 'https://m.example.com' });
    expect(added).toMatchObject({ ok: false, code: 'generated' });
    expect(!added.ok && added.reason).toContain('DO NOT EDIT THIS FILE');
    expect(removeDataEntry(kubeLike, 'yaml', 'Civo')).toMatchObject({ ok: false, code: 'generated' });
  });

  it('is refused when a top-level key stamps the run', () => {
    const json = `{\n  "generatedAt": "2026-05-01T00:00:00Z",\n  "adopters": [\n    { "name": "Acme", "url": "https://acme.example.org" },\n    { "name": "Bolt", "url": "https://bolt.example.org" }\n  ]\n}\n`;
    expect(insert(json, 'json', { name: 'Mango Metrics', url: 'https://m.example.com' })).toMatchObject({
      ok: false,
      code: 'generated',
    });
  });

  it('is not read into a comment telling how the file began', () => {
    const file = yamlList(
      ['Acme', 'Bolt', 'Kite'],
      '# The first version of this file was generated by sweeping every bullet of the old page.\n# Keep the list in alphabetical order.\nadopters_note: kept by hand\nadopters:\n',
    )
      .replace(/^- /gm, '  - ')
      .replace(/^ {2}(url)/gm, '    $1');
    expect(placed(file, 'yaml', 'Mango Metrics', 'adopters').index).toBe(3);
  });
});

describe('objects that open where the one before closes (`}, {`)', () => {
  const cuddled = (names: string[], separator = '}, {') =>
    `[{\n${names.map((n) => `  "name": "${n}",\n  "url": "https://${n.toLowerCase()}.example.org/"`).join(`\n${separator}\n`)}\n}]\n`;
  const sorted = cuddled(['Bravo', 'Charlie', 'Delta', 'Kilo', 'Oscar']);

  it.each([
    ['Aardvark', 0],
    ['Mango', 4],
    ['Zulu', 5],
  ])('puts %s at %i as a separator line and its members, every other byte kept', (name, index) => {
    const { index: at, names, result } = placed(sorted, 'json', name);
    expect(at).toBe(index);
    expect(names).toHaveLength(6);
    expect(expectLineInsertion(sorted, result.content)).toHaveLength(3);
    const members = [`  "name": "${name}",`, '  "url": "https://new.example.com"'];
    expect(result.entry).toBe((index === 0 ? [...members, '}, {'] : ['}, {', ...members]).join('\n'));
  });

  it('writes the separator as most of the file does (`    },{`)', () => {
    const file = cuddled(['Bravo', 'Kilo', 'Oscar'], '    },{').replace(/^ {2}"/gm, '        "');
    const { result } = placed(file, 'json', 'Zulu');
    expect(expectLineInsertion(file, result.content)[0]).toBe('    },{');
  });
});
