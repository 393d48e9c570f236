import { z } from 'zod';
import { checkGitHubHandle } from './contact-rules.js';
import {
  DEFAULT_FIELD_LABELS,
  SUBMISSION_FIELDS,
  type FieldError,
  type FieldId,
  type IssueFormFields,
} from './form-fields.js';
import type { EntryChanges, Submission } from './submission.js';
import { checkText, TEXT_LIMITS } from './text-rules.js';
import { checkUrl } from './url-rules.js';

export interface ValidateSubmissionOptions {
  /** The form's label for each field, for messages (default: the default form's labels). */
  labels?: Partial<Record<FieldId, string>>;
  /** Allowed sections (dropdown options, headings or Type values); matched ignoring case, returned as listed. */
  sectionOptions?: readonly string[];
  /** The adopters file has sections, so a submission must name one. Default false. */
  requireSection?: boolean;
  /** The consent box must be ticked. Default true; a project form without a consent field turns it off. */
  requireConsent?: boolean;
  /** Accept `.example`, `.test` and `.invalid` hosts (tests and made-up data; see `checkUrl`). */
  allowReservedTestDomains?: boolean;
}

export type ValidateSubmissionResult = { ok: true; submission: Submission } | { ok: false; errors: FieldError[] };

type Rule<T> = (value: string) => { ok: true; value: T } | { ok: false; problems: string[] };

/** A zod string field that runs one of our rules: problems become issues, the rule's value the output. */
function ruled<T>(rule: Rule<T>) {
  return z.string({ error: 'must be text.' }).transform((value, ctx) => {
    const result = rule(value);
    if (result.ok) return result.value;
    for (const message of result.problems) ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}

function fromCheck<T>(check: { ok: true; value: T } | { ok: false; message: string }) {
  return check.ok ? check : { ok: false as const, problems: [check.message] };
}

/** Empty answers (the parser already turned `_No response_` into nothing) count as missing. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );
}

function buildSchema(options: ValidateSubmissionOptions) {
  // The logo follows the website's rules and no more: logo URLs from CDNs and avatar services often
  // have no file extension, and what a URL serves is the link checker's business, not a string rule.
  const url = (value: string) => {
    const check = checkUrl(value, { allowReservedTestDomains: options.allowReservedTestDomains });
    return fromCheck(check.ok ? { ok: true, value: check.url } : check);
  };
  const section = (value: string) => {
    const allowed = options.sectionOptions;
    if (allowed === undefined || allowed.length === 0) return checkText(value, 'name', TEXT_LIMITS.name);
    const key = sectionKey(value);
    const match = allowed.find((option) => sectionKey(option) === key);
    if (match !== undefined) return { ok: true as const, value: match };
    const list = allowed.length <= 12 ? ` (${allowed.join(', ')})` : '';
    return { ok: false as const, problems: [`is not one of this project's choices${list}; choose one of them.`] };
  };
  return z.object({
    name: optional(ruled((value) => checkText(value, 'name'))),
    website: optional(ruled(url)),
    description: optional(ruled((value) => checkText(value, 'description'))),
    section: optional(ruled(section)),
    logo: optional(ruled(url)),
    contact: optional(
      ruled((value) => {
        const check = checkGitHubHandle(value);
        return fromCheck(check.ok ? { ok: true, value: check.handle } : check);
      }),
    ),
    consent: z.boolean({ error: 'must be a ticked checkbox.' }).optional(),
  });
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

function sectionKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').replace(/,\s*/g, ', ').toLowerCase();
}

/**
 * Turns the answers of an issue form into a `Submission`, or explains every problem (several per
 * field when several rules are broken) in the form's own words. Validation failures are values;
 * nothing here throws for any input.
 */
export function validateSubmission(
  fields: IssueFormFields,
  options: ValidateSubmissionOptions = {},
): ValidateSubmissionResult {
  const labels = { ...DEFAULT_FIELD_LABELS, ...options.labels };
  const errors: FieldError[] = [];
  const add = (field: FieldId, message: string) => errors.push({ field, label: labels[field], message });

  const parsed = buildSchema(options).safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && (SUBMISSION_FIELDS as readonly string[]).includes(field)) {
        add(field as FieldId, issue.message);
      }
    }
  }
  const data = parsed.success ? parsed.data : undefined;
  if (isBlank(fields.name)) {
    add('name', "is required; enter the organization's name as it should appear in the list.");
  }
  if (isBlank(fields.website)) {
    add('website', "is required; enter the organization's website, starting with https://.");
  }
  if (options.requireSection && isBlank(fields.section)) {
    const list = options.sectionOptions?.length ? ` (${options.sectionOptions.join(', ')})` : '';
    add('section', `is required for this project; choose one${list}.`);
  }
  if ((options.requireConsent ?? true) && fields.consent !== true) {
    add('consent', 'must be ticked: only someone allowed to list the organization publicly may submit it.');
  }

  if (errors.length > 0 || data?.name === undefined || data.website === undefined) {
    const order = (error: FieldError) => SUBMISSION_FIELDS.indexOf(error.field as FieldId);
    return { ok: false, errors: errors.sort((a, b) => order(a) - order(b)) };
  }
  const submission: Submission = { name: data.name, url: data.website };
  if (data.description !== undefined) submission.description = data.description;
  if (data.section !== undefined) submission.section = data.section;
  if (data.logo !== undefined) submission.logo = data.logo;
  if (data.contact !== undefined) submission.contact = data.contact;
  return { ok: true, submission };
}

/** The fields an update may change, by form id (`website` holds the URL). */
export const CHANGE_VALUE_FIELDS = ['name', 'website', 'description', 'logo'] as const;
export type ChangeValueField = (typeof CHANGE_VALUE_FIELDS)[number];

export type ValidateEntryChangesResult = { ok: true; changes: EntryChanges } | { ok: false; errors: FieldError[] };

/**
 * New values for a listed entry, through the same rules as the add form (one gate: no second copy of
 * any rule). Blank values are "unchanged". `labels` name the fields in messages (the change form's
 * labels, or the CLI's flags).
 */
export function validateEntryChanges(
  values: Partial<Record<ChangeValueField, string>>,
  options: { labels?: Partial<Record<ChangeValueField, string>>; allowReservedTestDomains?: boolean } = {},
): ValidateEntryChangesResult {
  const labels = { ...DEFAULT_FIELD_LABELS, ...options.labels };
  const schema = buildSchema(options).pick({ name: true, website: true, description: true, logo: true });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => {
      const field = issue.path[0] as ChangeValueField;
      return CHANGE_VALUE_FIELDS.includes(field) ? [{ field, label: labels[field], message: issue.message }] : [];
    });
    const order = (error: FieldError) => CHANGE_VALUE_FIELDS.indexOf(error.field as ChangeValueField);
    return { ok: false, errors: errors.sort((a, b) => order(a) - order(b)) };
  }
  const { name, website, description, logo } = parsed.data;
  const changes: EntryChanges = {};
  if (name !== undefined) changes.name = name;
  if (website !== undefined) changes.url = website;
  if (description !== undefined) changes.description = description;
  if (logo !== undefined) changes.logo = logo;
  return { ok: true, changes };
}
