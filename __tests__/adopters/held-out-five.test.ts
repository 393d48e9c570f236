import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { removeAdopter } from '../../src/adopters/remove-adopter.js';
import { validEntry } from '../support/entry.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

/**
 * Shapes from a fifth collection of real files the engine had never seen, written here in general form.
 * Each expected place is the one a maintainer chose in a hand-made key before the engine was run on it.
 */
const entry = (name: string) =>
  validEntry({ name, url: `https://${name.toLowerCase().replace(/\W/g, '')}.example.com`, description: 'Runs it.' });

function inserted(source: string, name = 'Mango Metrics', section?: string) {
  return insertedEntry(source, entry(name), section);
}

function insertedEntry(source: string, adopter: ReturnType<typeof entry>, section?: string) {
  const result = insertAdopter(source, adopter, { section });
  if (!result.ok) throw new Error(result.reason);
  expectPureInsertion(source, result.content, result.offset, result.inserted);
  return result;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;
/** The lines of `content` around the first line of the inserted entry. */
const around = (content: string, line: number) => content.split('\n').slice(line - 2, line + 1);

describe('lists kept under one heading per initial', () => {
  const source = lines(
    '# Users',
    '',
    'This is an alphabetical list of teams using it.',
    '',
    '## 1',
    '- [1stdibs](https://1stdibs.example.com/)',
    '',
    '## A',
    '',
    '- [AlphaSights](https://alphasights.example.com/)',
    '- [Artsy](https://artsy.example.com/)',
    '',
    '## M',
    '',
    '- [M1 Finance](https://m1.example.com/)',
    '- [MeasureChina](https://measurechina.example.com/)',
    '',
    '## R',
    '',
    '- [RelateRocket](https://relaterocket.example.com/)',
    '- [Rendez](https://rendez.example.com/)',
    '- [Ritual](https://ritual.example.com/)',
    '- [Robinhood](https://robinhood.example.com/)',
  );

  it('puts a name under its own initial, in order there, not in the longest list', () => {
    const mango = inserted(source);
    expect(around(mango.content, mango.line)).toEqual([
      '- [M1 Finance](https://m1.example.com/)',
      // The entries carry no description: the list's shape has no place for one.
      '- [Mango Metrics](https://mangometrics.example.com)',
      '- [MeasureChina](https://measurechina.example.com/)',
    ]);
    const aardvark = inserted(source, 'Aardvark Analytics');
    expect(around(aardvark.content, aardvark.line)).toEqual([
      '',
      '- [Aardvark Analytics](https://aardvarkanalytics.example.com)',
      '- [AlphaSights](https://alphasights.example.com/)',
    ]);
  });

  it('refuses a name whose initial has no heading yet, naming the initial', () => {
    const result = insertAdopter(source, entry('Quokka Labs'), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('no "Q" heading');
  });

  it('files a name that opens with ß under S, as a reader would', () => {
    const result = insertAdopter(source, entry('ßeta Systems'), {});
    expect(!result.ok && result.reason).toContain('no "S" heading');
    const ruled = insertAdopter(
      lines(source, '## S', '', '- [Sigma](https://sigma.example.com/)'),
      entry('ßeta Systems'),
    );
    expect(ruled.ok && ruled.inserted).toContain('[ßeta Systems]');
  });
});

describe('a file whose adopters sections are still empty', () => {
  const source = lines(
    '# Adopters',
    '',
    'Organizations that use it in production or development.',
    '',
    '## Production Adopters',
    '',
    "_If you're using it in production, please add your organization here!_",
    '',
    '## Development/Testing Adopters',
    '',
    "_If you're evaluating it, please add your organization here!_",
    '',
    '## Adding Your Organization',
    '',
    'Submit a pull request with:',
    '',
    '- Organization name',
    '- Use case (brief description)',
    '- Link to your organization (optional)',
  );

  it('starts the list under the first section that waits for it, after its invitation', () => {
    const result = inserted(source);
    const content = result.content.split('\n');
    expect(content.slice(result.line - 3, result.line + 1)).toEqual([
      "_If you're using it in production, please add your organization here!_",
      '',
      '- [Mango Metrics](https://mangometrics.example.com) - Runs it.',
      '',
    ]);
    expect(content[result.line + 1]).toBe('## Development/Testing Adopters');
  });

  it('starts it under the section asked for', () => {
    const result = inserted(source, 'Mango Metrics', 'Development/Testing Adopters');
    expect(result.content.split('\n')[result.line - 3]).toBe(
      "_If you're evaluating it, please add your organization here!_",
    );
  });

  it('does not take a list of reasons to be listed, or a one-line footer, for the adopters', () => {
    const withReasons = lines(
      '# Adopters',
      '',
      '## Why List Adopters?',
      '',
      '- **Credibility:** Shows real-world applicability',
      '- **Community:** Connects practitioners facing similar challenges',
      '- **Feedback:** Helps improve the project',
      '',
      '## Adopters',
      '',
      '*None yet. Be the first.*',
      '',
      '## Disclaimer',
      '',
      'Listing here implies no endorsement.',
      '',
      '*The Project, 2026 (Jane Doe).*',
    );
    const result = inserted(withReasons);
    expect(result.content.split('\n').slice(result.line - 3, result.line)).toEqual([
      '*None yet. Be the first.*',
      '',
      '- [Mango Metrics](https://mangometrics.example.com) - Runs it.',
    ]);
  });
});

describe('tables that explain or wait', () => {
  it('fills an empty table, not the list of the types its Type column takes', () => {
    const source = lines(
      '### Adopter Types',
      '- End-User: An organization that runs it in production.',
      '- Integration: An organization offering a product that integrates with it.',
      '- Vendor: An organization that includes it in its packaged product.',
      '',
      '### Adopters',
      '',
      '| Type | Name | Website | Use-Case |',
      '|:-|:-|:-|:-|',
    );
    const result = inserted(source);
    expect(result.content.split('\n')[result.line - 1]).toBe(
      '| | Mango Metrics | https://mangometrics.example.com | Runs it. |',
    );
  });

  it('treats a row named "Example" as the template, not an adopter', () => {
    const source = lines(
      '## Adopters',
      '',
      '| Organization | Contact                        | Description of Use |',
      '| ------------ | ------------------------------ | ------------------ |',
      '| Example      | @example / or example@mail.com | Lore ipsum         |',
    );
    const result = insertAdopter(source, entry('Mango Metrics'), {});
    expect(result.ok && result.content.split('\n')[result.line - 1]).toMatch(/^\| \[?Mango Metrics/);
  });

  it('leaves a product column empty rather than putting the description there', () => {
    const source = lines(
      '## Adopters',
      '',
      '| Organization | Product/Project Name | Status | More Information |',
      '| --- | --- | --- | --- |',
      '| Ardan Labs | Various Client Projects, Blockchain, Bets | Production | [link](https://ardan.example.com/) |',
      '| Kubeflow Corp | The Kubeflow training operator for clusters | Production | [link](https://kf.example.com/) |',
    );
    const result = insertAdopter(source, entry('Mango Metrics'), {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).not.toContain('Runs it.');
    expect(result.warnings.join(' ')).toMatch(/description/);
  });
});

describe('walls of logos written in HTML', () => {
  const wall = lines(
    '# Adopters',
    '',
    'Using it? Send us your logo!',
    '',
    '<div style="display: flex;">',
    '<a href="https://kaizo.example.com" title="Kaizo"><img src="logos/kaizo.png" alt="Kaizo" width="160"/></a>',
    '<a href="https://colisweb.example.com" title="Colisweb"><img src="logos/colisweb.png" alt="Colisweb" width="100"/></a>',
    '</div>',
  );

  it('adds a logo in the shape of the last one, every value of its own (title too)', () => {
    const result = insertAdopter(
      wall,
      validEntry({
        name: 'Mango Metrics',
        url: 'https://mango.example.com',
        logo: 'https://mango.example.com/logo.png',
      }),
      {},
    );
    if (!result.ok) throw new Error(result.reason);
    expectPureInsertion(wall, result.content, result.offset, result.inserted);
    expect(around(result.content, result.line)).toEqual([
      '<a href="https://colisweb.example.com" title="Colisweb"><img src="logos/colisweb.png" alt="Colisweb" width="100"/></a>',
      '<a href="https://mango.example.com" title="Mango Metrics"><img src="https://mango.example.com/logo.png" alt="Mango Metrics" width="100"/></a>',
      '</div>',
    ]);
  });

  // Held-out keys of walls where every adopter is a picture: a name in words would break the wall.
  it('asks for the logo where every adopter is shown by one, and leaves the file as it is', () => {
    const result = insertAdopter(wall, entry('Mango Metrics'), {});
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.reason).toContain("give the logo's URL");
  });

  // A wall that already shows an adopter by its name alone (`<a …>CERN</a>`) takes another.
  const named = wall.replace('</div>', '<a href="https://cern.example.org" title="CERN">CERN</a>\n</div>');

  it('shows the name as the link where the wall already shows one adopter so', () => {
    const result = inserted(named);
    expect(result.content.split('\n')[result.line - 1]).toBe(
      '<a href="https://mangometrics.example.com" title="Mango Metrics">Mango Metrics</a>',
    );
  });

  it('writes a name as itself: raw in an HTML block, escaped where the logos are inline HTML', () => {
    const name = 'Under_score *Star* Labs';
    const url = 'https://underscore.example.com';
    const block = insertAdopter(named, validEntry({ name, url }), {});
    expect(block.ok && block.content.split('\n')[block.line - 1]).toBe(
      `<a href="${url}" title="Under_score *Star* Labs">Under_score *Star* Labs</a>`,
    );
    const inline = lines(
      '# Adopters',
      '',
      '<a href="https://kaizo.example.com" border="0"><img alt="Kaizo" src="logos/kaizo.png"></a> &nbsp;',
      '<a href="https://colisweb.example.com" border="0"><img alt="Colisweb" src="logos/colisweb.png"></a> &nbsp;',
      '<a href="https://cern.example.org" border="0">CERN</a> &nbsp;',
    );
    const paragraph = insertAdopter(inline, validEntry({ name, url }), {});
    expect(paragraph.ok && paragraph.content.split('\n')[paragraph.line - 1]).toBe(
      `<a href="${url}" border="0">Under\\_score \\*Star\\* Labs</a> &nbsp;`,
    );
  });

  it('asks for the logo where a logo is all a wall shows', () => {
    const bare = lines(
      '# Adopters',
      '',
      '<img alt="Baiwang" width="150px" src="./img/baiwang.png"><img alt="Benlai" width="150px" src="./img/benlai.png">',
      '',
      '<img alt="PITS Global" width="150px" src="./img/pits.png">',
    );
    const result = insertAdopter(bare, entry('Mango Metrics'), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/logo/);
  });

  describe('laid out in rows of one size', () => {
    const row = (style: string, ...names: string[]) => [
      `<div style="${style}">`,
      ...names.map(
        (n) => `<a href="https://${n.toLowerCase()}.example.com"><img src="logos/${n}.png" alt="${n}"/></a>`,
      ),
      '</div>',
    ];
    const rows = (...last: string[]) =>
      lines(
        '# Adopters',
        '',
        ...row('display: flex;', 'Swisscom', 'Adobe'),
        ...row('display: flex; height: 100px;', ...last),
      );

    const withLogo = validEntry({
      name: 'Mango Metrics',
      url: 'https://mangometrics.example.com',
      logo: 'https://mangometrics.example.com/logo.png',
    });
    const mango =
      '<a href="https://mangometrics.example.com"><img src="https://mangometrics.example.com/logo.png" alt="Mango Metrics"/></a>';

    it('opens a new row after a full last row, wrapped as the last one is', () => {
      const result = insertedEntry(rows('Moia', 'Bravo'), withLogo);
      expect(result.content).toBe(
        lines(rows('Moia', 'Bravo').trimEnd(), '<div style="display: flex; height: 100px;">', mango, '</div>'),
      );
    });

    it('takes the row along when its only logo is removed', () => {
      const source = rows('Moia', 'Bravo');
      const removed = removeAdopter(insertedEntry(source, withLogo).content, 'Mango Metrics');
      expect(removed.ok && removed.content).toBe(source);
    });

    it('joins a last row that still has room', () => {
      const result = insertedEntry(rows('Moia'), withLogo);
      expect(around(result.content, result.line)).toEqual([
        '<a href="https://moia.example.com"><img src="logos/Moia.png" alt="Moia"/></a>',
        mango,
        '</div>',
      ]);
    });
  });

  it("puts an entry without a logo in the file's list of names rather than among the logos", () => {
    const both = lines(
      wall.trimEnd(),
      '',
      '## Users',
      '',
      '- [Kaizo](https://kaizo.example.com)',
      '- [Colisweb](https://colisweb.example.com)',
    );
    const result = inserted(both);
    expect(result.content.split('\n')[result.line - 1]).toBe('- [Mango Metrics](https://mangometrics.example.com)');
  });
});

describe('a file with one adopter so far, under a heading that links to it', () => {
  it('writes the next one as a heading too', () => {
    const source = lines(
      '## [GekkoFS](https://storage.example.org/gekkofs)',
      'GekkoFS is a file system capable of aggregating the local I/O capacity of each compute node',
      'in a HPC cluster to produce a high-performance storage space.',
    );
    const result = inserted(source);
    expect(result.content.split('\n').slice(result.line - 2, result.line + 1)).toEqual([
      '',
      '## [Mango Metrics](https://mangometrics.example.com)',
      'Runs it.',
    ]);
  });
});

describe('an adopter shown both as a logo and by name', () => {
  const source = lines(
    '# Adopters',
    '',
    '<a href="https://www.jd.example.com" target="_blank"><img alt="JD.com" src="img/jd.png" height="50"></a>&nbsp;',
    '<a href="https://www.trend.example.com" target="_blank"><img alt="trendmicro" src="img/trend.png" height="50"></a>&nbsp;',
    '',
    '## Success Stories',
    '',
    '**JD.com:** It is the registry service of the JDOS platform.',
    '',
    '**China Mobile:** Used in production for more than a year.',
  );

  it('is a duplicate either way', () => {
    const result = insertAdopter(source, entry('JD.com'), {});
    expect(result.ok).toBe(false);
  });

  it('is changed where it is named, not among the logos', () => {
    const result = removeAdopter(source, 'JD.com');
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toContain('alt="JD.com"');
    expect(result.content).not.toContain('**JD.com:**');
  });
});

describe('a long table under a heading about adding yourself', () => {
  it('is the list itself, and its template rows stay last', () => {
    const rows = ['Zitadel', 'Rawkode Academy', 'XPeditionist', 'CNAP.tech', 'Minekube', 'Dribdat'].map(
      (n) =>
        `| ${n} | [@${n.toLowerCase().replace(/\W/g, '')}](https://github.com/${n.toLowerCase().replace(/\W/g, '')}) | ${n} signs its users in with it. |`,
    );
    const source = lines(
      '## Adopters',
      '',
      '### Adding yourself as a user',
      '',
      'If you are using it, add yourself by opening a pull request to this file.',
      '',
      '| Organization/Individual | Contact Information | Description of Usage |',
      '| --- | --- | --- |',
      ...rows,
      '| Organization Name | contact@example.com | Description of how they use it |',
      '| Individual Name | contact@example.com | Description of how they use it |',
    );
    const result = inserted(source);
    expect(around(result.content, result.line)).toEqual([
      '| Dribdat | [@dribdat](https://github.com/dribdat) | Dribdat signs its users in with it. |',
      '| Mango Metrics | | Runs it. |',
      '| Organization Name | contact@example.com | Description of how they use it |',
    ]);
    expect(result.warnings.join(' ')).toMatch(/heading about adding entries/);
  });
});

describe('one heading per adopter over a story that opens with a link on its name', () => {
  const source = lines(
    'This document lists users and their use cases.',
    '',
    '## Facebook',
    'At Facebook, we use it as a backend for many stateful services.',
    '',
    '## Rakuten Marketing',
    '[Rakuten Marketing](https://marketing.rakuten.example.com/) uses it as the disk cache of its bidding service.',
    '',
    '## Netflix',
    '[Netflix](https://techblog.netflix.example.com/caching) uses it on spinning disks to cache application data.',
  );

  it('links the new name in the story, the description after it', () => {
    const result = inserted(source);
    expect(result.content.split('\n').slice(result.line - 2, result.line + 1)).toEqual([
      '',
      '## Mango Metrics',
      '[Mango Metrics](https://mangometrics.example.com) Runs it.',
    ]);
  });
});

describe('a table under a bold sentence that invites adopters', () => {
  // From a real commit: the person added a row to the table, above its template row.
  const source = lines(
    '# Adopters',
    '',
    "**If you use it, we'd love to list you here.** Please open a pull request that adds your organization.",
    '',
    '## Organizations',
    '',
    '| Name | Since | Website | Use-Case |',
    '| ---- | ----- | ------- | -------- |',
    '| CESTC | 202606 | https://www.cestc.example.cn/ | R&D Environment Management |',
    '| *Add your organization via a PR* | | | |',
  );

  it('takes the row in the table, not a paragraph after the sentence', () => {
    const result = inserted(source, 'Mango Metrics');
    expect(around(result.content, result.line)).toEqual([
      '| CESTC | 202606 | https://www.cestc.example.cn/ | R&D Environment Management |',
      '| Mango Metrics | | https://mangometrics.example.com | Runs it. |',
      '| *Add your organization via a PR* | | | |',
    ]);
  });
});
