// Lists of users inside a project's README, beside longer lists that are not about users. Keyed by hand
// from real READMEs before the engine ran on them; the entries here are made up in their shapes.
import { describe, expect, it } from 'vitest';
import { inserted, lines } from '../support/held-out.js';

describe('a README whose part about users is headed by what they use the project for', () => {
  it.each(['Projects using this package', 'Apps using Alpha', 'Projects that use this service', 'Sites built with it'])(
    'takes the list under "%s", not a longer list of links below it',
    (title) => {
      const readme = lines(
        '# Alpha',
        'A library for reading tickets.',
        '',
        `## ${title}`,
        'Here are some for reference.',
        '',
        '- [Bravo](https://github.com/owner/bravo)',
        '- [Charlie](https://github.com/owner/charlie)',
        '- [Delta](https://github.com/owner/delta)',
        '',
        '## Useful documentation',
        '',
        '- [Wiki page](https://wiki.example.org/tickets):',
        '    General overview of how tickets work',
        '',
        '- [Format notes](https://github.com/owner/notes/blob/main/format.md):',
        '    Documents the encryption.',
        '',
        '- [More notes](https://github.com/owner/more/blob/main/docs.md):',
        '    Documents the format in more depth.',
        '',
        '- [Key finder](https://github.com/owner/finder):',
        '    Recovers a public key.',
      );
      const result = inserted(readme);
      expect(result.line).toBe(10);
      expect(result.entry).toBe('- [Mango Metrics](https://mangometrics.example.com)');
    },
  );

  it('does not take a guide ("Using the API") for a list of users', () => {
    const readme = lines(
      '# Alpha',
      '',
      '## Using the API',
      '',
      '- [Bravo](https://github.com/owner/bravo)',
      '',
      '## Users',
      '',
      '- [Charlie](https://charlie.example.org)',
    );
    expect(inserted(readme).line).toBe(10);
  });
});

describe('a to-do list beside the list of users', () => {
  // A README's progress checklist (six items) above its two users, `* [Name](url): what it does`.
  const readme = lines(
    '# Alpha',
    '',
    '## Progress',
    '',
    '- [x] Syllabification (in [Alpha.Syllables](src/Syllables.hs))',
    '- [x] Phonetics (in [Alpha.Phonetics](src/Phonetics.hs))',
    '- [x] Alphabet (in [Alpha.Alphabet](src/Alphabet.hs))',
    '- [ ] Phonology (in [Alpha.Phonology](src/Phonology.hs))',
    '- [ ] Tokenization',
    '- [ ] Tagger ([Alpha.Tagger](src/Tagger.hs))',
    '',
    '## Projects that use Alpha',
    '',
    '* [Bravo](https://github.com/owner/bravo): Poetry checker',
    '* [Charlie](https://github.com/owner/charlie): Transcription. (in progress)',
    '',
    '## License',
  );

  it('adds to the users, in their shape: a checklist item is a task, not an adopter', () => {
    const result = inserted(readme);
    expect(result.line).toBe(16);
    expect(result.entry).toBe(
      '* [Mango Metrics](https://mangometrics.example.com): Runs it in production for internal services.',
    );
  });
});

describe('a README without a title of its own', () => {
  // Real READMEs open with a logo and a bold line, then `##` parts; one of them lists the apps using it.
  const readme = (title: string) =>
    lines(
      '![Alpha banner](res/banner.png)',
      '',
      '**A daemon to manage desktop entries!**',
      '',
      `## ${title}`,
      '',
      '* [Bravo](https://github.com/owner/bravo) (supports containers)',
      '',
      '## Building',
      '',
      '* Run the build script',
      '* Install the binary',
      '* Restart the service',
      '* Remove the old binary',
    );

  it.each(['Project Showcase', 'Apps using Alpha'])('takes the part titled "%s"', (title) => {
    expect(inserted(readme(title)).line).toBe(8);
  });

  it('keeps a page of one heading per adopter whole, where one adopter is a users group', () => {
    const site = (name: string) => [
      `## ${name}`,
      '',
      `- Site: https://${name.toLowerCase().replace(/\W/g, '')}.example.org/`,
      `- Source: https://github.com/owner/${name.toLowerCase().replace(/\W/g, '')}`,
      '',
    ];
    const page = lines(
      'Add your site to the bottom of this list.',
      '',
      ...['Alpha Archives', 'Bravo', 'Charlie Linux Users Group', 'Delta'].flatMap(site),
    );
    const result = inserted(page);
    expect(result.entry.split('\n')[0]).toBe('## Mango Metrics');
    expect(result.line).toBe(23);
  });

  it('reads a title from front matter: a page titled for its adopters is the list', () => {
    const page = lines(
      '---',
      'title: "Adopters"',
      '---',
      '',
      ...['Alpha', 'Bravo Users Group', 'Charlie'].flatMap((name) => [
        `## ${name}`,
        '',
        `- Website: https://${name.toLowerCase().replace(/\W/g, '')}.example.org/`,
        '- Use case: builds and releases',
        '',
      ]),
    );
    expect(inserted(page).line).toBe(20);
  });
});

describe('a README whose users are titled in emphasis inside another part', () => {
  it('takes the list under **Used by:**, not the labelled lines after it nor the README’s other lists', () => {
    const readme = lines(
      '<h1 align="center">Alpha</h1>',
      '',
      '## Resources',
      '',
      '- **[Documentation](https://alpha.example.org/docs)**: Full guides',
      '- **[Examples](https://github.com/owner/alpha/tree/main/examples)**: Sample projects',
      '- **[Blog Post](https://blog.example.org/alpha)**: Motivation',
      '',
      '## Community',
      '',
      '**Used by:**',
      '',
      '1. [Bravo](https://www.bravo.example.org): E-commerce platform',
      '',
      '*Using Alpha? Open a PR to add your company.*',
      '',
      '**Contributions:** [Issues](https://github.com/owner/alpha/issues) and PRs welcome  ',
      '**License:** Apache 2.0',
    );
    const result = inserted(readme);
    expect(result.line).toBe(14);
    expect(result.entry).toBe(
      '2. [Mango Metrics](https://mangometrics.example.com): Runs it in production for internal services.',
    );
  });
});
