import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import { validEntry } from '../support/entry.js';
import { inserted, lines } from '../support/held-out.js';

/**
 * The kinds of files the engine once got wrong on real repositories it had never seen (issue 11), each
 * written here by hand with the entry a maintainer of that file would write: the expected lines are a
 * hand-made key, not the engine's output.
 */
const mango = validEntry({
  name: 'Mango Metrics',
  url: 'https://mango.example.com',
  description: 'Runs it in production.',
});

const added = (source: string, entry = mango, section?: string) => inserted(source, entry, section).inserted;

describe('entries shaped like their neighbours, in files of every kind', () => {
  it('copies raw HTML anchors with their attributes, in a list numbered 1. throughout', () => {
    const source = lines(
      '# Users',
      '',
      '1. <a href="https://acme.example.com" rel="nofollow">Acme</a>',
      '1. <a href="https://bravo.example.com" rel="nofollow">Bravo</a>',
      '1. <a href="https://zulu.example.com" rel="nofollow">Zulu</a>',
      '1. <a href="https://yak.example.com" rel="nofollow">Yak</a>',
    );
    const noDescription = validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com' });
    expect(added(source, noDescription)).toBe(
      '1. <a href="https://mango.example.com" rel="nofollow">Mango Metrics</a>\n',
    );
  });

  it('writes key/value blocks inside the code block that lists the users, not the format shown above', () => {
    const source = lines(
      'Add yourself with this format:',
      '',
      '    * N: Name of the organization',
      '      D: What it does with the project',
      '      U: https://example.com',
      '',
      'Users (Alphabetically)',
      '======================',
      '',
      '    * N: Acme',
      '      D: Builds rockets with it.',
      '      U: https://acme.example.com',
      '',
      '    * N: Bravo',
      '      D: Ships parcels with it.',
      '      U: https://bravo.example.com',
      '',
      '    * N: Zulu',
      '      D: Does everything with it.',
      '      U: https://zulu.example.com',
    );
    expect(added(source)).toBe(
      '    * N: Mango Metrics\n      D: Runs it in production.\n      U: https://mango.example.com\n\n',
    );
  });

  it('adds to the main list, not to the sub-list of its catch-all paragraph', () => {
    const source = lines(
      '- [Acme](https://acme.example.com) - Builds rockets.',
      '- [Bravo](https://bravo.example.com) - Ships parcels.',
      '',
      'Other projects that use it:',
      '',
      '  - [tool one](https://one.example.com)',
      '  - [tool two](https://two.example.com)',
      '  - [tool three](https://three.example.com)',
    );
    expect(added(source)).toBe('- [Mango Metrics](https://mango.example.com) - Runs it in production.\n');
  });

  it('writes one heading per adopter at the list level, below the fenced example', () => {
    const source = lines(
      '# Adopters',
      '',
      '```markdown',
      '### Company',
      '',
      '- Website: https://example.com',
      '- Use Case: what you do with it',
      '```',
      '',
      '### Acme',
      '',
      '- Website: https://acme.example.com',
      '- Use Case: Builds rockets.',
      '',
      '### Bravo',
      '',
      '- Website: https://bravo.example.com',
      '- Use Case: Ships parcels.',
    );
    expect(added(source)).toBe(
      '\n### Mango Metrics\n\n- Website: https://mango.example.com\n- Use Case: Runs it in production.\n',
    );
  });

  it('keeps the sections a heading entry labels its story with', () => {
    const source = lines(
      '## Acme',
      '',
      '#### Challenge',
      '',
      'Acme needed faster builds.',
      '',
      '#### Solution',
      '',
      'It moved its pipelines onto the project.',
      '',
      '## Bravo',
      '',
      '#### Challenge',
      '',
      'Bravo needed cheaper clusters.',
      '',
      '#### Solution',
      '',
      'It runs everything on the project now.',
    );
    expect(added(source, validEntry({ name: 'Mango Metrics', description: 'Runs it in production.' }))).toBe(
      '\n## Mango Metrics\n\n#### Challenge\n\nRuns it in production.\n',
    );
  });

  it('writes paragraph entries after the last story, not into the logo wall', () => {
    const source = lines(
      '<a href="https://acme.example.com"><img alt="Acme" src="acme.png" height="50"></a>&nbsp;',
      '<a href="https://bravo.example.com"><img alt="Bravo" src="bravo.png" height="50"></a>&nbsp;',
      '',
      '## Success stories',
      '',
      '**[Acme](https://acme.example.com)**',
      '',
      'Acme builds rockets with it.',
      '',
      '**[Bravo](https://bravo.example.com)**',
      '',
      'Bravo ships parcels with it.',
    );
    expect(added(source)).toBe('\n**[Mango Metrics](https://mango.example.com)**\n\nRuns it in production.\n');
  });

  it('puts a row into its group of a grouped table, with the group cell written as the group writes it', () => {
    const source = lines(
      '| Organization | Status |',
      '| --- | --- |',
      '| [Acme](https://acme.example.com) | ![production](https://img.shields.io/badge/-production-blue) |',
      '| [Zulu](https://zulu.example.com) | ![production](https://img.shields.io/badge/-production-blue) |',
      '| [Bravo](https://bravo.example.com) | ![testing](https://img.shields.io/badge/-testing-green) |',
      '| [Yak](https://yak.example.com) | ![testing](https://img.shields.io/badge/-testing-green) |',
    );
    const result = insertAdopter(source, mango, { section: 'production' });
    expect(result.ok && result.line).toBe(5);
    expect(result.ok && result.entry).toBe(
      '| [Mango Metrics](https://mango.example.com) | ![production](https://img.shields.io/badge/-production-blue) |',
    );
  });

  it('appends to a list kept in the order entries were added', () => {
    const source = lines(
      'Adopters are listed in the order they were added.',
      '',
      '- [Zulu](https://zulu.example.com)',
      '- [Acme](https://acme.example.com)',
      '- [Yak](https://yak.example.com)',
      '- [Bravo](https://bravo.example.com)',
    );
    const result = insertAdopter(source, mango);
    expect(result.ok && result.line).toBe(7);
  });

  it('writes a name without a link where the entries carry none', () => {
    const source = lines('# Users', '', '* Acme', '* Bravo', '* Delta', '* Zulu');
    expect(added(source, validEntry({ name: 'Mango Metrics' }))).toBe('* Mango Metrics\n');
  });
  it('pads a row to the columns of a table aligned by display width, where CJK characters take two', () => {
    const source = lines(
      '| 公司                           | 使用环境   |',
      '| :---                           | :---       |',
      '| [小米](https://mi.example.com) | Production |',
      '| [知乎](https://zh.example.com) | Production |',
      '| [旷视](https://mg.example.com) | Testing    |',
      '| [百度](https://bd.example.com) | Testing    |',
    );
    expect(added(source, mango, 'Testing')).toBe('| [Mango Metrics](https://mango.example.com) | Testing    |\n');
  });

  it('says what most rows say in a column whose values are not kept together, and says so', () => {
    const source = lines(
      '| Organization | Workload |',
      '|---|---|',
      '| [Acme](https://acme.example.com) | production |',
      '| [Bravo](https://bravo.example.com) | proof-of-concept |',
      '| [Delta](https://delta.example.com) | production |',
      '| [Echo](https://echo.example.com) | production |',
      '| [Foxtrot](https://foxtrot.example.com) | proof-of-concept |',
      '| [Golf](https://golf.example.com) | production |',
    );
    const result = insertAdopter(source, mango, {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toBe('| [Mango Metrics](https://mango.example.com) | production |');
    expect(result.line).toBe(9);
    expect(result.warnings.join('\n')).toMatch(/"Workload" cell says "production", as the description does/);
  });
  it('numbers a heading entry as its siblings number theirs', () => {
    const source = lines(
      '## 1. Acme',
      '',
      'Stores its sessions with it.',
      '',
      '## 2. Zulu',
      '',
      'Caches with it.',
      '',
      '## 3. Bravo',
      '',
      'Runs it.',
    );
    expect(added(source, validEntry({ name: 'Mango Metrics', description: 'Runs it in production.' }))).toBe(
      '\n## 4. Mango Metrics\n\nRuns it in production.\n',
    );
  });

  it('takes the only run of real entries even after words like "as follows:"', () => {
    const source = lines(
      '# Who uses it?',
      '',
      'Those who use it are as follows:',
      '',
      '1. [Acme](https://acme.example.com)',
      '2. [Zulu](https://zulu.example.com)',
      '3. [Bravo](https://bravo.example.com)',
    );
    const result = insertAdopter(source, validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com' }), {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.entry).toBe('4. [Mango Metrics](https://mango.example.com)');
    expect(result.warnings.join('\n')).toMatch(/could introduce an example/);
  });

  it('counts an adopter that gave only its name among key/value blocks, and learns a key from the whole file', () => {
    const source = lines(
      'Users',
      '-----',
      '',
      '    * N: Acme',
      '',
      '    * N: Bravo',
      '      D: Builds rockets with it.',
      '',
      '    * N: Delta',
      '      C: https://social.example.com/delta',
      '',
      '    * N: Echo',
      '      L: https://echo.example.com',
      '      D: Ships parcels with it.',
      '',
      '    * N: Zulu',
      '',
      'Announcements',
      '-------------',
      '',
      '    * N: Kilo',
      '      L: https://kilo.example.com/post',
      '      C: @kilo',
      '',
      '    * N: Lima',
      '      L: https://lima.example.com/post',
      '      C: @lima',
    );
    const result = insertAdopter(source, mango, {});
    if (!result.ok) throw new Error(result.reason);
    expect(result.line).toBe(16);
    expect(result.entry).toBe(
      '    * N: Mango Metrics\n      L: https://mango.example.com\n      D: Runs it in production.',
    );
  });

  it('refuses a description only an odd sibling has a place for, naming what to leave out', () => {
    const source = lines(
      '* [Acme](https://acme.example.com)',
      '* [Bravo](https://bravo.example.com)',
      '* The [Delta Times](https://delta.example.com)',
      '* [Zulu](https://zulu.example.com)',
    );
    const result = insertAdopter(source, mango, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/add the entry without the description/);
    expect(added(source, validEntry({ name: 'Mango Metrics', url: 'https://mango.example.com' }))).toBe(
      '* [Mango Metrics](https://mango.example.com)\n',
    );
  });
});
