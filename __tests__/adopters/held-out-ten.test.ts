import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { inserted, keyed, lines } from '../support/held-out.js';

/**
 * Shapes from the tenth to the thirteenth collections of real files the engine had never seen, written here
 * in general form. Each expected entry and place is the one a maintainer chose in a hand-made key before the
 * engine ran on it.
 */
describe('a paragraph that names one adopter per line', () => {
  const source = lines(
    '# Adopters',
    '',
    '## New Adopters',
    '',
    'If your company uses it, please open an issue asking us to add you.',
    '',
    '## The List (Alphabetical)',
    '',
    'Accenture Song',
    'Animal Logic',
    'Crafty Apes',
    'FuseFX / Folks VFX',
    'Luma Pictures',
    'Mikros Image',
    'WWFX UK',
  );

  it('takes the new name as a line of its own, in the stated order, without a list marker', () => {
    const result = inserted(source);
    expect(result.line).toBe(14);
    expect(result.entry).toBe('Mango Metrics');
    expect(inserted(source, keyed('Aardvark Analytics')).line).toBe(9);
    expect(inserted(source, keyed('Zyzzyva Systems')).line).toBe(16);
  });

  it('says why it left out the website and the description the lines have no place for', () => {
    expect(inserted(source).warnings.join(' ')).toMatch(/no links.*website.*no description/);
  });

  it('is not read into a sentence wrapped by hand', () => {
    const prose = lines(
      '# Users',
      '',
      'Many thanks to',
      'the companies below,',
      'who help us',
      'every day',
      '',
      '- [Acme](https://acme.example.org)',
      '- [Beta](https://beta.example.org)',
    );
    expect(inserted(prose).line).toBe(10);
  });
});

describe('a list written in HTML inside a fold', () => {
  const source = lines(
    '# Collaborators',
    '',
    'Here we list a few of the organizations that use it.',
    '',
    '<details>',
    '<summary>Full list of organizations</summary>',
    '<ul>',
    '  <li><a href="https://borealis.example.org/">Borealis Institute</a></li>',
    '  <li><a href="https://camelot.example.org/">Camelot</a></li>',
    '  <li><a href="https://tide.example.org/">Tide Lab</a>, University of the Coast (<a href="https://news.example.org/story">story</a>)</li>',
    '</ul>',
    '</details>',
  );

  it('takes the adopter into the list, copying an item that holds nothing but the adopter', () => {
    const result = inserted(source, keyed('Zyzzyva Systems'));
    expect(result.line).toBe(11);
    expect(result.entry).toBe('  <li><a href="https://zyzzyvasystems.example.com">Zyzzyva Systems</a></li>');
  });
});

describe('a page with nothing to add to', () => {
  it('refuses a page of front matter alone: its template builds the list from data', () => {
    const source = lines('---', 'title: "Users"', 'layout: users', '---');
    const result = insertAdopter(source, keyed());
    expect(result).toMatchObject({ ok: false, code: 'generated' });
  });

  it('refuses a wall of pictures it cannot read rather than start a list beside it', () => {
    const source = lines(
      '# Industry',
      '',
      'Below is a list of known industrial users.',
      '',
      '<center>',
      '![Acme](logos/acme.png)',
      '![Beta](logos/beta.png)',
      '![Corp](logos/corp.png)',
      '</center>',
      '',
      '## Sources',
      '',
      'Acme [[1](https://blog.example.org/acme)], Beta [[1](https://blog.example.org/beta)]',
    );
    const result = insertAdopter(source, keyed());
    expect(result).toMatchObject({ ok: false, code: 'no-container' });
    if (!result.ok) expect(result.reason).toMatch(/3 pictures.*by hand/);
  });
});

describe('a trailing catch-all written after an ellipsis', () => {
  it('stays last: the new name goes before "...More individuals"', () => {
    const source = lines('# Adopters', '', '* Stack Labs', '* Taklane', '* UnitedHealthcare', '* ...More individuals');
    const result = inserted(source, keyed('Zyzzyva Systems'));
    expect(result.line).toBe(6);
    expect(result.entry).toBe('* Zyzzyva Systems');
  });
});

describe('a column of text anchors in an HTML block', () => {
  const source = lines(
    '## Large Scale Users',
    '',
    '<div class="flex flex-col">',
    '    <a href="https://cloudron.example.org">Cloudron - A platform for self-hosting web apps</a>',
    '    <a href="https://fort.example.org/">Fort Anti-Spam</a>',
    '    <a href="https://mail.example.org/">Mail.tm - Your own protection mail</a>',
    '    <a href="https://threat.example.org/">ThreatWave - Hidden insights from email</a>',
    '</div>',
  );

  it('is the list: the adopter goes in order, its description after the name inside the anchor', () => {
    const result = inserted(source);
    expect(result.line).toBe(7);
    expect(result.entry).toBe(
      // No sibling's words inside the anchor end in a period.
      '    <a href="https://mangometrics.example.com">Mango Metrics - Runs it in production for internal services</a>',
    );
  });

  it('reads the name apart from the description, so a duplicate is caught by its name', () => {
    const result = insertAdopter(source, keyed('Fort Anti-Spam'));
    expect(result).toMatchObject({ ok: false, code: 'duplicate' });
  });

  it('takes no page links for a list: three anchors are a menu', () => {
    const menu = lines(
      '# Users',
      '',
      '<div>',
      '<a href="https://a.example.org">Docs</a>',
      '<a href="https://b.example.org">Blog</a>',
      '<a href="https://c.example.org">Chat</a>',
      '</div>',
      '',
      '- [Acme](https://acme.example.org)',
      '- [Beta](https://beta.example.org)',
    );
    expect(inserted(menu).line).toBe(11);
  });
});

describe("a value of each entry's own beside the name", () => {
  const source = lines(
    '__Companies & Organizations__',
    '',
    '* [Hobsons, Inc.](https://hobsons.example.org/), 2018-08-11',
    '    * Hobsons uses it to gain insight.',
    '* [DiDi](https://didi.example.org/), 2018-06-27',
    '    * It runs as a scenario engine of OLAP.',
    '* [StrateBI](https://stratebi.example.org/), 2018-05-23',
    '    * It is an essential part of our projects.',
  );

  it('is not copied into the new entry: another adopter’s date is no fact about this one', () => {
    const result = inserted(source);
    expect(result.entry.split('\n')[0]).toBe('* [Mango Metrics](https://mangometrics.example.com)');
    expect(result.entry).not.toMatch(/20\d\d-/);
    expect(result.warnings.join(' ')).toMatch(/"2018-05-23" in "StrateBI".*by hand/);
  });
});

describe('a list that waits with a bracketed placeholder', () => {
  it('is passed over for the list that holds a real entry', () => {
    const source = lines(
      '# Adopters',
      '',
      'Production users that have added themselves (in alphabetical order):',
      '',
      '* [Coming Soon]',
      '',
      'Adopters in pre-production (in alphabetical order):',
      '',
      '* [Apex Solutions](https://apex.example.org) has put it into their CI/CD pipeline.',
    );
    const result = inserted(source);
    expect(result.line).toBe(10);
    expect(result.entry).toBe(
      '* [Mango Metrics](https://mangometrics.example.com) Runs it in production for internal services.',
    );
  });
});

describe('a closing remark after a run of paragraph entries', () => {
  it('is the page’s, not the last entry’s: the new entry goes before it', () => {
    const source = lines(
      '# Users',
      '',
      '**[Acme](https://acme.example.org)**',
      '',
      'Acme runs it for builds.',
      '',
      '**[Beta](https://beta.example.org)**',
      '',
      'Beta runs it for tests.',
      '',
      '**[Corp](https://corp.example.org)**',
      '',
      'Corp runs it everywhere.',
      '',
      'The organizations above are listed in the order they joined. To be added, open a pull request.',
    );
    const result = inserted(source);
    expect(result.line).toBe(15);
    expect(result.content.split('\n').slice(14, 18)).toEqual([
      '**[Mango Metrics](https://mangometrics.example.com)**',
      '',
      'Runs it in production for internal services.',
      '',
    ]);
  });
});

describe('a table with only its header and an example row kept in a comment', () => {
  it('takes its first row in the example’s shape: the website where the example shows it', () => {
    const source = lines(
      '# Adopters',
      '',
      '| Organisation | Use case | Contact/Link |',
      '|--------------|----------|--------------|',
      '',
      '<!--',
      'Example row (copy it above this comment and fill it in):',
      '| Example Ltd | Nightly API load tests on EKS | https://example.com |',
      '-->',
    );
    const result = inserted(source);
    expect(result.line).toBe(5);
    expect(result.entry).toBe(
      '| Mango Metrics | Runs it in production for internal services. | https://mangometrics.example.com |',
    );
    expect(result.warnings.join(' ')).toMatch(/example row kept in a comment/);
  });

  it('reads a column headed both as contact and link, over site addresses, as the website', () => {
    const source = lines(
      '| Organisation | Use case | Contact/Link |',
      '|---|---|---|',
      '| Acme | Load tests | https://acme.example.org |',
      '| Beta | Soak tests | https://beta.example.org |',
    );
    expect(inserted(source).entry).toBe(
      '| Mango Metrics | Runs it in production for internal services. | https://mangometrics.example.com |',
    );
  });
});

describe('a template in a code block and one adopter so far', () => {
  it('takes the adopter into the run the template shows, not a longer list of the page’s aims', () => {
    const source = lines(
      '# Adopters',
      '',
      '## Purpose',
      '',
      '1. **Build Community**: Connect users of the template',
      '2. **Demonstrate Value**: Show real-world usage and impact',
      '3. **Guide Development**: Understand how the template is being used',
      '',
      '## Template',
      '',
      '```markdown',
      '### [Organization Name](https://your-website.org)',
      '',
      '- **Type**: Nonprofit / Small Business / Other',
      '- **Use Case**: Brief description of how you use the template',
      '```',
      '',
      '## Adopters List',
      '',
      '### [Borealis Research](https://borealis.example.org)',
      '',
      '- **Type**: Research',
      '- **Use Case**: Publishes research on adoption barriers',
    );
    const result = inserted(source);
    expect(result.line).toBe(25);
    expect(result.entry).toBe(
      '### [Mango Metrics](https://mangometrics.example.com)\n\n- **Use Case**: Runs it in production for internal services.',
    );
  });
});

describe('one heading per adopter with no blank line between them', () => {
  it('writes the new heading right after the last entry, as the others follow each other', () => {
    const source = lines(
      '# Users',
      '',
      '## Universities',
      '### [QMUL](https://qmul.example.org)',
      '[annotation.example.org](https://annotation.example.org) Gene annotation for the masses',
      '### [UCL](https://ucl.example.org)',
      '[phenopolis.example.org](https://phenopolis.example.org) An open platform for sequencing data',
      '',
      '## Startups',
      '### [repositive.io](https://repositive.example.org)',
    );
    const result = inserted(source);
    expect(result.line).toBe(8);
    expect(result.content.split('\n').slice(6, 11)).toEqual([
      '[phenopolis.example.org](https://phenopolis.example.org) An open platform for sequencing data',
      '### [Mango Metrics](https://mangometrics.example.com)',
      'Runs it in production for internal services.',
      '',
      '## Startups',
    ]);
  });
});

describe('a rule after the last heading entry, before the page’s next part', () => {
  it('closes the list: the new entry goes before it', () => {
    const source = lines(
      '# Adopters',
      '',
      '## Adopters List',
      '',
      '### [Borealis Research](https://borealis.example.org)',
      '',
      '- **Use Case**: Publishes research on adoption barriers',
      '',
      '---',
      '',
      '## Statistics',
      '',
      '- **Total Adopters**: 1',
    );
    const result = inserted(source);
    expect(result.content.split('\n').slice(6, 12)).toEqual([
      '- **Use Case**: Publishes research on adoption barriers',
      '',
      '### [Mango Metrics](https://mangometrics.example.com)',
      '',
      '- **Use Case**: Runs it in production for internal services.',
      '',
    ]);
    expect(result.content.split('\n')[12]).toBe('---');
  });
});
