import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANGE_FORM, DEFAULT_CHANGE_FORM_PATH } from '../../src/submission/default-change-form.js';
import { DEFAULT_CHANGE_LABELS } from '../../src/submission/form-fields.js';
import { readIssueFormTemplate } from '../../src/submission/issue-form-template.js';
import { isAdopterSubmission, isChangeRequest } from '../../src/submission/parse-issue-form.js';
import { readChangeRequest, requestKind } from '../../src/submission/read-change-request.js';
import { validateEntryChanges } from '../../src/submission/validate-entry.js';
import { renderIssueForm } from '../../test-support/render-issue-form.js';

const CONSENT = "I am authorized to change this organization's listing";
const body = (answers: Record<string, string | undefined>, consent = true) =>
  renderIssueForm(DEFAULT_CHANGE_FORM, { request: 'Update the entry', ...answers, consent: consent ? [CONSENT] : [] });

describe('the default change form', () => {
  it('should be bundled byte for byte as .github/ISSUE_TEMPLATE/adopter-change.yml', () => {
    const root = join(import.meta.dirname, '../..');
    expect(DEFAULT_CHANGE_FORM).toBe(readFileSync(join(root, DEFAULT_CHANGE_FORM_PATH), 'utf8'));
  });

  it('should have the fields of the issue, with their labels, types and requirements', () => {
    const read = readIssueFormTemplate(DEFAULT_CHANGE_FORM);
    if (!read.ok) throw new Error(read.message);
    expect(read.template.fields.map((f) => [f.key, f.type, f.label, f.required])).toEqual([
      ['entry', 'input', 'Organization as listed', true],
      ['request', 'dropdown', 'Request', true],
      ['name', 'input', 'New organization name', false],
      ['website', 'input', 'New website', false],
      ['description', 'textarea', 'New description', false],
      ['logo', 'input', 'New logo URL', false],
      ['reason', 'textarea', 'Reason', false],
      ['consent', 'checkboxes', 'Consent', false],
    ]);
    expect(read.template.fields[1]!.options).toEqual(['Update the entry', 'Remove the entry']);
    expect(read.template.fields[7]!.requiredOptions).toEqual([CONSENT]);
    expect(Object.values(DEFAULT_CHANGE_LABELS)).toEqual(read.template.fields.map((f) => f.label));
  });

  it('routes by its own label or headings, and is never taken for an addition', () => {
    const change = body({ entry: 'Acme', website: 'https://acme.example.org' });
    expect(isChangeRequest(change, [])).toBe(true);
    expect(isChangeRequest('', ['adopter-change'])).toBe(true);
    expect(isAdopterSubmission(change, [])).toBe(false);
  });
});

describe('readChangeRequest', () => {
  it('reads an update: the entry as listed, the new values through the add form’s rules, the reason', () => {
    const r = readChangeRequest(
      body({
        entry: '  Acme Corp ',
        website: 'https://ACME.example.org',
        description: 'Rockets\nand more.',
        reason: 'New site.',
      }),
      DEFAULT_CHANGE_FORM,
    );
    expect(r).toMatchObject({
      ok: true,
      request: {
        kind: 'update',
        entry: 'Acme Corp',
        changes: { url: 'https://acme.example.org', description: 'Rockets and more.' },
        reason: 'New site.',
      },
    });
  });

  it('reads a removal and ignores new values given with it', () => {
    const r = readChangeRequest(
      body({ entry: 'Acme', request: 'Remove the entry', name: 'Other' }),
      DEFAULT_CHANGE_FORM,
    );
    expect(r).toEqual(expect.objectContaining({ ok: true, request: { kind: 'remove', entry: 'Acme' } }));
  });

  it.each([
    [{ entry: undefined }, 'entry', 'is required; enter the name of the organization exactly as the list shows it.'],
    [
      { entry: 'Acme', request: undefined },
      'request',
      'is required; choose what to do with the entry (Update the entry, Remove the entry).',
    ],
    [
      { entry: 'Acme' },
      'form',
      'an update needs at least one new value; fill in New organization name, New website, New description, New logo URL.',
    ],
    [
      { entry: 'Acme', website: 'http://acme.example' },
      'website',
      'uses http://; give the https:// address of the site.',
    ],
    [{ entry: 'Acme', name: '@team' }, 'name', undefined],
    [{ entry: 'Acme\u202e', website: 'https://acme.example' }, 'entry', undefined],
    [
      { entry: 'Acme', website: 'https://acme.example', reason: 'x'.repeat(1001) },
      'reason',
      'is 1001 characters long; the limit is 1000. Shorten it.',
    ],
  ] as const)('refuses %j on the %s field', (answers, field, message) => {
    const r = readChangeRequest(body(answers), DEFAULT_CHANGE_FORM);
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'invalid') return;
    const error = r.errors.find((e) => e.field === field);
    expect(error).toBeDefined();
    if (message) expect(error!.message).toBe(message);
  });

  it('requires the consent box', () => {
    const r = readChangeRequest(body({ entry: 'Acme', request: 'Remove the entry' }, false), DEFAULT_CHANGE_FORM);
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'consent', label: 'Consent' }] });
  });

  it('refuses a stray heading that would replace an answer', () => {
    const r = readChangeRequest(
      body({ entry: 'Acme', reason: 'see\n### New website\nhttps://evil.example' }),
      DEFAULT_CHANGE_FORM,
    );
    expect(r).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'reason' }] });
  });
});

describe('requestKind', () => {
  it.each([
    ['Update the entry', 'update'],
    ['Remove the entry', 'remove'],
    ['Please delete us', 'remove'],
    ['Change our listing', 'update'],
    ['Something else', undefined],
  ])('%s → %s', (answer, kind) => {
    expect(requestKind(answer)).toBe(kind);
  });
});

describe('validateEntryChanges', () => {
  it('names the field by the label it is given (a CLI flag)', () => {
    const r = validateEntryChanges(
      { website: 'javascript:alert(1)', logo: 'https://10.0.0.1/x.png' },
      {
        labels: { website: '--url', logo: '--logo' },
      },
    );
    expect(r).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'website',
          label: '--url',
          message: "uses the 'javascript:' scheme; only https:// web addresses are accepted.",
        },
        { field: 'logo', label: '--logo', message: "uses an IP address; use the organization's domain name." },
      ],
    });
  });

  it('refuses in a description what escaping could not make plain text (a web address GitHub would link)', () => {
    const r = validateEntryChanges({ description: 'See https://acme.example.com for more' });
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'description' }] });
  });

  it('treats blank values as unchanged', () => {
    expect(validateEntryChanges({ name: '  ', description: 'Rockets.' })).toEqual({
      ok: true,
      changes: { description: 'Rockets.' },
    });
  });
});
