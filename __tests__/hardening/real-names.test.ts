// Real names stay welcome (THREATS.md: refusing real organizations is as bad as letting harm through).
// Names copied from the corpus of real adopters files go through the issue form, validation and the
// insertion into every shape of file, and must display exactly as typed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_NAMES } from '../submission/corpus-names.js';
import { runAdd } from './support/add.js';
import { runIntakeCase } from './support/intake.js';
import { formBody, pureProblem, runPure } from './support/pure.js';

const CORPUS = new URL('../../__fixtures__/corpus/adopters/', import.meta.url);
const corpusTexts = readdirSync(CORPUS)
  .filter((f) => !/^(MANIFEST\.md|expected\.json)$/.test(f))
  .map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));

// Small files of each shape whose entries no corpus name duplicates.
const SHAPES: Record<string, string> = {
  list: '# Adopters\n\n- [Zeta One](https://zeta-one.org) - Uses it.\n- [Zeta Two](https://zeta-two.org) - Uses it too.\n',
  numbered: '# Users\n\n1. [Zeta One](https://zeta-one.org)\n1. [Zeta Two](https://zeta-two.org)\n',
  table:
    '# Adopters\n\n| Organization | Description |\n| --- | --- |\n| [Zeta One](https://zeta-one.org) | Uses it. |\n| [Zeta Two](https://zeta-two.org) | Uses it too. |\n',
  paragraphs:
    '## Adopters\n\n**_[Zeta One](https://zeta-one.org)_** - Uses it.\n\n**_[Zeta Two](https://zeta-two.org)_** - Uses it too.\n',
};

const website = (i: number) => `https://adopter-${i}.com`;

describe('real organization names from the corpus', () => {
  it('number at least 100, each found verbatim in a corpus file', () => {
    expect(CORPUS_NAMES.length).toBeGreaterThanOrEqual(100);
    const missing = CORPUS_NAMES.filter(
      (n) => !corpusTexts.some((t) => t.includes(n) || t.includes(n.replace(/&/g, '&amp;'))),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    ['an ampersand', /&/],
    ['parentheses', /\(/],
    ['an apostrophe', /'/],
    ['a leading digit', /^\d/],
    ['a diacritic', /[À-ÿ]/],
    ['CJK', /\p{Script=Han}/u],
    ['a dot', /\./],
    ["'³'", /³/],
  ])('include names with %s', (_what, pattern) => {
    expect(CORPUS_NAMES.filter((n) => pattern.test(n)).length).toBeGreaterThan(0);
  });

  it.each(CORPUS_NAMES.map((name, i) => [name, i] as const))(
    'accepts %s and inserts it so that every shape of file displays it exactly',
    (name, i) => {
      const body = formBody({ name, website: website(i) });
      for (const [shape, source] of Object.entries(SHAPES)) {
        const run = runPure(body, source);
        expect(run.read.ok && run.read.submission.name, shape).toBe(name.normalize('NFC'));
        expect(run.insert?.ok, `${shape}: ${run.insert && !run.insert.ok ? run.insert.reason : ''}`).toBe(true);
        expect(pureProblem(run, source), shape).toBeUndefined();
      }
    },
  );
});

describe('real organization names through `adopters add`', () => {
  it.each(CORPUS_NAMES.map((name, i) => [name, i] as const))(
    'adds %s to every shape of file, displayed exactly, as the form path does',
    async (name, i) => {
      for (const [shape, source] of Object.entries(SHAPES)) {
        const run = await runAdd({ name, website: website(i) }, source);
        expect(run.code, `${shape}: ${run.stderr}`).toBe(0);
        expect(run.problems, shape).toEqual([]);
      }
    },
  );
});

describe('real organization names through the whole intake', () => {
  it.each([
    'AT&T',
    'Metal³',
    'Cosmosource 宇动源（北京）信息技术有限公司',
    'IBM Cloud Kubernetes Service (IKS)',
    "Alibaba's PouchContainer",
  ])(
    'opens a pull request titled with %s exactly, displaying it exactly, with nothing live in the comment',
    async (name) => {
      const record = await runIntakeCase({ answers: { name, website: 'https://real-adopter.com' } });
      expect(record.status).toBe('pr-created');
      expect(record.problems).toEqual([]);
      expect(record.observed).not.toBe('refused');
      const pulls = record.scene.fake.repo.pulls.list({ state: 'all' });
      expect(pulls.map((p) => record.scene.fake.repo.pulls.issueOf(p).title)).toEqual([`Add ${name} to adopters`]);
    },
  );
});
