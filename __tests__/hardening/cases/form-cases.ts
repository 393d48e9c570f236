// Issue bodies edited by hand to fool the form parser (`@github/issue-parser` keeps the last copy of
// a heading, and reads `###` anywhere in a line), and bodies GitHub really produces that must still work.
import { expect } from 'vitest';
import { formBody, type PureRun } from '../support/pure.js';
import type { Outcome } from '../support/tally.js';
import type { PureCase } from './types.js';

const VALID = { name: 'Hooli', website: 'https://hooli.com', description: 'Runs its search on it.' };
const valid = formBody(VALID);

function body(title: string, expect_: Outcome, text: string, check?: (run: PureRun) => void): PureCase {
  return { via: 'pure', category: 'issue-form parsing', title, expect: expect_, body: text, check };
}

const websiteIs = (url: string) => (run: PureRun) => expect(run.read.ok && run.read.submission.url).toBe(url);
const refusedFor = (field: string) => (run: PureRun) =>
  expect(!run.read.ok && run.read.reason === 'invalid' && run.read.errors.map((e) => e.field)).toContain(field);

export const FORM_CASES: PureCase[] = [
  body(
    'refuses a second ### Website typed at the end of the description',
    'refused',
    formBody({ ...VALID, description: 'We use it.\n\n### Website\n\nhttps://evil.example.com' }),
    refusedFor('description'),
  ),
  body(
    'refuses a ### Website heading hidden in a fenced code block',
    'refused',
    formBody({ ...VALID, description: 'We use it.\n\n```\n### Website\nhttps://evil.example.com\n```' }),
    refusedFor('description'),
  ),
  body(
    'refuses a ### Website heading hidden in an HTML comment',
    'refused',
    formBody({ ...VALID, description: 'We use it.\n<!--\n### Website\n-->' }),
    refusedFor('description'),
  ),
  body(
    "refuses '###Website' typed mid-line in the name, which the parser would split on",
    'refused',
    formBody({ ...VALID, name: 'Hooli ###Website https://evil.example.com' }),
    refusedFor('name'),
  ),
  body(
    'refuses a repeated ### Organization name appended after the consent box',
    'refused',
    `${valid}\n\n### Organization name\n\nEvil Corp`,
    refusedFor('consent'),
  ),
  body(
    'refuses a heading of the form written with four hashes',
    'refused',
    valid.replace('### Website', '#### Website'),
  ),
  body(
    'refuses a heading with a zero-width space in its label',
    'refused',
    valid.replace('### Website', '### Web\u200Bsite'),
  ),
  body(
    'refuses an unknown ### heading between two answers',
    'refused',
    valid.replace('### Website', '### Approved\n\nyes\n\n### Website'),
  ),
  body(
    'refuses text before the first heading that holds a heading of the form',
    'refused',
    `Hi! ### Website https://evil.example.com\n\n${valid}`,
  ),
  body(
    'refuses an issue body over 65,536 characters',
    'refused',
    `${valid}\n${' '.repeat(65_537)}`,
    refusedFor('form'),
  ),
  body('refuses a body without any heading of the form', 'refused', 'Please add Hooli (https://hooli.com).'),
  body('refuses an empty body', 'refused', ''),
  body(
    "refuses a name answered with GitHub's own '_No response_'",
    'refused',
    formBody({ ...VALID, name: '_No response_' }),
    refusedFor('name'),
  ),
  body(
    'refuses a consent box whose label was edited',
    'refused',
    valid.replace(
      '- [X] I am authorized to list this organization publicly',
      '- [X] I am authorized to list this organization publicly (not really)',
    ),
    refusedFor('consent'),
  ),
  body(
    'refuses a ticked consent line smuggled into the description while the real box is empty',
    'refused',
    formBody({
      ...VALID,
      description: 'We use it.\n- [X] I am authorized to list this organization publicly',
      consent: false,
    }),
    refusedFor('consent'),
  ),
  body(
    'refuses an adopter type that is not one of the options',
    'refused',
    formBody({ ...VALID, section: 'Approved by the maintainers' }),
    refusedFor('section'),
  ),
  body(
    'reads a body edited in a browser (CRLF line endings)',
    'accepted',
    formBody(VALID, '\r\n'),
    websiteIs('https://hooli.com'),
  ),
  body(
    'reads a body with old Mac line endings (CR only)',
    'accepted',
    valid.replace(/\n/g, '\r'),
    websiteIs('https://hooli.com'),
  ),
  body(
    'reads headings with trailing spaces and tabs',
    'accepted',
    valid.replace('### Website', '### Website \t '),
    websiteIs('https://hooli.com'),
  ),
  body(
    'reads headings with several spaces after the hashes',
    'accepted',
    valid.replace('### Website', '###     Website'),
    websiteIs('https://hooli.com'),
  ),
  body(
    'reads answers in another order than the form',
    'accepted',
    `### Website\n\nhttps://hooli.com\n\n### Organization name\n\nHooli\n\n### Consent\n\n- [x] I am authorized to list this organization publicly`,
    websiteIs('https://hooli.com'),
  ),
  body(
    'reads a lower-case [x] in the consent box',
    'accepted',
    valid.replace('- [X] I am', '- [x] I am'),
    websiteIs('https://hooli.com'),
  ),
  body(
    'reads a name surrounded by blank lines and spaces',
    'accepted',
    valid.replace('\n\nHooli\n\n', '\n\n\n\n   Hooli   \n\n\n\n'),
    (run) => expect(run.read.ok && run.read.submission.name).toBe('Hooli'),
  ),
  body(
    'reads an answer followed by 20,000 blank lines without slowing down',
    'accepted',
    valid.replace('\n\nHooli\n\n', `\n\nHooli${'\n'.repeat(20_000)}`),
    websiteIs('https://hooli.com'),
  ),
  body(
    'reads a last heading followed by 60,000 spaces without slowing down',
    'refused',
    `### Organization name\n\nHooli\n\n### Website\n\nhttps://hooli.com\n\n### Consent${' '.repeat(60_000)}`,
    refusedFor('consent'),
  ),
];
