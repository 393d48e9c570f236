// Fuzzing the submission path as intake runs it: random issue bodies (random answers, stray and
// repeated headings, Markdown, HTML, workflow commands, Unicode, CR/LF, huge values) through parse →
// validate → insert into every shape of file. It never throws, and the file is untouched unless the
// submission is valid, when the change is a pure insertion displaying exactly the validated name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenCodePoints } from '../../src/submission/code-points.js';
import { ISSUE_BODY_MAX_LENGTH } from '../../src/submission/form-headings.js';
import { ALL_SHAPES, SHAPES } from './cases/types.js';
import { CONSENT, formBody, pureProblem, runPure, type PureRun } from './support/pure.js';

const LABELS = [
  'Organization name',
  'Website',
  'How do you use the project?',
  'Adopter type',
  'Logo URL',
  'GitHub handle of a contact',
  'Consent',
];

/** Pieces attackers and real people type: markup, commands, look-alikes, line breaks, form syntax. */
const PIECES = [
  ...LABELS.map((l) => `### ${l}`),
  '###',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  '\u0085',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  '|',
  '\\',
  '`',
  '```',
  '*',
  '_',
  '~~',
  '[',
  ']',
  '](',
  '![',
  '<',
  '>',
  '<!--',
  '-->',
  '<img src=x>',
  '&',
  '&amp;',
  '&#x202E;',
  '&#64;',
  '@octocat',
  '@org/team',
  '#1',
  'org/repo#2',
  'GH-3',
  ':rocket:',
  '::set-output name=x::y',
  '::add-mask::',
  '##[add-mask]',
  '%0A',
  'https://evil.example.com',
  'www.evil.com',
  'javascript:',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u0301',
  'о',
  'Ｇ',
  '³',
  '宇动源',
  'Ænix',
  '_No response_',
  `- [X] ${CONSENT}`,
  '- [ ] ',
  '1. ',
  '- ',
  '# ',
  '> ',
  '===',
  'Acme Corp',
  'AT&T',
  '(IKS)',
  "Red Hat's",
  '100ms',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const text = (maxLength: number) => fc.array(piece, { maxLength }).map((parts) => parts.join(''));
const answer = fc.option(text(8), { nil: undefined });
const url = fc.oneof(
  fc.constantFrom(
    'https://hooli.com',
    'https://hooli.com/a(b)',
    'https://münchen.de',
    'http://hooli.com',
    'https://127.0.0.1',
  ),
  text(4).map((t) => `https://hooli.com/${t}`),
  text(4),
);

/** A body as GitHub renders the form, then possibly edited by hand: lines inserted, CRLF, padding. */
const body = fc
  .record({
    fields: fc.record({
      name: answer,
      website: fc.option(url, { nil: undefined }),
      description: answer,
      section: answer,
      logo: fc.option(url, { nil: undefined }),
      contact: answer,
      consent: fc.boolean(),
    }),
    inserts: fc.array(fc.tuple(fc.nat(), text(4)), { maxLength: 3 }),
    crlf: fc.boolean(),
  })
  .map(({ fields, inserts, crlf }) => {
    let lines = formBody(fields).split('\n');
    for (const [at, line] of inserts)
      lines = [...lines.slice(0, at % (lines.length + 1)), line, ...lines.slice(at % (lines.length + 1))];
    const joined = lines.join('\n');
    return crlf ? joined.replace(/\n/g, '\r\n') : joined;
  });

/** Names and descriptions that pass the rules but need escaping or normalizing: the insertion path. */
const escapable = fc.constantFrom(
  '|',
  '\\',
  '`',
  '*',
  '_',
  '~',
  '[',
  ']',
  '<',
  '>',
  '&',
  '!',
  '(',
  ')',
  "'",
  '.',
  '-',
  '+',
  '#x',
  '@ ',
  ':',
  '³',
  'é',
  'Ç',
  '宇',
  '\u00a0',
  '  ',
  'R&D;',
  'e\u0301',
);
const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
const plausible = (max: number) =>
  fc
    .array(
      fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: escapable }, { weight: 1, arbitrary: piece }),
      { minLength: 1, maxLength: max },
    )
    .map((parts) => `Z${parts.join(' ')}`);
const plausibleBody = fc
  .record({
    name: plausible(6),
    description: fc.option(plausible(12), { nil: undefined }),
    website: fc.constantFrom(
      'https://hooli.com',
      'https://hooli.com/a_b(c)',
      'https://münchen.de/x',
      'https://HOOLI.com/?a=1&b=2#top',
    ),
    crlf: fc.boolean(),
  })
  .map(({ crlf, ...fields }) => formBody(fields, crlf ? '\r\n' : undefined));

function expectSafe(issueBody: string, shape: (typeof ALL_SHAPES)[number]): PureRun {
  const source = SHAPES[shape];
  const run = runPure(issueBody, source);
  expect(pureProblem(run, source)).toBeUndefined();
  if (run.read.ok) {
    const { name, description } = run.read.submission;
    expect([...name].length).toBeLessThanOrEqual(100);
    expect(findForbiddenCodePoints(name)).toEqual([]);
    expect(findForbiddenCodePoints(description ?? '')).toEqual([]);
    // Markup the rules refuse, workflow commands in either form (a description may hold "std::string").
    expect(`${name} ${description ?? ''}`).not.toMatch(
      /##\[|<[a-z/!?]|@[\p{L}\p{N}]|#\d|\]\(|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]+);/iu,
    );
    expect(name).not.toContain('::');
    expect(description ?? '').not.toMatch(/^\s*::/);
  }
  return run;
}

describe('random issue bodies through parse → validate → insert', () => {
  it('never throw and never corrupt the file', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...ALL_SHAPES), (b, shape) => void expectSafe(b, shape)),
      { numRuns: 400 },
    );
  });

  it('insert plausible names and descriptions, escaped, as pure insertions', () => {
    let inserted = 0;
    fc.assert(
      fc.property(plausibleBody, fc.constantFrom(...ALL_SHAPES), (b, shape) => {
        if (expectSafe(b, shape).insert?.ok) inserted += 1;
      }),
      { numRuns: 250 },
    );
    // Most of them get through: the property exercises the insertion, not only the refusals.
    expect(inserted).toBeGreaterThan(100);
  });

  it('never throw and never corrupt the file with answers of up to the body limit', () => {
    const huge = fc.record({
      unit: fc.constantFrom(...PIECES),
      times: fc.integer({ min: 1_000, max: 60_000 }),
      field: fc.constantFrom('name', 'description', 'website'),
    });
    fc.assert(
      fc.property(huge, fc.constantFrom(...ALL_SHAPES), ({ unit, times, field }, shape) => {
        const value = unit.repeat(Math.ceil(times / unit.length)).slice(0, times);
        const b = formBody({ name: 'Hooli', website: 'https://hooli.com', [field]: value }).slice(
          0,
          ISSUE_BODY_MAX_LENGTH,
        );
        expectSafe(b, shape);
      }),
      { numRuns: 25 },
    );
  });

  // Bodies on which the issue parser's regular expressions backtracked super-linearly before the body
  // was canonicalized (4 to 8 s each for 60,000 characters): together they would exceed the test
  // timeout again if any path regressed. The assertions are on the results.
  it('read the worst bodies for the parser correctly', () => {
    const valid = formBody({ name: 'Hooli', website: 'https://hooli.com' });
    const N = 60_000;
    const cases: [string, boolean][] = [
      [`${valid.replace(/### Consent[^]*$/, '### Consent')}${' '.repeat(N)}`, false],
      [`### Organization name\n\nHooli\n\n### Website${' '.repeat(N)}`, false],
      [`### Organization name${'\t'.repeat(N)}`, false],
      [`###${' '.repeat(N)}Website`, false],
      [valid.replace('\n\nHooli\n\n', `\n\nHooli${'\n'.repeat(N)}`), true],
      [valid.replace('\n\nHooli\n\n', `\n\nHooli${' \n'.repeat(N / 2)}`), true],
    ];
    for (const [b, ok] of cases) {
      const run = runPure(b, SHAPES.list);
      expect(run.read.ok).toBe(ok);
      expect(pureProblem(run, SHAPES.list)).toBeUndefined();
    }
  });
});
