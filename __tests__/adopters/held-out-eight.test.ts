import { describe, expect, it } from 'vitest';
import { inserted, keyed, lines } from '../support/held-out.js';

/**
 * Shapes from an eighth collection of real files the engine had never seen (and from the shared
 * history of real commits), written here in general form. Each expected entry and place is the one a
 * maintainer chose in a hand-made key before the engine ran, or the one a person wrote in a commit.
 */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

describe('which column names the adopter', () => {
  it('reads the one column headed as the organization as the name, though each name there is its own domain', () => {
    const source = lines(
      '## Organizations',
      '',
      '| Organization | Description | Since |',
      '|---|---|---|',
      '| [acme.io](https://acme.io) | Creator and maintainer | 2026 |',
    );
    const result = inserted(source);
    expect(result.entry).toBe(
      '| [Mango Metrics](https://mangometrics.example.com) | Runs it in production for internal services. | |',
    );
    expect(result.line).toBe(6);
  });

  it('does not take a column of links to changes (#4658) for names, nor the list named like its first column for a glossary', () => {
    const source = lines(
      '## Live adopters',
      '',
      '| Project | URL / Repo | Level | Notes |',
      '|---------|-----------|-------|-------|',
      '| wiki.example.org | https://wiki.example.org | Level 3 | Personal knowledge wiki |',
      '| Alpha estate | https://github.com/alpha | Level 1–2 | 28 repositories |',
      '| Zeta estate | https://github.com/zeta | Level 1–2 | 40 repositories |',
      '',
      '## Pending',
      '',
      '| Project | PR | Benchmark |',
      '|---------|-----|-----------|',
      '| org/one | [#4658](https://github.com/org/one/pull/4658) | 76% fewer tool calls |',
      '| org/two | [#7329](https://github.com/org/two/pull/7329) | 80% fewer tool calls |',
    );
    const result = inserted(source);
    expect(result.line).toBe(8);
    const [name, site, , notes] = cells(result.entry);
    expect([name, site, notes]).toEqual([
      'Mango Metrics',
      'https://mangometrics.example.com',
      'Runs it in production for internal services.',
    ]);
  });
});

describe('the group a description names', () => {
  const badge = (status: string, colour: string) =>
    `![${status}](https://img.shields.io/badge/-${status}-${colour}?style=flat)`;
  const row = (name: string, status: 'production' | 'testing') =>
    `| [${name}](https://${name.toLowerCase()}.example.com) | ${badge(status, status === 'production' ? 'blue' : 'green')} |`;
  // Kept by status, and in no order within a status.
  const source = lines(
    '| Organization | Status |',
    '| ------------ | ------ |',
    row('Zulu', 'production'),
    row('Acme', 'production'),
    row('Yankee', 'testing'),
    row('Bravo', 'testing'),
  );

  it('puts a row that runs "in production" at the end of the production group, with its badge', () => {
    const result = inserted(source);
    expect(result.entry).toBe(`| [Mango Metrics](https://mangometrics.example.com) | ${badge('production', 'blue')} |`);
    expect(result.line).toBe(5);
    expect(result.warnings.join('\n')).toMatch(/"Status" cell says "production", as the description does/);
  });

  it('names no group when the description says two of them, and keeps to the last group', () => {
    const result = inserted(source, keyed('Mango Metrics', 'Testing now, production next year.'));
    expect(result.line).toBe(7);
    expect(result.entry).toContain(badge('testing', 'green'));
  });

  it('says what most rows say where the description names none, as people adding a row do', () => {
    // A real commit: the person added a Vendor row to a table whose Type column says Vendor in most rows,
    // with a description that names no type.
    const source = lines(
      '| Type | Name | Since | Website | Use-Case |',
      '|:-|:-|:-|:-|:-|',
      '| Vendor | Acme | 2023 | [link](https://acme.example.com) | Offers managed clusters with it. |',
      '| End-user | Bravo | 2023 | [link](https://bravo.example.com) | Runs its platform on it. |',
      '| Vendor | Charlie | 2024 | [link](https://charlie.example.com) | Builds its hosted service on it. |',
      '| R&D | Delta | 2024 | [link](https://delta.example.com) | Evaluates it. |',
      '| Vendor | Echo | 2025 | [link](https://echo.example.com) | Sells it as a service. |',
    );
    const result = inserted(source, keyed('Foxtrot', 'Manages its control planes with it.'));
    expect(cells(result.entry)[0]).toBe('Vendor');
    expect(result.warnings.join('\n')).toMatch(/"Type" cell says "Vendor", as most rows do/);
  });
});
