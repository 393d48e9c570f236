import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIssueFormTemplate } from '../../src/submission/issue-form-template.js';

const CORPUS = join(import.meta.dirname, '../../__fixtures__/corpus/issue-forms');

describe('readIssueFormTemplate', () => {
  it.each(readdirSync(CORPUS))('should read the real form %s', (file) => {
    const read = readIssueFormTemplate(readFileSync(join(CORPUS, file), 'utf8'));
    expect(read.ok && read.template.fields.length).toBeGreaterThan(2);
  });

  it('should key a field without an id by its slugified label, as the parser does', () => {
    const read = readIssueFormTemplate(
      readFileSync(join(CORPUS, 'adoptium__adoptium.net__.github__ISSUE_TEMPLATE__adopters.yml'), 'utf8'),
    );
    expect(read.ok && read.template.fields.map((f) => f.key)).toEqual(['name', 'website', 'logos', 'terms']);
  });

  it.each([
    ['not YAML', 'name: [', 'not valid YAML'],
    ['not a form', 'name: x', 'not a valid GitHub issue form'],
    ['an unknown element', 'name: x\ndescription: y\nbody:\n  - type: slider\n    attributes: { label: A }', 'body.0'],
    [
      'a field without a label',
      'name: x\ndescription: y\nbody:\n  - type: input\n    attributes: {}',
      'body.0.attributes.label',
    ],
    [
      'a bad id',
      'name: x\ndescription: y\nbody:\n  - type: input\n    id: a b\n    attributes: { label: A }',
      'an id may contain',
    ],
    [
      'two fields with one label',
      'name: x\ndescription: y\nbody:\n  - type: input\n    attributes: { label: A }\n  - type: textarea\n    id: b\n    attributes: { label: A }',
      'two fields',
    ],
  ])('should refuse %s with a message', (_what, source, message) => {
    const read = readIssueFormTemplate(source);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
  });
});
