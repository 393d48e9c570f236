/** The fields of an adopter submission, by the ids of the default issue form (DESIGN.md, "The issue form"). */
export const SUBMISSION_FIELDS = ['name', 'website', 'description', 'section', 'logo', 'contact', 'consent'] as const;

export type FieldId = (typeof SUBMISSION_FIELDS)[number];

/** The labels of the default form: what GitHub prints as `### <label>` and what messages call each field. */
export const DEFAULT_FIELD_LABELS: Readonly<Record<FieldId, string>> = {
  name: 'Organization name',
  website: 'Website',
  description: 'How do you use the project?',
  section: 'Adopter type',
  logo: 'Logo URL',
  contact: 'GitHub handle of a contact',
  consent: 'Consent',
};

/**
 * The answers read from an issue body, before validation. A field is absent when the form has no such
 * field or the answer was empty (`_No response_`). `consent` is absent only when the form has no
 * consent field; otherwise it says whether every required box was ticked.
 */
export interface IssueFormFields {
  name?: string;
  website?: string;
  description?: string;
  section?: string;
  logo?: string;
  contact?: string;
  consent?: boolean;
}

/**
 * One problem, for the person who filed the issue. `field` is the field id (`form` for the body as a
 * whole), `label` the form's label for it, and `message` reads after "<label>: " — it says what is
 * wrong and how to fix it, and never quotes the submitted value (which could be huge, or hostile in a
 * log or a comment): only code points (`U+202E`), lengths and limits.
 */
export interface FieldError {
  field: FieldId | ChangeFieldId | 'form';
  label: string;
  message: string;
}

/** The fields of a change request (the second form: update or remove a listed entry), by their default ids. */
export const CHANGE_FIELDS = [
  'entry',
  'request',
  'name',
  'website',
  'description',
  'logo',
  'reason',
  'consent',
] as const;

export type ChangeFieldId = (typeof CHANGE_FIELDS)[number];

/** The labels of the default change form. */
export const DEFAULT_CHANGE_LABELS: Readonly<Record<ChangeFieldId, string>> = {
  entry: 'Organization as listed',
  request: 'Request',
  name: 'New organization name',
  website: 'New website',
  description: 'New description',
  logo: 'New logo URL',
  reason: 'Reason',
  consent: 'Consent',
};

/** The label used for problems with the body as a whole (not one field). */
export const FORM_LABEL = 'Issue form';

/** "Website: …" — the one-line form used by the CLI and in comments. */
export function formatFieldError(error: FieldError): string {
  return `${error.label}: ${error.message}`;
}
