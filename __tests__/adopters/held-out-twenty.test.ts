import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { inserted, keyed, lines } from '../support/held-out.js';

/**
 * Shapes from the twentieth and twenty-first collections of real files the engine had never seen (found
 * by the phrases such files use), written here in general form. Each expected entry and place is the
 * one a maintainer chose in a hand-made key before the engine ran on it.
 */
describe('a README that keeps its adopters in a part of its own', () => {
  const readme = lines(
    '# Toolbox',
    '',
    'Toolbox manages permissions across many accounts.',
    '',
    '## Project resources',
    '',
    '- [Docs](https://docs.example.org/toolbox)',
    '- [Source Code](https://github.example.org/toolbox)',
    '- [Issue tracker](https://github.example.org/toolbox/issues)',
    '- [Blog Post](https://blog.example.org/toolbox)',
    '- [Talk](https://video.example.org/toolbox)',
    '- [CLI](https://github.example.org/toolbox-cli)',
    '',
    '## Companies that use Toolbox (alphabetically sorted)',
    '',
    '- [AB180](https://ab180.example.org)',
    '- [Calm](https://calm.example.org/)',
    '- [FollowAnalytics](https://followanalytics.example.org/)',
    '- [myKaarma](https://mykaarma.example.org/)',
    '- Feel free to submit a PR or let us know in an [Issue](https://github.example.org/toolbox/issues) if you would like to',
    '  add your company to this list.',
    '',
    '## License',
    '',
    'Apache 2.0',
  );

  it('adds to the list under that part, in its order, before the invitation that closes it', () => {
    const entry = validEntry({ name: 'Mango Metrics', url: 'https://mangometrics.example.com' });
    expect(inserted(readme, entry).line).toBe(19);
    expect(inserted(readme, validEntry({ name: 'Zyzzyva Systems', url: 'https://z.example.com' })).line).toBe(20);
    expect(inserted(readme, entry).entry).toBe('- [Mango Metrics](https://mangometrics.example.com)');
  });

  it('refuses, with the reason, where that part shows its adopters only as a table of logos', () => {
    const logos = lines(
      '# Quantum',
      '',
      '## Install',
      '',
      '| Image | Tag | Size | Arch |',
      '|---|---|---|---|',
      '',
      '## Adopters',
      '',
      'The companies listed below use it.',
      '',
      '| <a href="https://a.example.org/"><img src="https://a.example.org/logo.svg" /></a> | <a href="https://b.example.org/"><img src="https://b.example.org/logo.png" /></a> | <a href="https://c.example.org/"><img src="https://c.example.org/logo.png" /></a> |',
      '|---|---|---|',
      '',
      '## License',
    );
    const result = insertAdopter(logos, keyed('Mango Metrics'));
    expect(result.ok ? 'inserted' : result.code).toBe('no-container');
  });

  it('starts the first list at the end of that part when it lists nobody yet', () => {
    const waiting = lines(
      '# Toolbox',
      '',
      '## Features',
      '',
      '- Fast',
      '- Small',
      '- Safe',
      '- Free',
      '',
      '## Users',
      '',
      'Using Toolbox? Open a pull request.',
      '',
      '## License',
      '',
      'MIT',
    );
    const result = inserted(waiting, validEntry({ name: 'Mango Metrics', url: 'https://mangometrics.example.com' }));
    expect(result.line).toBeGreaterThan(12);
    expect(result.line).toBeLessThan(16);
    expect(result.section).toBe('Users');
  });

  it('leaves an adopters file whose title names its adopters to the usual choice', () => {
    const file = lines(
      '# Adopters',
      '',
      '## End users',
      '',
      '- [Acme](https://acme.example.org)',
      '- [Bravo](https://bravo.example.org)',
      '',
      '## Vendors',
      '',
      '- [Charlie](https://charlie.example.org)',
      '- [Delta](https://delta.example.org)',
      '- [Echo](https://echo.example.org)',
    );
    expect(inserted(file, validEntry({ name: 'Zulu', url: 'https://zulu.example.org' })).line).toBe(13);
  });
});

describe('a link to each adopter’s source beside its name', () => {
  const source = lines(
    '# Projects using it',
    '',
    'Feel free to send a PR to list your project here.',
    '',
    '- [Zipkin](https://zipkin.example.org/) ([source](https://github.example.org/openzipkin/zipkin))',
    '- [Fider](https://fider.example.org/) ([source](https://github.example.org/getfider/fider))',
    '- [Flood](https://flood.example.org/) ([source](https://github.example.org/jesec/flood))',
    '- [ledgy.com](https://www.ledgy.example.org/)',
    '- [OkCupid](https://www.okcupid.example.org)',
    '- [Nolt](https://nolt.example.org/)',
  );

  it('is the entry’s own link, not a description: the new entry goes last and copies neither', () => {
    const result = inserted(source, keyed('Aardvark Analytics'));
    expect(result.line).toBe(11);
    expect(result.entry).toBe('- [Aardvark Analytics](https://aardvarkanalytics.example.com)');
  });
});

describe('a README titled in HTML, its documentation in parts of its own', () => {
  const readme = lines(
    '<h1 align="center"><img src="https://example.org/banner.svg" alt="Gatekeeper - Identity Proxy"></h1>',
    '',
    'Gatekeeper works with:',
    '',
    '- [Ambassador](https://ambassador.example.org) via its auth service',
    '- [Envoy](https://envoy.example.org) via its filter',
    '- [Nginx](https://nginx.example.org) via subrequests',
    '',
    "## Who's using it?",
    '',
    '- [Acme](https://acme.example.org)',
    '- [Bravo](https://bravo.example.org)',
    '- [Charlie](https://charlie.example.org)',
    '',
    '## Documentation',
    '',
    '### Guide',
    '',
    'Read the [guide](https://docs.example.org/guide).',
    '',
    '### HTTP API documentation',
    '',
    'See the [reference](https://docs.example.org/api).',
    '',
    '### Develop',
    '',
    'See [CONTRIBUTING](https://docs.example.org/contributing).',
  );

  it('adds to the part that names its users, not to the integrations or the guides', () => {
    const result = inserted(readme, validEntry({ name: 'Zulu', url: 'https://zulu.example.org' }));
    expect(result.line).toBe(14);
    expect(result.entry).toBe('- [Zulu](https://zulu.example.org)');
  });
});

describe('headings that name parts of the documentation', () => {
  it('are not read as one adopter per heading, whatever links their bodies hold', () => {
    const page = lines(
      '## Adopters',
      '',
      '- [Acme](https://acme.example.org)',
      '- [Bravo](https://bravo.example.org)',
      '',
      '## Documentation',
      '',
      ...[
        'Guide',
        'HTTP API documentation',
        'Upgrading and Changelog',
        'Command line documentation',
        'Develop',
      ].flatMap((title, i) => [`### ${title}`, '', `See [this](https://docs.example.org/${i}).`, '']),
    );
    expect(inserted(page, validEntry({ name: 'Zulu', url: 'https://zulu.example.org' })).line).toBe(5);
  });
});

describe('many small lists of one size and none larger', () => {
  it('is refused with the reason: each list is an adopter’s talks, and none is the list of adopters', () => {
    const talks = (name: string, n: number) => [
      `####${name}`,
      ...Array.from(
        { length: n },
        (_, i) => `  * [How ${name} runs it, part ${i + 1}](https://talks.example.org/${name}/${i})`,
      ),
      '',
    ];
    const page = lines(
      '#Who Uses It',
      '',
      'Talks from users on how they use it.',
      '',
      ...talks('CircleCI', 2),
      ...talks('Citadel', 2),
      ...talks('Deluxe', 1),
      ...talks('PagerDuty', 2),
      ...talks('Pandora', 1),
      ...talks('SeatGeek', 2),
      '...and more!',
    );
    const result = insertAdopter(page, keyed('Mango Metrics'));
    expect(result.ok ? 'inserted' : `${result.code}: ${result.reason}`).toMatch(
      /^no-container: 4 lists of 2 entries each/,
    );
  });
});

describe('a closing word about the list after its last entry', () => {
  const app = (name: string) => [
    `[${name}](https://${name.toLowerCase()}.example.org) is an application for teachers.`,
    '',
    `[![${name}](/images/apps/${name.toLowerCase()}.png)](https://${name.toLowerCase()}.example.org)`,
    '',
    '<br>',
    '',
  ];
  const page = lines(
    'In the Wild',
    '===========',
    '',
    ...app('LearnBoost'),
    ...app('Geeklist'),
    ...app('Storify'),
    ...app('Lists'),
    'The applications shown above are not listed in any specific order. To have your app added please contact us.',
  );

  it('stays the page’s: the new entry goes before it', () => {
    const result = inserted(page, keyed('Mango Metrics'));
    expect(result.line).toBe(28);
    expect(page.split('\n')[27]).toMatch(/^The applications shown above/);
  });
});
