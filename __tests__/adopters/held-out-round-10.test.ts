// Shapes from real files the engine had never seen (a README's users written one linked heading each, the
// last one named by its host), keyed by hand before the engine ran on them; the entries here are made up
// in their shapes.
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { inserted, keyed, lines } from '../support/held-out.js';

describe("a README's users, one linked heading each, the last named by its host", () => {
  const readme = lines(
    '## Changelog',
    '',
    '### 1.0.0',
    '',
    '- Updated code to be compliant',
    '',
    '',
    '## Who is using the plugin ?',
    '',
    '### [sitegenerators.net](http://sitegenerators.example.net/)',
    '',
    '### [netwatch](http://netwatch.example.org)',
    '- http://example.org/netwatch/commit/213352d',
    '',
    '### [Yii framework](http://www.yii.example.com/)',
    '- http://www.yii.example.com/extension/grid/',
    '',
    '### [api.tinyapp.co.uk](http://api.tinyapp.co.uk/countries)',
    '- https://github.com/tinyapp/api/commit/b1cf62d',
    '',
    '',
    '*Your site? email me*',
    '',
    '## Other plugins',
  );

  it('reads the host-named heading as the last adopter (its "api" is no part of the page) and adds after it', () => {
    const result = inserted(readme);
    // The key: after the last heading's body, before the closing remark (new lines 21 or 22).
    expect([21, 22]).toContain(result.line);
    expect(result.entry).toMatch(/^### \[Mango Metrics\]\(https:\/\/mangometrics\.example\.com\)/);
  });
});

describe('a page of stories, one heading each, set apart by rules, most ending with their links', () => {
  const story = (name: string, links: boolean) => [
    `## ${name}`,
    '',
    `${name === 'Helio' ? `[${name}](https://${name.toLowerCase()}.example.org/)` : name} ships it in its images since 2025, and`,
    'reports what it finds upstream.',
    '',
    ...(links
      ? [
          '**Links:**',
          `- [${name} package](https://packages.example.org/${name.toLowerCase()})`,
          `- [Talk: ${name} in production](https://talks.example.org/${name.toLowerCase()})`,
          '',
        ]
      : []),
    '---',
    '',
  ];
  const page = lines(
    '+++',
    'title = "Who uses it"',
    '+++',
    '',
    'This page documents known adopters and how they use our tools.',
    '',
    '---',
    '',
    ...story('Oxbox', true),
    ...story('Buildbox', true),
    ...story('Helio', false),
    ...story('Distrokit', true),
    '## Are you using it?',
    '',
    'Open an issue or pull request to add your entry to this page.',
  );

  it('reads the stories as the adopters (their link lists are theirs) and adds one, with its rule, before the invitation', () => {
    const result = inserted(page);
    // The key: appended (the stories are in no order) after the last story's rule, before "Are you using it?".
    expect(result.line).toBe(49);
    expect(result.entry.split('\n')[0]).toBe('## Mango Metrics');
    expect(result.entry).toContain('Runs it in production for internal services.');
    expect(result.entry.endsWith('\n\n---')).toBe(true);
  });
});

describe('stories set apart by a rule, a description added below the heading', () => {
  const file = lines(
    '# Users',
    '',
    ...['Alpha', 'Bravo', 'Delta', 'Echo', 'Zulu'].flatMap((n) => [
      `## ${n}`,
      '',
      `${n} uses it for builds.`,
      '',
      '---',
      '',
    ]),
  );

  it('puts the description above the rule, as under every other heading', () => {
    const result = inserted(file);
    expect(result.line).toBe(27);
    expect(result.entry).toBe('## Mango Metrics\n\nRuns it in production for internal services.\n\n---');
  });
});

describe('a showcase page: its users beside larger parts of tools built for the project', () => {
  const page = lines(
    '---',
    'title: "Community Showcase"',
    '---',
    '',
    '## Users',
    '',
    '* [Editor](https://github.com/example/editor): the tool is used to run cross-browser tests on their web builds',
    '* [Compiler](https://github.com/example/compiler): the tool is used to test the compiler across browsers',
    '* [Terminal](https://github.com/example/terminal): the tool is used to run integration tests',
    '',
    '## Tools',
    '',
    // As in the real page, the tools link to their sites and to their repositories alike.
    ...['Alpha Grid', 'Beta Cloud', 'Gamma Recorder', 'Delta Mocks', 'Epsilon Video', 'Zeta Lab'].map((n, i) => {
      const key = n.split(' ')[0]!.toLowerCase();
      const site = i % 2 ? `https://github.com/example/${key}` : `https://${key}.example.com`;
      return `* [${n}](${site}): runs your tests in parallel`;
    }),
    '',
    '## Examples',
    '',
    '* [react-app-example](https://github.com/example/react-app): using it with a React app',
  );

  it('adds an organization to the part headed for its users, not to the larger part of tools', () => {
    // The key: appended to Users (in order of addition), before the blank line and "## Tools".
    expect(inserted(page).line).toBe(10);
  });
});

describe("an alphabetical list kept after the project's own entries", () => {
  const readme = lines(
    '## Notable users',
    '',
    'The following wallets integrate the lists:',
    '',
    '<!--',
    '',
    'Note to editors: Additions welcome. Keep it alphabetical after the',
    "org-specific projects, i.e. the project's own first, rest alphabetical",
    'following that',
    '',
    '-->',
    '',
    '- [tool{.js} extension](https://github.com/example/extension)',
    '- [tool{.js} apps](https://apps.example.org/apps)',
    '- [Fearless Wallet](https://fearless.example.io/)',
    '- [Plus Wallet](http://plus.example.org)',
    '- [SubWallet](https://subwallet.example.app/)',
    '',
    '### Integration',
  );

  it.each([
    ['Aardvark Analytics', 15],
    ['Mango Metrics', 16],
    ['Zyzzyva Systems', 18],
  ])('keeps the head first and puts %s in the alphabetical rest (new line %i)', (name, line) => {
    expect(inserted(readme, keyed(name)).line).toBe(line);
  });
});

describe('an outline of groups: continents over countries over sites', () => {
  const page = lines(
    '### Users',
    '',
    'Organised by geographical area, these sites are:',
    '',
    '* Africa:',
    '  * South Africa:',
    '    * [Weather Service of the South](http://www.weather-south.example.za/)',
    '* Europe:',
    '  * Germany:',
    '    * [Climate Computing Centre](https://www.ccc.example.de/)',
    '    * [Institute for Meteorology](http://www.ifm.example.de/)',
    '  * UK:',
    '    * [Centre for Data Analysis](http://www.cda.example.uk)',
    '    * [Met Service](http://www.met.example.uk)',
    '    * [Plymouth Laboratory](https://www.pl.example.uk/)',
    '* North America:',
    '  * USA:',
    '    * [Fluid Dynamics Laboratory](http://www.fdl.example.gov/)',
    '    * [National Center for Research](https://ncr.example.edu)',
    '    * [Modeling Center](http://www.mc.example.gov/)',
    '    * [Marine Meteorology Division](http://www.mmd.example.mil)',
    '    * [557th Weather Wing](https://www.557ww.example.mil)',
    '',
    'Note this is not an exhaustive list.',
  );

  it("adds a site to the largest country's list in that list's shape, not a new continent", () => {
    // The key: the USA group (the largest), appended (3 of 4 pairs in order).
    const result = inserted(page, keyed('Mango Metrics', undefined));
    expect(result.line).toBe(23);
    expect(result.entry).toBe('    * [Mango Metrics](https://mangometrics.example.com)');
  });

  it('takes the group asked for by its label', () => {
    // Three sites are too few to tell an order: appended.
    const result = inserted(page, keyed('Mango Metrics', undefined), 'UK');
    expect(result.line).toBe(16);
  });
});

describe('an outline of groups by initial', () => {
  const entry = (name: string) =>
    `    * [${name}](https://github.com/example/${name.toLowerCase()}) — library for ${name}`;
  const page = lines(
    '# Software',
    '',
    '* __A__',
    entry('aff4'),
    entry('Arrow'),
    '* __B__',
    entry('bmx'),
    '* __M__',
    entry('Machinekit'),
    entry('MediaProcessors'),
    entry('mulk'),
    '* __T__',
    entry('tero'),
    entry('Tvheadend'),
    '* __V__',
    entry('vbus-server'),
  );

  it.each([
    ['Aardvark Analytics', 4],
    ['Mango Metrics', 10],
  ])('files %s under its initial (new line %i)', (name, line) => {
    const result = inserted(page, keyed(name));
    expect(result.line).toBe(line);
    expect(result.entry).toMatch(/^ {4}\* \[/);
  });

  it('asks for a hand edit where its initial has no group yet', () => {
    expect(insertAdopter(page, keyed('Zyzzyva Systems'))).toMatchObject({ ok: false, code: 'no-section' });
  });
});

describe('a list that ends by asking for more', () => {
  const readme = lines(
    '## Games Made With It',
    '',
    'Here are a few of the amazing games people are making with it.',
    '',
    '- [Space Hikers](https://www.example.com/portal/819609) - Run and gun platformer with procedural levels',
    '- [Undergrowth](https://undergrowth.example.uk/) - An interactive music videogame',
    '- [Isletopia](https://store.example.com/app/1861260/Isletopia) - Relaxing strategy game',
    '- [Bit Butcher](https://games.example.com/entries/bit-butcher) - Survival crafting game',
    '- Send me your games!',
    '',
    '![Logo](examples/favicon.png)',
  );

  it('keeps the request last', () => {
    expect(inserted(readme).line).toBe(9);
  });
});

describe('adopters grouped by kind: a slightly larger group of universities beside the companies', () => {
  const item = (name: string, host: string) =>
    `- [${name}](https://www.${host}) <sup>\\[[1](https://github.com/${host}/tool)\\]</sup>`;
  const page = lines(
    '# Users',
    '',
    '## Industry',
    '',
    item('Anaconda', 'anaconda.example.com'),
    item('Bloomberg', 'bloomberg.example.com'),
    item('Intel Corporation', 'intel.example.com'),
    item('Meta', 'meta.example.com'),
    item('Volvo Group', 'volvo.example.com'),
    '',
    '## Academia',
    '',
    item('Brown University', 'brown.example.edu'),
    item('Harvard University', 'harvard.example.edu'),
    item('Leiden University', 'leiden.example.nl'),
    item('Stanford University', 'stanford.example.edu'),
    item('University of Oxford', 'ox.example.ac.uk'),
    item('Waseda University', 'waseda.example.jp'),
  );

  it('adds an organization to the companies, not to the largest group', () => {
    // The key: Industry, alphabetical (Mango after Intel Corporation, before Meta).
    expect(inserted(page, keyed('Mango Metrics', undefined)).line).toBe(8);
  });

  it('still takes the group asked for', () => {
    expect(inserted(page, keyed('Mango Metrics', undefined), 'Academia').line).toBe(16);
  });
});

describe('a table a script writes between its comments', () => {
  const row = (name: string) => `| [${name}][] | ![github icon][] | ![linux icon][] | A library for ${name} |`;
  const page = lines(
    '---',
    'title: Working examples',
    '---',
    '',
    '<!-- START bin/projects.py -->',
    '',
    "<!-- this section is generated by bin/projects.py. Don't edit it directly, instead, edit docs/data/projects.yml -->",
    '',
    '| Name | CI | OS | Notes |',
    '|------|----|----|:------|',
    ...['scikit-learn', 'Matplotlib', 'MyPy', 'psutil'].map(row),
    '',
    '<!-- END bin/projects.py -->',
  );

  it('is refused, naming the data the script reads, and the file is untouched', () => {
    expect(insertAdopter(page, keyed())).toMatchObject({ ok: false, code: 'generated' });
  });

  it('does not refuse a list after the region ends', () => {
    const after = `${page}\n## Others\n\n${['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'].map((n) => `- [${n}](https://${n.toLowerCase()}.example.com)`).join('\n')}\n`;
    expect(inserted(after).entry).toBe('- [Mango Metrics](https://mangometrics.example.com)');
  });
});

describe("a README's parts, one of them about its users", () => {
  // Parts titled in Japanese, as in the real README: no English section word gives them away.
  const readme = lines(
    '# Studio Community',
    '',
    '## はじめに',
    '',
    'アカウントを作成してノートブックを開きます。',
    '',
    '## 移行',
    '',
    '* [環境のエクスポート](https://docs.example.com/migrate.html)',
    '',
    '## 採用事例',
    '',
    'Studio の採用事例を紹介します。',
    '',
    '* [Julia で学ぶ最適化 (2024)](https://julia.example.io/2024/)',
    '* [Media Computing in Practice (Summer 2022)](https://media.example.io/2022/)',
    '* [Summer School 2022](https://school.example.jp/2022)',
    '',
    '## 関連記事',
    '',
    '記事はタグで探せます。',
    '',
    '## 料金',
    '',
    '無料で使えます。',
    '',
    '## 免責事項',
    '',
    'このページは非公式です。',
  );

  it('are parts of the page, not one heading per adopter: the list of its users takes the entry', () => {
    const result = inserted(readme, keyed('Mango Metrics', undefined));
    // The key: appended to the list under 採用事例 (new line 18).
    expect(result.line).toBe(18);
    expect(result.entry).toBe('* [Mango Metrics](https://mangometrics.example.com)');
  });
});

describe("a README's part about its users that quotes its list", () => {
  const readme = lines(
    '# go-kit',
    '',
    '## 8. 插件',
    '',
    '- [Docs](https://docs.example.com)',
    '',
    '## 9. go-kit 用户',
    '',
    'go-kit 已被许多公司用于生产部署。',
    '',
    '>1. 好未来',
    '>2. 上海晓信信息科技有限公司',
    '>3. 上海玉数科技有限公司',
    '>4. 常州千帆网络科技有限公司',
    '>5. 上班族科技',
    '>6. 英雄体育（VSPN）',
    '',
    '如果贵公司也已使用 go-kit，欢迎登记。',
  );

  it('takes the quoted list of names, numbered and quoted like its items, with a note', () => {
    const result = inserted(readme, keyed('Mango Metrics', undefined));
    // The key: appended after the last name (new line 17), the URL left out (the names carry none).
    expect(result.line).toBe(17);
    expect(result.entry).toBe('>7. Mango Metrics');
    expect(result.warnings.join('\n')).toContain('sits in a quote');
  });
});
