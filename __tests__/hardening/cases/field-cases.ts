// Hostile answers refused by the submission rules, each rendered into an issue body as GitHub does and
// run through parse → validate → insert. The first table is the existing one of __tests__/submission
// (reused as is, not duplicated); the second adds what this suite found.
import { expect } from 'vitest';
import type { IssueFormFields } from '../../../src/submission/form-fields.js';
import { HOSTILE, VALID, type HostileCase } from '../../submission/hostile-inputs.js';
import { formBody, type PureRun } from '../support/pure.js';
import type { Category } from '../support/tally.js';
import type { PureCase } from './types.js';

/** THREATS.md's category for each category of the submission table. */
const CATEGORY: Record<string, Category> = {
  'workflow command': 'log and workflow-command injection',
  html: 'Markdown, table and HTML injection',
  link: 'Markdown, table and HTML injection',
  block: 'Markdown, table and HTML injection',
  'line break': 'Markdown, table and HTML injection',
  address: 'Markdown, table and HTML injection',
  emoji: 'Markdown, table and HTML injection',
  mention: 'mentions and references',
  reference: 'mentions and references',
  contact: 'mentions and references',
  entity: 'entities',
  bidi: 'Unicode',
  invisible: 'Unicode',
  tag: 'Unicode',
  format: 'Unicode',
  'private use': 'Unicode',
  unassigned: 'Unicode',
  surrogate: 'Unicode',
  control: 'Unicode',
  marks: 'Unicode',
  homograph: 'Unicode',
  'url scheme': 'URL tricks',
  userinfo: 'URL tricks',
  port: 'URL tricks',
  host: 'URL tricks',
  'round trip': 'URL tricks',
  'url text': 'URL tricks',
  logo: 'URL tricks',
  'ip literal': 'SSRF',
  oversized: 'oversized input',
  required: 'issue-form parsing',
};

const shown = (value: string | undefined) => {
  const text = JSON.stringify(value ?? null);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * A refusal names the field and the rule (or the form itself, for an over-long body), and never quotes
 * the value: it could be huge, or hostile in a comment or a log.
 */
function refusedNaming(field: string, contains: string, value?: unknown) {
  return (run: PureRun) => {
    expect(run.read.ok).toBe(false);
    if (run.read.ok || run.read.reason !== 'invalid') return;
    const messages = run.read.errors.map((e) => `${e.field}: ${e.message}`);
    const body = run.read.errors.some((e) => e.field === 'form' && /more than GitHub allows/.test(e.message));
    const named = messages.some((m) =>
      body ? m.startsWith('form:') : m.startsWith(`${field}:`) && m.includes(contains),
    );
    expect(named, messages.join('\n')).toBe(true);
    if (typeof value === 'string' && value.trim().length >= 12) expect(messages.join('\n')).not.toContain(value.trim());
  };
}

/**
 * A value `@github/issue-parser` trims (JavaScript's `trim()` strips U+2029 and U+FEFF at the ends of an
 * answer): the character never reaches the rules, the file or a comment. Through a real issue body such a
 * name is neutralized, not refused; the case checks the name arrives without it.
 */
function trimmedByTheParser(c: HostileCase): PureCase | undefined {
  const value = c.field === 'name' ? c.fields.name : undefined;
  if (value === undefined || value.trim() === value || value.trim() !== 'Acme') return undefined;
  return {
    via: 'pure',
    category: CATEGORY[c.category] ?? 'Unicode',
    title: `drops a trailing ${shown(value.slice(4))} (${c.category}) from a name, as the form parser trims it`,
    expect: 'neutralized',
    body: formBody({ ...VALID, name: value.replace('Acme', 'Hooli Labs') }),
    typed: { ...VALID, name: value.replace('Acme', 'Hooli Labs') },
    shapes: ['list'],
    check: (run) => expect(run.read.ok && run.read.submission.name).toBe('Hooli Labs'),
  };
}

export const FIELD_CASES: PureCase[] = HOSTILE.map(
  (c) =>
    trimmedByTheParser(c) ?? {
      via: 'pure',
      category: CATEGORY[c.category] ?? 'issue-form parsing',
      title: `refuses ${c.field} ${shown(c.fields[c.field] === undefined ? undefined : String(c.fields[c.field]))} (${c.category}), naming the field`,
      expect: 'refused',
      body: formBody({ ...VALID, ...c.fields }),
      check: refusedNaming(c.field, c.contains, c.fields[c.field]),
    },
);

const refused = (
  category: Category,
  title: string,
  fields: IssueFormFields,
  field: string,
  contains: string,
): PureCase => ({
  via: 'pure',
  category,
  title,
  expect: 'refused',
  body: formBody({ name: 'Hooli', website: 'https://hooli.com', ...fields }),
  check: refusedNaming(field, contains, fields[field as keyof IssueFormFields]),
});

export const MORE_FIELD_CASES: PureCase[] = [
  refused(
    'log and workflow-command injection',
    "refuses a '::stop-commands::' token in a name",
    { name: 'Hooli ::stop-commands::x' },
    'name',
    'workflow command',
  ),
  refused(
    'log and workflow-command injection',
    "refuses '%0A::set-output' in a name (the runner does not decode it, but the colons remain)",
    { name: 'Hooli%0A::set-output name=x::y' },
    'name',
    'workflow command',
  ),
  {
    via: 'pure',
    category: 'entities',
    title: "refuses to write a website whose query holds '&amp;', which the link would decode to '&'",
    expect: 'refused',
    body: formBody({ name: 'Hooli', website: 'https://hooli.com/?x=&amp;' }),
    check: (run) => expect(run.insert).toMatchObject({ ok: false, code: 'unsafe' }),
  },
  refused(
    'URL tricks',
    'refuses a website with a double quote that would leave an HTML attribute',
    { website: 'https://hooli.com/"onmouseover="alert(1)' },
    'website',
    'the way browsers read it',
  ),
  refused(
    'URL tricks',
    "refuses a website with '<script>' in its path",
    { website: 'https://hooli.com/<script>' },
    'website',
    'the way browsers read it',
  ),
  refused(
    'URL tricks',
    'refuses a logo URL that tries to close an <img> attribute',
    { logo: 'https://hooli.com/l.png"><img src=x onerror=alert(1)>' },
    'logo',
    'contains a space',
  ),
  refused(
    'URL tricks',
    'refuses a logo URL that tries to close an <img> attribute without a space',
    { logo: 'https://hooli.com/l.png"/onerror="alert(1)' },
    'logo',
    'the way browsers read it',
  ),
  refused('URL tricks', "refuses a 'vbscript:' website", { website: 'vbscript:msgbox(1)' }, 'website', "'vbscript:'"),
  refused(
    'URL tricks',
    'refuses a website on a TLD nobody registers (.corp)',
    { website: 'https://hooli.corp' },
    'website',
    "'.corp'",
  ),
  refused(
    'SSRF',
    'refuses a website on the Azure metadata address 168.63.129.16',
    { website: 'https://168.63.129.16/' },
    'website',
    'IP address',
  ),
  refused(
    'SSRF',
    'refuses a website on an IPv6 link-local literal',
    { website: 'https://[fe80::1]/' },
    'website',
    'IP address',
  ),
  refused(
    'SSRF',
    'refuses a website on a NAT64 form of loopback',
    { website: 'https://[64:ff9b::7f00:1]/' },
    'website',
    'IP address',
  ),
  refused(
    'SSRF',
    'refuses a website on an octal-dotted private address',
    { website: 'https://012.0.0.1/' },
    'website',
    'IP address',
  ),
  refused(
    'SSRF',
    'refuses a logo on the GCP metadata host name',
    { logo: 'https://metadata.google.internal/computeMetadata/v1/' },
    'logo',
    "'.internal'",
  ),
  refused(
    'mentions and references',
    "refuses a cross-repository reference 'org/repo#12' in a name",
    { name: 'Hooli org/repo#12' },
    'name',
    'issue or pull request',
  ),
  refused(
    'mentions and references',
    "refuses a team mention '@org/team' in a description",
    { description: 'Ask @hooli/platform about it' },
    'description',
    'mention',
  ),
  refused(
    'entities',
    "refuses '&commat;' (an '@' in disguise) in a name",
    { name: 'Hooli &commat;octocat' },
    'name',
    'character reference',
  ),
  refused(
    'entities',
    "refuses '&#x40;' (a hex '@') in a description",
    { description: 'Ask &#x40;octocat' },
    'description',
    'character reference',
  ),
  refused(
    'Unicode',
    'refuses a right-to-left isolate hiding a reversed name',
    { name: 'Hooli \u2067sbaL\u2069' },
    'name',
    'U+2067',
  ),
  refused(
    'Unicode',
    'refuses a Mongolian vowel separator (an invisible format character)',
    { name: 'Hooli\u180ELabs' },
    'name',
    'U+180E',
  ),
  refused(
    'Unicode',
    'refuses a line separator in a description',
    { description: 'One line\u2028::add-mask::x' },
    'description',
    'U+2028',
  ),
  refused(
    'oversized input',
    'refuses a 2,000-character name without quoting it',
    { name: 'Hooli '.repeat(400) },
    'name',
    'the limit is 100',
  ),
  refused(
    'oversized input',
    'refuses a 30,000-character description, stating the limit',
    { description: 'a'.repeat(30_000) },
    'description',
    'the limit is 1000',
  ),
];
