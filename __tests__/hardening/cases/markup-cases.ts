// Values that are harmless once escaped or normalized, and real-looking values that must go through
// untouched: inserted into every shape of adopters file, where each context escapes differently.
import { expect } from 'vitest';
import type { IssueFormFields } from '../../../src/submission/form-fields.js';
import { formBody, type PureRun } from '../support/pure.js';
import type { Category, Outcome } from '../support/tally.js';
import { ALL_SHAPES, type PureCase } from './types.js';

/** The entry the run inserted (the test fails elsewhere when there is none). */
const entryOf = (run: PureRun) => (run.insert?.ok ? run.insert.entry : '');

function inserted(
  category: Category,
  expect_: Outcome,
  title: string,
  fields: IssueFormFields,
  check?: (run: PureRun, source: string) => void,
): PureCase {
  return {
    via: 'pure',
    category,
    title,
    expect: expect_,
    body: formBody({ name: 'Hooli Labs', website: 'https://hooli.com', ...fields }),
    shapes: ALL_SHAPES,
    check,
  };
}

const md = 'Markdown, table and HTML injection' as const;
const entryContains = (text: string) => (run: PureRun) => expect(entryOf(run)).toContain(text);
const submitted = (field: 'name' | 'description' | 'url', value: string) => (run: PureRun) =>
  expect(run.read.ok && run.read.submission[field]).toBe(value);

export const MARKUP_CASES: PureCase[] = [
  inserted(
    md,
    'neutralized',
    'escapes a table pipe in a name so the row keeps its cells',
    { name: 'Pipe|Works' },
    entryContains('Pipe\\|Works'),
  ),
  inserted(
    md,
    'neutralized',
    'escapes emphasis in a name',
    { name: 'Hooli *Star* Labs' },
    entryContains('Hooli \\*Star\\* Labs'),
  ),
  inserted(
    md,
    'neutralized',
    'escapes underscores in a name',
    { name: 'Hooli_Labs_' },
    entryContains('Hooli\\_Labs\\_'),
  ),
  inserted(
    md,
    'neutralized',
    'escapes backticks in a name so no code span opens',
    { name: 'Hooli `Labs`' },
    entryContains('Hooli \\`Labs\\`'),
  ),
  inserted(md, 'neutralized', 'escapes a backslash in a name', { name: 'Hooli\\Labs' }, entryContains('Hooli\\\\Labs')),
  inserted(
    md,
    'neutralized',
    'escapes a trailing backslash that would swallow the closing bracket or pipe',
    { name: 'Hooli Labs\\' },
    entryContains('Hooli Labs\\\\]'),
  ),
  inserted(
    md,
    'neutralized',
    'escapes strikethrough tildes in a name',
    { name: '~~Hooli~~ Labs' },
    entryContains('\\~\\~Hooli\\~\\~ Labs'),
  ),
  inserted(
    md,
    'neutralized',
    'escapes square brackets so a name cannot become a reference link',
    { name: '[Acme] Labs' },
    entryContains('\\[Acme\\] Labs'),
  ),
  inserted(md, 'neutralized', "escapes '<' before a digit ('<3')", { name: 'Hooli <3' }, entryContains('Hooli \\<3')),
  inserted(md, 'neutralized', "escapes '>' inside a name", { name: 'Hooli > Labs' }, entryContains('Hooli \\> Labs')),
  inserted(
    md,
    'neutralized',
    "escapes a spaced '<' in a name ('A < B')",
    { name: 'A < B Labs' },
    entryContains('A \\< B Labs'),
  ),
  inserted(
    md,
    'neutralized',
    'escapes emphasis and pipes in a description',
    { description: 'Uses it for *everything* | a lot' },
    (run, source) => {
      if (/Description/.test(source)) expect(entryOf(run)).toContain('Uses it for \\*everything\\* \\| a lot');
    },
  ),
  inserted(
    md,
    'neutralized',
    'joins a description typed over two lines into one paragraph',
    { description: 'Runs it\nin production' },
    submitted('description', 'Runs it in production'),
  ),
  inserted(
    md,
    'neutralized',
    "encodes ')' and '(' of a website so the link destination cannot end early",
    { website: 'https://hooli.com/)](javascript:alert(1))' },
    entryContains('(https://hooli.com/%29]%28javascript:alert%281%29%29)'),
  ),
  inserted(md, 'accepted', "writes 'C++ Foundation' as typed", { name: 'C++ Foundation' }),
  inserted(md, 'accepted', "writes 'Yahoo!' as typed", { name: 'Yahoo!' }),
  inserted(md, 'accepted', "writes a name with parentheses, 'Hooli (Labs)', as typed", { name: 'Hooli (Labs)' }),
  inserted(md, 'accepted', "writes 'Hooli #One' as typed ('#' before a letter is no reference)", {
    name: 'Hooli #One',
  }),
  inserted(md, 'accepted', 'writes a website with a query and a fragment as typed', {
    website: 'https://hooli.com/?a=1&b=2#top',
  }),
  inserted(md, 'accepted', "writes a website with '_' and '*' in its path as typed (no emphasis inside a link)", {
    website: 'https://hooli.com/a_b*c_',
  }),
  inserted(
    'mentions and references',
    'accepted',
    "writes 'EASE lab @ University' as typed ('@' before a space mentions nobody)",
    { name: 'EASE lab @ University' },
  ),
  inserted(
    'mentions and references',
    'accepted',
    'ignores a contact handle for a file without a Contact column',
    { contact: '@octocat' },
    (run) => expect(entryOf(run)).not.toContain('octocat'),
  ),
  inserted(
    'entities',
    'neutralized',
    "writes 'R&D;' with '&amp;' so it cannot read as an entity",
    { name: 'R&D; Labs' },
    entryContains('R&amp;D; Labs'),
  ),
  inserted('entities', 'accepted', "writes 'AT&T' as typed", { name: 'AT&T' }),
  inserted('entities', 'accepted', "writes '&amp' without a semicolon as typed (no entity without one)", {
    name: 'Hooli &amp Labs',
  }),
  inserted(
    'Unicode',
    'neutralized',
    'turns a no-break space in a name into a plain space',
    { name: 'Hooli\u00a0Labs' },
    submitted('name', 'Hooli Labs'),
  ),
  inserted(
    'Unicode',
    'neutralized',
    'collapses a run of spaces in a name',
    { name: 'Hooli    Labs' },
    submitted('name', 'Hooli Labs'),
  ),
  inserted(
    'Unicode',
    'neutralized',
    'stores a decomposed name in NFC',
    { name: 'Po\u0302le Emploi' },
    submitted('name', 'Pôle Emploi'),
  ),
  inserted('Unicode', 'accepted', 'keeps the ideographic space of a Japanese name', { name: '株式会社\u3000メルカリ' }),
  inserted('Unicode', 'accepted', "keeps a name written in Cyrillic ('Яндекс')", { name: 'Яндекс' }),
  inserted(
    'URL tricks',
    'neutralized',
    'writes an internationalized domain as punycode',
    { website: 'https://münchen.de' },
    submitted('url', 'https://xn--mnchen-3ya.de'),
  ),
  inserted(
    'URL tricks',
    'neutralized',
    'lower-cases the host of a website',
    { website: 'https://HOOLI.com' },
    submitted('url', 'https://hooli.com'),
  ),
  inserted(
    'URL tricks',
    'neutralized',
    "drops an explicit ':443'",
    { website: 'https://hooli.com:443/' },
    submitted('url', 'https://hooli.com/'),
  ),
  inserted('issue-form parsing', 'accepted', 'ignores an adopter type the file has no section for', {
    section: 'Vendor',
  }),
];
