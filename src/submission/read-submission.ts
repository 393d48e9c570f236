import type { FieldError } from './form-fields.js';
import type { IssueFormTemplate } from './issue-form-template.js';
import { parseIssueForm, type FormInfo, type ParseIssueFormOptions } from './parse-issue-form.js';
import type { Submission } from './submission.js';
import { validateSubmission, type ValidateSubmissionOptions } from './validate-submission.js';

export type ReadSubmissionOptions = ParseIssueFormOptions & Omit<ValidateSubmissionOptions, 'labels'>;

export type ReadSubmissionResult =
  | { ok: true; submission: Submission; form: FormInfo }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'not-a-submission'; message: string };

/**
 * Issue body → `Submission`: `parseIssueForm`, then `validateSubmission` with the form's labels in
 * the messages. Unless told otherwise, the section must be one of the form's dropdown options, and
 * consent is required exactly when the form has a consent field.
 */
export function readSubmission(
  body: string,
  template: string | IssueFormTemplate,
  options: ReadSubmissionOptions = {},
): ReadSubmissionResult {
  const parsed = parseIssueForm(body, template, options);
  if (parsed.kind === 'not-a-submission') return { ok: false, reason: 'not-a-submission', message: parsed.reason };
  if (parsed.kind === 'invalid') return { ok: false, reason: 'invalid', errors: parsed.errors };
  const validated = validateSubmission(parsed.fields, {
    ...options,
    labels: parsed.form.labels,
    sectionOptions: options.sectionOptions ?? parsed.form.sectionOptions,
    requireConsent: options.requireConsent ?? parsed.form.fields.includes('consent'),
  });
  if (!validated.ok) return { ok: false, reason: 'invalid', errors: validated.errors };
  return { ok: true, submission: validated.submission, form: parsed.form };
}
