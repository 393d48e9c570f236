import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_FORM } from '../../src/submission/default-form.js';
import type { FieldId } from '../../src/submission/form-fields.js';
import { IssueFormConfigError, isAdopterSubmission, parseIssueForm } from '../../src/submission/parse-issue-form.js';
import { readSubmission } from '../../src/submission/read-submission.js';
import { renderIssueForm } from '../../test-support/render-issue-form.js';

const FIXTURES = join(import.meta.dirname, '../../__fixtures__/issue-forms');
const CONSENT = 'I am authorized to list this organization publicly';

interface ExpectedError {
  field: string;
  label: string;
  contains: string;
}

interface Expected {
  fieldMap?: Record<string, FieldId>;
  parsed: { kind: string; fields?: Record<string, unknown>; errors?: ExpectedError[] };
  result: { ok: boolean; reason?: string; submission?: Record<string, unknown>; errors?: ExpectedError[] };
}

const cases = readdirSync(FIXTURES).map((name) => {
  const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
  return {
    name,
    template: read('template.yml'),
    issue: read('issue.md'),
    expected: JSON.parse(read('expected.json')) as Expected,
  };
});

function matchErrors(expected: ExpectedError[]) {
  return expected.map(({ field, label, contains }) => ({
    field,
    label,
    message: expect.stringContaining(contains) as string,
  }));
}

describe('parseIssueForm', () => {
  describe.each(cases)('with the fixture $name', ({ template, issue, expected }) => {
    it('should read the answers', () => {
      const parsed = parseIssueForm(issue, template, { fieldMap: expected.fieldMap });
      expect(parsed.kind).toBe(expected.parsed.kind);
      if (parsed.kind === 'submission') expect(parsed.fields).toEqual(expected.parsed.fields);
      if (parsed.kind === 'invalid') expect(parsed.errors).toEqual(matchErrors(expected.parsed.errors ?? []));
    });

    it('should validate them into the expected result', () => {
      const result = readSubmission(issue, template, { fieldMap: expected.fieldMap });
      if (result.ok) {
        expect({ ok: true, submission: result.submission }).toEqual(expected.result);
      } else {
        expect(result.reason).toBe(expected.result.reason);
        if (result.reason === 'invalid') expect(result.errors).toEqual(matchErrors(expected.result.errors ?? []));
      }
    });

    it('should read the same answers from a CRLF body with a trailing newline', () => {
      const crlf = `${issue.replace(/\n/g, '\r\n')}\r\n`;
      expect(parseIssueForm(crlf, template, { fieldMap: expected.fieldMap })).toEqual(
        parseIssueForm(issue, template, { fieldMap: expected.fieldMap }),
      );
    });
  });

  describe('with an answer that types a heading of the form', () => {
    const answers = {
      name: 'Acme',
      website: 'https://acme.com',
      description: 'We use it.\n\n### Website\n\nhttps://attacker.example.net',
      consent: [CONSENT],
    };

    it('should refuse it, naming the answer it is in and the heading', () => {
      const parsed = parseIssueForm(renderIssueForm(DEFAULT_ISSUE_FORM, answers), DEFAULT_ISSUE_FORM);
      expect(parsed).toMatchObject({
        kind: 'invalid',
        errors: [
          {
            field: 'description',
            label: 'How do you use the project?',
            message:
              "the answer contains a line '### Website', which would be read as the 'Website' field and replace the real answer (the issue has '### Website' on lines 5 and 13); remove the line you typed.",
          },
        ],
      });
    });

    it.each([
      ['mid-line', 'We use it. ### Website https://attacker.example.net', "the 'Website' field"],
      ['without a space', 'We use it.\n###Website\nhttps://attacker.example.net', "the 'Website' field"],
      ['indented', 'We use it.\n  ### Website', "the 'Website' field"],
      ['as another heading', 'We use it.\n### Notes', 'the start of another field'],
      ['as a deeper heading', '#### Website', "the 'Website' field"],
    ])('should refuse a heading typed %s', (_how, description, reads) => {
      const body = renderIssueForm(DEFAULT_ISSUE_FORM, { ...answers, description });
      const parsed = parseIssueForm(body, DEFAULT_ISSUE_FORM);
      expect(parsed.kind).toBe('invalid');
      expect(parsed.kind === 'invalid' && parsed.errors[0]).toMatchObject({
        field: 'description',
        message: expect.stringContaining(reads) as string,
      });
    });

    it('should refuse a heading typed in an earlier answer, naming both lines', () => {
      // Which of two identical headings is the real one cannot be told; both line numbers are given.
      const body = renderIssueForm(DEFAULT_ISSUE_FORM, { ...answers, description: '', name: 'Acme\n\n### Website' });
      const parsed = parseIssueForm(body, DEFAULT_ISSUE_FORM);
      expect(parsed.kind === 'invalid' && parsed.errors[0]?.message).toContain(
        "the issue has '### Website' on lines 5 and 7",
      );
    });

    it('should refuse a heading typed before the first question', () => {
      const clean = { ...answers, description: 'We use it.' };
      const body = `Note: ### Website\n\n${renderIssueForm(DEFAULT_ISSUE_FORM, clean)}`;
      expect(parseIssueForm(body, DEFAULT_ISSUE_FORM)).toMatchObject({
        kind: 'invalid',
        errors: [{ field: 'form', message: expect.stringContaining('the text before the first question') as string }],
      });
    });

    it('should refuse a second copy of the form put before the real one', () => {
      const real = renderIssueForm(DEFAULT_ISSUE_FORM, answers);
      const fake = renderIssueForm(DEFAULT_ISSUE_FORM, { ...answers, website: 'https://attacker.example.net' });
      expect(parseIssueForm(`${fake}\n\n${real}`, DEFAULT_ISSUE_FORM).kind).toBe('invalid');
    });
  });

  it('should read a body GitHub renders with a fenced render: textarea', () => {
    const template = `${DEFAULT_ISSUE_FORM.replace('label: How do you use the project?', 'label: How do you use the project?\n      render: text')}`;
    const body = renderIssueForm(template, {
      name: 'Acme',
      website: 'https://acme.com',
      description: 'We run it.',
      consent: [CONSENT],
    });
    expect(body).toContain('```text\nWe run it.\n```');
    expect(parseIssueForm(body, template)).toMatchObject({ kind: 'submission', fields: { description: 'We run it.' } });
  });

  it('should treat an answer with only a heading and no text as empty', () => {
    const body = '### Organization name\n\nAcme\n\n### Website\n\n### Consent\n\n- [X] ' + CONSENT;
    expect(parseIssueForm(body, DEFAULT_ISSUE_FORM)).toMatchObject({
      kind: 'submission',
      fields: { name: 'Acme', consent: true },
    });
  });

  it('should not count a ticked box whose text is not an option of the form', () => {
    const body = '### Organization name\n\nAcme\n\n### Consent\n\n- [x] I am not authorized';
    expect(parseIssueForm(body, DEFAULT_ISSUE_FORM)).toMatchObject({ kind: 'submission', fields: { consent: false } });
  });

  it('should call a body without the form headings not a submission', () => {
    expect(parseIssueForm('', DEFAULT_ISSUE_FORM).kind).toBe('not-a-submission');
    expect(parseIssueForm('Please add us: Acme, https://acme.com', DEFAULT_ISSUE_FORM).kind).toBe('not-a-submission');
  });

  it('should refuse a body longer than GitHub allows without parsing it', () => {
    const parsed = parseIssueForm(`### Organization name\n\n${'a'.repeat(70_000)}`, DEFAULT_ISSUE_FORM);
    expect(parsed).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'form', message: expect.stringContaining('65536') as string }],
    });
  });

  it('should not hand the parser a body that makes its regular expression backtrack', () => {
    // `### ` + 4,000 spaces + `x` takes the parser 20 s; 60,000 would take hours.
    const started = performance.now();
    const bodies = [
      `### Organization name\n\nAcme\n\n### ${' '.repeat(60_000)}x`,
      `### Organization name\n\nAcme ###${' '.repeat(60_000)}x`,
      `### Organization name${' '.repeat(60_000)}x`,
      `### Organization name${' '.repeat(60_000)}\n\nAcme${' '.repeat(60_000)}`.slice(0, 65_000),
      `###${' '.repeat(60_000)}Organization name\n\nAcme`,
    ];
    for (const body of bodies.slice(0, 3)) expect(parseIssueForm(body, DEFAULT_ISSUE_FORM).kind).not.toBe('submission');
    for (const body of bodies.slice(3)) expect(parseIssueForm(body, DEFAULT_ISSUE_FORM).kind).toBe('submission');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  describe('with a field map', () => {
    const brex = cases.find((c) => c.name === 'brexhq-substation');

    it('should ignore fields the map leaves out, even with our ids', () => {
      const parsed = parseIssueForm(brex?.issue ?? '', brex?.template ?? '', { fieldMap: { 'org-name': 'name' } });
      expect(parsed).toMatchObject({ kind: 'submission', fields: { name: 'Brex' } });
      expect(parsed.kind === 'submission' && Object.keys(parsed.fields)).toEqual(['name']);
    });

    it('should report the labels and the section options of the project form', () => {
      const parsed = parseIssueForm(brex?.issue ?? '', brex?.template ?? '', { fieldMap: brex?.expected.fieldMap });
      expect(parsed.kind === 'submission' && parsed.form).toMatchObject({
        labels: { name: 'Organization Name', website: 'Organization Website', consent: 'Consent' },
        fields: ['name', 'website', 'section', 'description'],
        sectionOptions: expect.arrayContaining(["We're testing Substation"]) as string[],
      });
    });

    it.each([
      [{ nope: 'name' }, 'does not have'],
      [{ 'org-name': 'name', 'org-url': 'name' }, 'two fields'],
      [{ 'org-name': 'title' }, 'not a submission field'],
      [{ stage: 'consent' }, 'must be checkboxes'],
    ])('should throw a configuration error for the map %j', (fieldMap, message) => {
      const parse = () => parseIssueForm('', brex?.template ?? '', { fieldMap: fieldMap as Record<string, FieldId> });
      expect(parse).toThrow(IssueFormConfigError);
      expect(parse).toThrow(message);
    });
  });

  it('should throw a configuration error for a template that is not an issue form', () => {
    expect(() => parseIssueForm('', 'name: x')).toThrow(IssueFormConfigError);
  });
});

describe('isAdopterSubmission', () => {
  const body = renderIssueForm(DEFAULT_ISSUE_FORM, { name: 'Acme', website: 'https://acme.com' });

  it('should recognize the routing label whatever the body', () => {
    expect(isAdopterSubmission('', ['bug', 'adopter'], { template: DEFAULT_ISSUE_FORM })).toBe(true);
    expect(isAdopterSubmission(null, ['listed'], { template: DEFAULT_ISSUE_FORM, routingLabel: 'listed' })).toBe(true);
  });

  it('should recognize a body with the headings of every required field', () => {
    expect(isAdopterSubmission(body, [], { template: DEFAULT_ISSUE_FORM })).toBe(true);
    expect(isAdopterSubmission(body.replace(/\n/g, '\r\n'), [], { template: DEFAULT_ISSUE_FORM })).toBe(true);
  });

  it('should not take other issues for submissions', () => {
    expect(isAdopterSubmission('### Organization name\n\nAcme', [], { template: DEFAULT_ISSUE_FORM })).toBe(false);
    expect(isAdopterSubmission('The bot is broken', ['bug'], { template: DEFAULT_ISSUE_FORM })).toBe(false);
    expect(isAdopterSubmission(undefined, [], { template: DEFAULT_ISSUE_FORM })).toBe(false);
  });
});
