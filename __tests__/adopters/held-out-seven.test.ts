import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { lintAdopters } from '../../src/adopters/lint.js';
import { validEntry } from '../support/entry.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

/**
 * Shapes from a seventh collection of real files the engine had never seen, written here in general form.
 * Each expected entry and place is the one a maintainer chose in a hand-made key before the engine ran.
 */
const entry = (name: string, description?: string) =>
  validEntry({ name, url: `https://${name.toLowerCase().replace(/\W/g, '')}.example.com`, description });

function added(source: string, name = 'Mango Metrics', description?: string) {
  const result = insertAdopter(source, entry(name, description), {});
  if (!result.ok) throw new Error(result.reason);
  expectPureInsertion(source, result.content, result.offset, result.inserted);
  return result;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const lineOf = (content: string, line: number) => content.split('\n')[line - 1];

describe('tables waiting for their first adopter', () => {
  it('takes a row that repeats its header for the template it is, and fills each column the header names', () => {
    const source = lines(
      '# Adopters',
      '',
      '| Organization | Since | Website | Use-Case |',
      '|:-|:-|:-|:-|',
      '| Organization | Year of adoption | Organization website | How the organization uses it |',
    );
    const result = added(source, 'Mango Metrics', 'Runs it in production.');
    expect(result.entry).toBe('| Mango Metrics | | https://mangometrics.example.com | Runs it in production. |');
  });

  it('reads "How it is used" as the description column', () => {
    const source = lines(
      '## Adopters',
      '',
      '| Organization | How OpenThing is used |',
      '| --- | --- |',
      '<!--',
      'Add entries above this comment using the following format:',
      '| [Organization](https://example.com) | A short description of how the organization uses OpenThing. |',
      '-->',
    );
    const result = added(source, 'Mango Metrics', 'Runs it in production.');
    expect(result.entry).toBe('| [Mango Metrics](https://mangometrics.example.com) | Runs it in production. |');
    expect(lineOf(result.content, 5)).toBe(result.entry);
  });
});

describe('what most rows show, copied', () => {
  it('keeps the emphasis a linked name is written in', () => {
    const source = lines(
      '| Company/Organization Name                | Country |',
      '| ---------------------------------------- | ------- |',
      '| [**Bot Works**](https://bot.example.com) | USA     |',
      '| [**CERN Lab**](https://cern.example.ch/) | CH      |',
      '| [**Zeta**](https://zeta.example.eu/)     | EU      |',
    );
    expect(added(source).entry).toBe('| [**Mango Metrics**](https://mangometrics.example.com) |         |');
  });

  it('shows the website as most rows do (the name as its text), not as the nearest row does', () => {
    const source = lines(
      '| Organization | Description | Link |',
      '| --- | --- | --- |',
      '| 8gears Registry | Generates manifests. | [registry.example.com](https://registry.example.com) |',
      '| Cloudline | Manages clusters. | [Cloudline](https://www.cloudline.example.com) |',
      '| Concrete Genius | Manages infrastructure. | [Concrete Genius](https://concrete.example.com) |',
      '| Datamole | Manages workloads. | [Datamole](https://www.datamole.example.ai/) |',
    );
    const result = added(source, 'Aardvark Analytics', 'Runs it in production.');
    expect(result.entry).toBe(
      '| Aardvark Analytics | Runs it in production. | [Aardvark Analytics](https://aardvarkanalytics.example.com) |',
    );
  });
});

it('reads lines of a plain name and its address as a list of paragraphs', () => {
  const source = lines(
    'Docker Hub https://hub.example.com/',
    '',
    'GitLab Container Registry https://docs.gitlab.example.com/registry/',
    '',
    'Harbor, a graduated project https://harbor.example.io/',
  );
  const result = added(source, 'Mango Metrics', 'Runs it in production.');
  expect(result.entry).toBe('Mango Metrics https://mangometrics.example.com');
  expect(result.content.endsWith(`https://harbor.example.io/\n\n${result.entry}\n`)).toBe(true);
});

describe('a list kept A to Z that goes on with names in another script', () => {
  const source = lines(
    'Some of our users include:',
    '',
    '* [Baidu](https://www.baidu.example.com)',
    '* [CCTV](https://www.cctv.example.com)',
    '* [China Life](https://www.chinalife.example.com)',
    '* [Duxiaoman Financial](https://www.duxiaoman.example.com)',
    '* [Postal Savings Bank](https://www.psbc.example.com)',
    '* [Sichuan Airlines](https://www.sichuanair.example.com)',
    '* [Xixuetong](http://www.xixuetong.example.com)',
    '* [360](https://www.so.example.com)',
    '* [国家电网](http://www.sgcc.example.com)',
    '* [华润润联科技](https://www.crresolink.example.com)',
    '* [海尔集团](https://www.haier.example.com/cn/)',
    '* [亿联银行](https://www.yillionbank.example.com/)',
    '* [中国科学技术大学](https://www.ustc.example.com/)',
  );

  it('puts a Latin name in its alphabetical place', () => {
    expect(lineOf(added(source).content, 7)).toBe('* [Mango Metrics](https://mangometrics.example.com)');
    expect(lineOf(added(source, 'Aardvark Analytics').content, 3)).toBe(
      '* [Aardvark Analytics](https://aardvarkanalytics.example.com)',
    );
  });

  it('keeps a name that sorts last with the Latin names, and puts a name in the other script last', () => {
    expect(lineOf(added(source, 'Zeta Corp').content, 11)).toBe('* [Zeta Corp](https://zetacorp.example.com)');
    const result = insertAdopter(source, validEntry({ name: '中文银行', url: 'https://bank.example.cn' }), {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toBe(`${source}* [中文银行](https://bank.example.cn)\n`);
  });

  it('puts a name in the other script that begins like a listed one beside it', () => {
    // A person adding a brand's second product to a real list kept this way put it under the first.
    const result = insertAdopter(source, validEntry({ name: '海尔智家', url: 'https://smarthome.example.cn' }), {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.line).toBe(14);
    expect(lineOf(result.content, 13)).toBe('* [海尔集团](https://www.haier.example.com/cn/)');
  });

  it('does not call the names in the other script out of order', () => {
    expect(lintAdopters(source)).toEqual([{ line: 10, rule: 'order', message: '"360" is out of alphabetical order' }]);
  });
});

it('appends to a loose list whose file ends in blank lines after one of them, the rest still ending the file', () => {
  const source = '* [Baidu](https://baidu.example.com)\n\n* [Acme](https://acme.example.com)\n\n  \n\n';
  const result = added(source, 'Mango Metrics');
  expect(result.content).toBe(
    '* [Baidu](https://baidu.example.com)\n\n* [Acme](https://acme.example.com)\n\n* [Mango Metrics](https://mangometrics.example.com)\n\n  \n\n',
  );
});
