// A template many projects copy: a bullet list that says what each phase means (`**Evaluation:** …`,
// `**Production:** …`) over a table of adopters whose Phase column so far shows one of them, the table
// sometimes padded with empty rows to fill in. Shapes from two real files the engine had never seen
// (a held-out set); each expected row was keyed by hand before the engine ran on it.
import { describe, expect, it } from 'vitest';
import { inserted, lines } from '../support/held-out.js';

const LEGEND = [
  'Below are the adopters of the project. If you use it, add yourself to the list by a pull request. The phases are:',
  '',
  '* **Evaluation:** Known the project, evaluating its features',
  '* **Testing:** Testing it as one of the candidates',
  '* **Staging:** Decided to use it, testing it before production',
  '* **Production:** Already running it in production',
  '',
];

describe('a list of phases over the adopters table', () => {
  it('takes the table, not the legend of its Phase column, even with two rows', () => {
    const source = lines(
      '# Adopters',
      '',
      ...LEGEND,
      '| Organization | Contact | Phases      | Description of Use |',
      '| ------------ | ------- | ----------- | ------------------ |',
      '| [Weibo](https://weibo.example.com) | [@phoenix](https://github.com/phoenix) | **Production** |  ML platform |',
      '| [Huya](https://huya.example.com) | [@bob](https://github.com/bob) | **Production** |  AI platform |',
    );
    const result = inserted(source);
    // Two rows, in the order added: after Huya's. The contact and the phase are the adopter's own.
    expect(result.line).toBe(14);
    expect(result.entry.replace(/ +/g, ' ')).toBe(
      '| [Mango Metrics](https://mangometrics.example.com) | | | Runs it in production for internal services. |',
    );
  });

  it('adds a row after the last filled one, above the empty rows left to fill in', () => {
    const source = lines(
      '# Adopters',
      '',
      ...LEGEND,
      '| Organization                       | Contact                        | Environment | Description of Use |',
      '| ---------------------------------- | ------------------------------ | ----------- | ------------------ |',
      '| [Huawei](https://huawei.example.com) | [@shoot](https://github.com/shoot) | Production  | IIoT               |',
      '|                                    |                                |             |                    |',
      '|                                    |                                |             |                    |',
    );
    const result = inserted(source);
    expect(result.line).toBe(13);
    expect(result.entry.replace(/ +/g, ' ')).toBe(
      '| [Mango Metrics](https://mangometrics.example.com) | | | Runs it in production for internal services. |',
    );
    expect(
      result.content
        .split('\n')
        .slice(13, 15)
        .every((row) => /^\|[ |]+\|$/.test(row)),
    ).toBe(true);
  });
});
