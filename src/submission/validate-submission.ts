import type { FieldError, FieldId, IssueFormFields } from './form-fields.js';
import { DEFAULT_FIELD_LABELS } from './form-fields.js';
import { isSubmission, type Submission } from './submission.js';
import { sortFieldErrors, validateEntry, type ValidateEntryOptions } from './validate-entry.js';

export interface ValidateSubmissionOptions extends Omit<ValidateEntryOptions, 'requireWebsite'> {
  /** The consent box must be ticked. Default true; a project form without a consent field turns it off. */
  requireConsent?: boolean;
}

export type ValidateSubmissionResult = { ok: true; submission: Submission } | { ok: false; errors: FieldError[] };

/**
 * Turns the answers of an issue form into a `Submission`: the entry's rules (`validateEntry`, the same
 * ones the CLI's `add` applies) with the website required, and the consent box. Every problem is
 * explained in the form's own words. Validation failures are values; nothing here throws for any input.
 */
export function validateSubmission(
  fields: IssueFormFields,
  options: ValidateSubmissionOptions = {},
): ValidateSubmissionResult {
  const labels: Record<FieldId, string> = { ...DEFAULT_FIELD_LABELS, ...options.labels };
  const checked = validateEntry(fields, { ...options, labels, requireWebsite: true });
  const errors = checked.ok ? [] : [...checked.errors];
  const consent = (message: string) => errors.push({ field: 'consent', label: labels.consent, message });
  if (fields.consent !== undefined && typeof fields.consent !== 'boolean') consent('must be a ticked checkbox.');
  if ((options.requireConsent ?? true) && fields.consent !== true) {
    consent('must be ticked: only someone allowed to list the organization publicly may submit it.');
  }
  if (!checked.ok || errors.length > 0 || !isSubmission(checked.entry)) {
    return { ok: false, errors: sortFieldErrors(errors) };
  }
  return { ok: true, submission: checked.entry };
}
