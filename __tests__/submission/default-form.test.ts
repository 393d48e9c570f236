import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_FORM, DEFAULT_ISSUE_FORM_PATH } from '../../src/submission/default-form.js';
import { DEFAULT_FIELD_LABELS } from '../../src/submission/form-fields.js';
import { readIssueFormTemplate } from '../../src/submission/issue-form-template.js';

const ROOT = join(import.meta.dirname, '../..');

describe('the default issue form', () => {
  it('should be bundled byte for byte as .github/ISSUE_TEMPLATE/adopter.yml', () => {
    expect(DEFAULT_ISSUE_FORM).toBe(readFileSync(join(ROOT, DEFAULT_ISSUE_FORM_PATH), 'utf8'));
  });

  it('should be a valid issue form with the fields, labels and requirements of DESIGN.md', () => {
    const read = readIssueFormTemplate(DEFAULT_ISSUE_FORM);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.template.fields.map((f) => [f.key, f.type, f.label, f.required])).toEqual([
      ['name', 'input', DEFAULT_FIELD_LABELS.name, true],
      ['website', 'input', DEFAULT_FIELD_LABELS.website, true],
      ['description', 'textarea', DEFAULT_FIELD_LABELS.description, false],
      ['section', 'dropdown', DEFAULT_FIELD_LABELS.section, false],
      ['logo', 'input', DEFAULT_FIELD_LABELS.logo, false],
      ['contact', 'input', DEFAULT_FIELD_LABELS.contact, false],
      ['consent', 'checkboxes', DEFAULT_FIELD_LABELS.consent, false],
    ]);
    expect(read.template.fields.at(-1)?.requiredOptions).toEqual([
      'I am authorized to list this organization publicly',
    ]);
    expect(read.template.fields.find((f) => f.key === 'section')?.options).toEqual(['End user', 'Vendor', 'Project']);
  });

  it('should route issues with the adopter label and a title', () => {
    const form = parseYaml(DEFAULT_ISSUE_FORM) as Record<string, unknown>;
    expect(form.labels).toEqual(['adopter']);
    expect(form.title).toBe('Adopter: ');
    expect(typeof form.name).toBe('string');
    expect(typeof form.description).toBe('string');
  });

  it('should use only the keys GitHub allows in a form', () => {
    const form = parseYaml(DEFAULT_ISSUE_FORM) as { body: Record<string, unknown>[] } & Record<string, unknown>;
    const top = ['name', 'description', 'title', 'labels', 'assignees', 'projects', 'type', 'body'];
    expect(Object.keys(form).every((key) => top.includes(key))).toBe(true);
    const allowed: Record<string, string[]> = {
      markdown: ['value'],
      input: ['label', 'description', 'placeholder', 'value'],
      textarea: ['label', 'description', 'placeholder', 'value', 'render'],
      dropdown: ['label', 'description', 'multiple', 'options', 'default'],
      checkboxes: ['label', 'description', 'options'],
    };
    for (const element of form.body) {
      const type = element.type as string;
      expect(Object.keys(element).every((key) => ['type', 'id', 'attributes', 'validations'].includes(key))).toBe(true);
      expect(Object.keys(element.attributes as object).every((key) => allowed[type]?.includes(key))).toBe(true);
    }
  });
});
