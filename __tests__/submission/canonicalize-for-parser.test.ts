import { describe, expect, it } from 'vitest';
import { canonicalizeForParser, scanFormHeadings } from '../../src/submission/form-headings.js';
import { parseIssueForm } from '../../src/submission/parse-issue-form.js';
import { DEFAULT_ISSUE_FORM } from '../../src/submission/default-form.js';

const LABELS = ['Organization name', 'Website'];
const canonical = (body: string) => canonicalizeForParser(body, scanFormHeadings(body, LABELS).headings);

describe('canonicalizeForParser', () => {
  it('writes every heading line exactly "### <label>", whatever blanks surrounded the label', () => {
    expect(canonical('###    Organization name \t \n\nHooli\n\n### Website\t\t')).toBe(
      '### Organization name\n\nHooli\n\n### Website',
    );
  });

  it('leaves no run of more than two line feeds', () => {
    expect(canonical(`### Organization name\n\nHooli${'\n'.repeat(50)}### Website\n\nx`)).not.toMatch(/\n{3}/);
  });

  it('leaves answers alone', () => {
    const body = '### Organization name\n\n  Hooli  Labs \n\n### Website\n\nhttps://hooli.com';
    expect(canonical(body)).toBe(body);
  });
});

describe('parseIssueForm on bodies that made the issue parser backtrack', () => {
  it.each([
    [
      'blanks after the last heading',
      `### Organization name\n\nHooli\n\n### Website\n\nhttps://hooli.com\n\n### Consent${' '.repeat(60_000)}`,
    ],
    ['tabs after a heading', `### Organization name${'\t'.repeat(60_000)}\n\nHooli`],
    [
      'a run of line feeds inside an answer',
      `### Organization name\n\nHooli${'\n'.repeat(60_000)}### Website\n\nhttps://hooli.com`,
    ],
  ])('reads the answers of a body with %s', (_what, body) => {
    const parsed = parseIssueForm(body, DEFAULT_ISSUE_FORM);
    expect(parsed.kind).toBe('submission');
    expect(parsed.kind === 'submission' && parsed.fields.name).toBe('Hooli');
  });
});
