import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_FORM } from '../../src/submission/default-form.js';
import { renderIssueForm, type IssueFormAnswer } from '../../test-support/render-issue-form.js';

const FIXTURES = join(import.meta.dirname, '../../__fixtures__/issue-forms');

const withAnswers = readdirSync(FIXTURES)
  .map((name) => {
    const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
    const expected = JSON.parse(read('expected.json')) as { answers?: Record<string, IssueFormAnswer> };
    return { name, template: read('template.yml'), issue: read('issue.md'), answers: expected.answers };
  })
  .filter((c) => c.answers !== undefined);

describe('renderIssueForm', () => {
  it.each(withAnswers)('should render the body GitHub wrote for $name', ({ template, issue, answers }) => {
    expect(renderIssueForm(template, answers ?? {})).toBe(issue);
  });

  it('should print _No response_ for blank answers and every checkbox, ticked or not', () => {
    expect(renderIssueForm(DEFAULT_ISSUE_FORM, { name: 'Acme', website: '' })).toBe(
      [
        '### Organization name\n\nAcme',
        '### Website\n\n_No response_',
        '### How do you use the project?\n\n_No response_',
        '### Adopter type\n\n_No response_',
        '### Logo URL\n\n_No response_',
        '### GitHub handle of a contact\n\n_No response_',
        '### Consent\n\n- [ ] I am authorized to list this organization publicly',
      ].join('\n\n'),
    );
  });

  it('should join several dropdown choices with ", " and fence a render: textarea', () => {
    const template = [
      'name: t',
      'description: t',
      'body:',
      '  - type: dropdown',
      '    id: os',
      '    attributes: { label: OS, multiple: true, options: [Linux, macOS, Windows] }',
      '  - type: textarea',
      '    id: logs',
      '    attributes: { label: Logs, render: shell }',
    ].join('\n');
    expect(renderIssueForm(template, { os: ['Linux', 'Windows'], logs: 'line 1\nline 2' })).toBe(
      '### OS\n\nLinux, Windows\n\n### Logs\n\n```shell\nline 1\nline 2\n```',
    );
  });

  it('should write CRLF line endings when asked', () => {
    expect(renderIssueForm(DEFAULT_ISSUE_FORM, { name: 'Acme' }, { eol: '\r\n' })).toMatch(
      /^### Organization name\r\n\r\nAcme\r\n\r\n### Website\r\n/,
    );
  });
});
