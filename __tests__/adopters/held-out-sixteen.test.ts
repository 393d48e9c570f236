import { describe, expect, it } from 'vitest';
import { validEntry } from '../support/entry.js';
import { inserted, keyed, lines } from '../support/held-out.js';

/**
 * Shapes from the sixteenth to the nineteenth collections of real files the engine had never seen, written
 * here in general form. Each expected entry and place is the one a maintainer chose in a hand-made key
 * before the engine ran on it.
 */
describe('a list whose entries start with the site, then the name', () => {
  const source = lines(
    '# Meet the users of this theme!',
    '',
    '<!--',
    'TEMPLATE:',
    '',
    '- https://jane.example.org — **Jane Doe** (Software designer)',
    '',
    '-->',
    '',
    '- https://arubacao.example.org - **Christopher Lass** (Software Engineer and DevOps)',
    '- https://blog.agate.example.org/ - **Marco Agate** (System Engineer, DevOps)',
    '- https://etra0.example.org/ - **Sebastián Aedo** (Computer Science student)',
    '- https://fazi.example.org - **Faezeh Roeinfard** (Student)',
    '- https://codejuggle.example.org/ - **cornelk** (Software Engineer and DevOps)',
  );

  it('writes the site first and the name after it, in the neighbours’ markup, at the end', () => {
    const result = inserted(source, keyed('Zyzzyva Systems'));
    expect(result.line).toBe(15);
    expect(result.entry).toBe(
      // No sibling ends its words in the parentheses with a period.
      '- https://zyzzyvasystems.example.com - **Zyzzyva Systems** (Runs it in production for internal services)',
    );
  });

  it('keeps a separator of spaces alone', () => {
    const spaced = source.replace(/ - \*\*/g, ' **');
    expect(inserted(spaced, keyed('Zyzzyva Systems')).entry).toBe(
      '- https://zyzzyvasystems.example.com **Zyzzyva Systems** (Runs it in production for internal services)',
    );
  });
});

describe('what closes a page of one heading per adopter', () => {
  const story = (name: string) => [`## ${name}`, '', `${name} uses it to power real-time analytics.`, ''];

  it('keeps an invitation to add a company last: the new entry goes before it', () => {
    const source = lines(
      '# Powered by',
      '',
      ...story('Yieldr'),
      ...story('Youzan'),
      ...story('Zhihu'),
      '[Add Your Company](https://github.example.org/site/blob/master/powered.md)',
    );
    const result = inserted(source, keyed('Zyzzyva Systems'));
    expect(result.line).toBe(15);
    expect(result.entry.split('\n')[0]).toBe('## Zyzzyva Systems');
  });

  it('keeps the embeds’ script last', () => {
    const source = lines(
      "Who's using it?",
      '======',
      '(in alphabetical order)',
      '',
      ...story('Salesforce.com'),
      ...story('Stripe'),
      ...story('Twitter'),
      '<script async src="//platform.example.org/widgets.js" charset="utf-8"></script>',
    );
    expect(inserted(source, keyed('Zyzzyva Systems')).line).toBe(17);
    expect(inserted(source, keyed('Mango Metrics')).line).toBe(5);
  });

  it('leaves a last story that merely ends with a short line its own', () => {
    const source = lines(
      '# Powered by',
      '',
      ...story('Yieldr'),
      ...story('Youzan'),
      ...story('Zhihu'),
      'Thanks, Zhihu!',
    );
    expect(inserted(source, keyed('Zyzzyva Systems')).line).toBe(17);
  });
});

describe('a run of definition-style paragraphs inside an HTML wrapper', () => {
  const source = lines(
    'In no particular order, here are some companies that use it.',
    '',
    '<div class="who-uses-list" markdown="1">',
    '',
    '[Flutter](https://flutter.example.org/)',
    ': A mobile UI framework.',
    '',
    '[Wrike](https://wrike.example.org/)',
    ': Outcollaborate. Wrike combines real-time collaboration with',
    '  project management.',
    '',
    'Built with its web framework.',
    '',
    '[ListShine](https://listshine.example.org)',
    ': Email Marketing Software powered by it.',
    '',
    '</div>',
  );

  it('puts the new entry before the closing tag, which is the wrapper’s, not the last entry’s', () => {
    const result = inserted(source, keyed('Zyzzyva Systems'));
    expect(result.line).toBe(17);
    expect(result.entry).toBe(
      '[Zyzzyva Systems](https://zyzzyvasystems.example.com)\n: Runs it in production for internal services.',
    );
  });
});

describe('a file whose adopters are rows of an HTML table', () => {
  const row = (name: string, text: string) => [
    '<tr>',
    '<td>',
    `<a href="https://${name.toLowerCase()}.example.org/">${name}</a>`,
    '</td>',
    '<td>',
    '<p>',
    text,
    '</p>',
    '</td>',
    '</tr>',
    '',
  ];
  const source = lines(
    'Want to be added to this page? Send an email.',
    '',
    '<table>',
    '',
    ...row('Groupon', 'At Groupon we use it to build real-time data integration systems.'),
    ...row('Rubicon', 'It is used in production to analyze the results of auctions.'),
    ...row('Premise', 'We use it for our data pipeline.'),
    '</table>',
  );

  it('is given a row like its siblings after the last one, not a new Markdown list after the table', () => {
    // (Refused until rows of HTML tables were read as entries: `read/html-table-reader.ts`.)
    const result = inserted(source, keyed('Zyzzyva Systems'));
    // After Premise's row (lines 27–36) and its blank line, before `</table>`.
    expect(result.line).toBe(38);
    expect(result.content.split('\n').slice(37, 49)).toEqual([
      ...row('Zyzzyva', 'Runs it in production for internal services.').map((l) =>
        l.replace('https://zyzzyva.example.org/">Zyzzyva<', 'https://zyzzyvasystems.example.com">Zyzzyva Systems<'),
      ),
      '</table>',
    ]);
  });
});

describe('a table that lists one project for each of its uses', () => {
  const source = lines(
    '## Adopters',
    '',
    '| Project | Notes |',
    '|---------|-------|',
    '| [loop-kit](https://github.example.org/loop-kit) (this repo) | Reference implementation |',
    '| [loop-kit](https://github.example.org/loop-kit) (maintainer) | Off-peak scan |',
    '| [loop-kit](https://github.example.org/loop-kit) (maintainer) | Queue feeder |',
    '| [loop-kit](https://github.example.org/loop-kit) (maintainer) | Assisted fixes |',
    '| [Hermes Agent](https://github.example.org/hermes) by [Nous](https://nous.example.org) | Cron and skills |',
    '| [Pluribus](https://github.example.org/pluribus) | Hourly research |',
    '| [QA API Automation](https://github.example.org/qa) | Report-only |',
    '',
    '*Your project here.*',
  );

  it('reads no order from the repeated name: the new row goes last, before the invitation', () => {
    expect(inserted(source, keyed('Aardvark Analytics')).line).toBe(12);
  });

  it('copies nothing that follows another row’s name in its cell', () => {
    const result = inserted(source, keyed('Aardvark Analytics'));
    expect(result.entry).toBe(
      '| [Aardvark Analytics](https://aardvarkanalytics.example.com) | Runs it in production for internal services. |',
    );
    const first = inserted(source.replace(/\| \[Pluribus[^\n]*\n\| \[QA[^\n]*\n/, ''), keyed('Aardvark Analytics'));
    expect(first.entry).not.toMatch(/by \[Nous\]|maintainer|this repo/);
  });
});

describe('entries grouped in tiers, one heading each', () => {
  const entry = (name: string) => [`### ${name}`, `- **Org**: ${name} Inc.`, '- **Type**: engine', ''];
  const source = lines(
    '# Adopters',
    '',
    'Entries are sorted by tier and then alphabetically.',
    '',
    '## Schema',
    '',
    'Each entry has a heading and its fields.',
    '',
    '## Tier 1 — Production deployments',
    '',
    ...entry('Cisco Defense'),
    ...entry('Gen Digital'),
    '## Tier 2 — Open-source tooling',
    '',
    ...entry('AG2'),
    ...entry('BerriAI'),
    ...entry('Promptfoo'),
    '## Tier 3 — References',
    '',
    ...entry('Awesome Lists'),
  );

  it('takes the largest tier for the entry, not the tiers for entries', () => {
    const result = inserted(source, keyed('Mango Metrics'));
    expect(result.entry.split('\n')[0]).toBe('### Mango Metrics');
    expect(result.line).toBe(29);
  });

  it('still reads an entry’s own parts, titled alike in every entry, as the entry’s', () => {
    const story = (name: string) => [
      `### ${name}`,
      '',
      '#### Challenge',
      '',
      'Scale.',
      '',
      '#### Solution',
      '',
      'It.',
      '',
    ];
    const stories = lines('# Case studies', '', ...story('Acme'), ...story('Bravo'), ...story('Charlie'));
    expect(inserted(stories, keyed('Zyzzyva Systems')).entry.split('\n')[0]).toBe('### Zyzzyva Systems');
  });
});

describe('a short sorted table with a status column', () => {
  const source = lines(
    '# Adopters',
    '',
    '| Organization | Kit | Role | Visibility | Spec | Status |',
    '|--------------|-----|------|------------|------|--------|',
    '| Good Heart Tech | Good-Heart-Kit (private repo) | organization | private | 0.2 | Active |',
    '| Honey House | Honey-House-Kit (private repo) | organization | private | 0.2 | Active |',
    '| LadybugDocs (Honey House) | Ladybug-Kit (private repo) | product | private | 0.2 | Draft |',
    '| Super PowerShell (Honey House) | Super-PowerShell-Kit (private repo) | product | private | 0.2 | Active |',
    '| WOSP (Honey House) | WOSP-Kit (private repo) | product | private | 0.2 | Active |',
  );

  it('reads the order across the status values when each status has too few rows to tell', () => {
    const entry = validEntry({ name: 'Mango Metrics' });
    expect(inserted(source, entry).line).toBe(8);
    expect(inserted(source, validEntry({ name: 'Aardvark Analytics' })).line).toBe(5);
  });
});
