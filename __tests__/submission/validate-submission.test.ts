import { describe, expect, it } from 'vitest';
import type { FieldId, IssueFormFields } from '../../src/submission/form-fields.js';
import { validateSubmission } from '../../src/submission/validate-submission.js';
import { HOSTILE, VALID } from './hostile-inputs.js';

const LABELS: Record<FieldId, string> = {
  name: 'Organization name',
  website: 'Website',
  description: 'How do you use the project?',
  section: 'Adopter type',
  logo: 'Logo URL',
  contact: 'GitHub handle of a contact',
  consent: 'Consent',
};

describe('validateSubmission', () => {
  describe('with hostile input', () => {
    it('has at least 60 cases', () => {
      expect(HOSTILE.length).toBeGreaterThanOrEqual(60);
    });

    it.each(HOSTILE)('should refuse $category in $field: $contains', ({ fields, field, contains }) => {
      const result = validateSubmission({ ...VALID, ...fields });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const error = result.errors.find((e) => e.field === field && e.message.includes(contains));
      expect(error, JSON.stringify(result.errors)).toBeDefined();
      expect(error?.label).toBe(LABELS[field]);
      // Never echo a huge value, never a raw control or invisible character.
      expect(error?.message.length).toBeLessThan(300);
      expect(error?.message).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/u);
    });
  });

  it.each([
    'We wrap std::string and std::vector in our SDK.',
    'Our R&D; teams and Q&A tooling run it 24/7.',
    'C# and F# services, 3 clusters, 1M+ events/s.',
    'Used at the EASE lab @ University of Edinburgh.',
    'Latency went from 10:30 to 10:31, i.e. A < B.',
    '"Quoted" text, *stars*, _underscores_ and `ticks` are escaped by the engine.',
  ])('should accept the plain-text description %s', (text) => {
    const result = validateSubmission({ ...VALID, description: text });
    expect(result.ok ? result.submission.description : result.errors).toBe(text);
  });

  it('should check 65,536-character values built to make regular expressions backtrack, quickly', () => {
    const n = 65_536;
    const values = [
      'a.'.repeat(n / 2),
      `:${'a'.repeat(n - 1)}`,
      `a${' '.repeat(n - 2)}x`,
      `a${'\u3000'.repeat(n - 2)}x`,
      `&${'a'.repeat(n - 1)}`,
      `<${'a'.repeat(n - 1)}`,
      `https://${'a.'.repeat(n / 2 - 4)}`,
      `https://acme.com/${' '.repeat(n - 20)}x`,
    ];
    const started = performance.now();
    for (const value of values) {
      const result = validateSubmission({
        name: value,
        website: value,
        description: value,
        section: value,
        logo: value,
        contact: value,
        consent: true,
      });
      expect(result.ok).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('should list every problem of every field, in form order', () => {
    const result = validateSubmission({ name: '@acme #1', website: 'http://10.0.0.1', consent: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['name', 'name', 'website', 'consent']);
  });

  it('should name fields by the labels of a project form', () => {
    const result = validateSubmission(
      { name: 'Acme', website: 'acme.com' },
      { labels: { website: 'Organization Website' }, requireConsent: false },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'website',
          label: 'Organization Website',
          message: 'must be a full web address starting with https:// (for example https://example.org).',
        },
      ],
    });
  });

  it('should return the normalized submission, leaving out empty answers', () => {
    const result = validateSubmission({
      name: '  Acme\u00A0 Corp ',
      website: 'HTTPS://WWW.Acme.com',
      description: '  We run it\n  in production. ',
      section: '',
      logo: 'https://acme.com/logo.svg',
      contact: '@octocat',
      consent: true,
    });
    expect(result).toEqual({
      ok: true,
      submission: {
        name: 'Acme Corp',
        url: 'https://www.acme.com',
        description: 'We run it in production.',
        logo: 'https://acme.com/logo.svg',
        contact: 'octocat',
      },
    });
  });

  describe('with sections', () => {
    const options = { sectionOptions: ['End user', 'Vendor', 'Project'], requireSection: true };

    it('should match a section ignoring case and return it as configured', () => {
      const result = validateSubmission({ ...VALID, section: 'end USER' }, options);
      expect(result.ok && result.submission.section).toBe('End user');
    });

    it('should refuse a section that is not one of the options, listing them', () => {
      const result = validateSubmission({ ...VALID, section: 'Other' }, options);
      expect(!result.ok && result.errors[0]?.message).toBe(
        "is not one of this project's choices (End user, Vendor, Project); choose one of them.",
      );
    });

    it('should require a section when the file has sections', () => {
      const result = validateSubmission(VALID, options);
      expect(!result.ok && result.errors[0]).toMatchObject({ field: 'section', label: 'Adopter type' });
    });

    it('should accept free section text without options, under the name rules', () => {
      expect(validateSubmission({ ...VALID, section: 'Cloud-Native Vendors' }).ok).toBe(true);
      expect(validateSubmission({ ...VALID, section: '# Vendors' }).ok).toBe(false);
    });
  });

  it('should accept the reserved test domains only when asked', () => {
    const fields = { ...VALID, website: 'https://aardvarkanalytics.example.com' };
    expect(validateSubmission(fields).ok).toBe(true);
    const reserved = { ...VALID, website: 'https://aardvark.example' };
    expect(validateSubmission(reserved).ok).toBe(false);
    expect(validateSubmission(reserved, { allowReservedTestDomains: true }).ok).toBe(true);
  });

  it('should not require consent when the form has no consent field', () => {
    expect(validateSubmission({ name: 'Acme', website: 'https://acme.com' }, { requireConsent: false }).ok).toBe(true);
  });

  it('should report values of the wrong type as values, not throw', () => {
    const result = validateSubmission({ name: 42, website: ['x'], consent: 'yes' } as unknown as IssueFormFields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'name: must be text.',
      'website: must be text.',
      'consent: must be a ticked checkbox.',
      'consent: must be ticked: only someone allowed to list the organization publicly may submit it.',
    ]);
  });
});
