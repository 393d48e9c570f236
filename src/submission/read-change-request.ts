import { findForbiddenCodePoints } from './code-points.js';
import { type ChangeFieldId, type FieldError, FORM_LABEL } from './form-fields.js';
import type { IssueFormTemplate } from './issue-form-template.js';
import { CHANGE_FIELD_SET, type FormFieldsInfo, readFormAnswers } from './parse-issue-form.js';
import {
  CHANGE_VALUE_FIELDS,
  type ChangeValueField,
  type ValidEntryChanges,
  validateEntryChanges,
} from './validate-entry.js';
import { checkText } from './text-rules.js';

/** What a change request asks, validated: an update with new values, or a removal. */
export type ChangeRequest =
  | { kind: 'update'; entry: string; changes: ValidEntryChanges; reason?: string }
  | { kind: 'remove'; entry: string; reason?: string };

export type ReadChangeRequestResult =
  | { ok: true; request: ChangeRequest; form: FormFieldsInfo<ChangeFieldId> }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'not-a-submission'; message: string };

/** A reason is shown to maintainers (made inert there), never written to the file: it needs only limits. */
const REASON_MAX_LENGTH = 1000;

/** The Request dropdown's choice: the default options, or a project's own wording of them. */
export function requestKind(answer: string): 'update' | 'remove' | undefined {
  if (/\b(?:remov|delet|take\b.*\boff\b|unlist)/i.test(answer)) return 'remove';
  if (/\b(?:updat|chang|edit|correct|renam)/i.test(answer)) return 'update';
  return undefined;
}

/**
 * Issue body → `ChangeRequest`: the change form's answers read as the add form's are, the entry's
 * name checked as text, the request one of the form's choices, consent ticked, and for an update at
 * least one new value, each through the add form's rules (`validateEntryChanges`).
 */
export function readChangeRequest(
  body: string,
  template: string | IssueFormTemplate,
  options: { fieldMap?: Readonly<Record<string, ChangeFieldId>> } = {},
): ReadChangeRequestResult {
  const read = readFormAnswers(body, template, CHANGE_FIELD_SET, options.fieldMap);
  if (read.kind === 'not-a-submission') return { ok: false, reason: 'not-a-submission', message: read.reason };
  if (read.kind === 'invalid') return { ok: false, reason: 'invalid', errors: read.errors };
  const { answers, form } = read;
  const errors: FieldError[] = [];
  const add = (field: ChangeFieldId | 'form', message: string) =>
    errors.push({ field, label: field === 'form' ? FORM_LABEL : form.labels[field], message });
  const text = (field: ChangeFieldId) => {
    const value = answers[field];
    return typeof value === 'string' && value.trim() ? value : undefined;
  };

  const entryText = text('entry');
  const entry = entryText === undefined ? undefined : checkText(entryText, 'name');
  if (!entry) add('entry', 'is required; enter the name of the organization exactly as the list shows it.');
  else if (!entry.ok) for (const problem of entry.problems) add('entry', problem);

  const choice = text('request');
  const kind = choice === undefined ? undefined : requestKind(choice);
  if (!kind) {
    const options = form.options.request?.length ? ` (${form.options.request.join(', ')})` : '';
    add('request', `is required; choose what to do with the entry${options}.`);
  }

  const reason = text('reason')?.trim();
  if (reason !== undefined) {
    if ([...reason].length > REASON_MAX_LENGTH)
      add('reason', `is ${[...reason].length} characters long; the limit is ${REASON_MAX_LENGTH}. Shorten it.`);
    for (const problem of findForbiddenCodePoints(reason, { allowLineFeed: true })) add('reason', problem);
  }
  if (form.fields.includes('consent') && answers.consent !== true) {
    add('consent', 'must be ticked: only someone allowed to speak for the organization may change its listing.');
  }

  let changes: ValidEntryChanges | undefined;
  if (kind === 'update') {
    const values: Partial<Record<ChangeValueField, string>> = {};
    for (const field of CHANGE_VALUE_FIELDS) values[field] = text(field);
    const labels: Partial<Record<ChangeValueField, string>> = {};
    for (const field of CHANGE_VALUE_FIELDS) labels[field] = form.labels[field];
    const checked = validateEntryChanges(values, { labels });
    if (!checked.ok) errors.push(...checked.errors);
    else if (!Object.keys(checked.changes).length) {
      const fields = CHANGE_VALUE_FIELDS.filter((f) => form.fields.includes(f)).map((f) => form.labels[f]);
      add('form', `an update needs at least one new value; fill in ${fields.join(', ') || 'the new values'}.`);
    } else changes = checked.changes;
  }
  if (errors.length || !entry?.ok || !kind || (kind === 'update' && !changes))
    return { ok: false, reason: 'invalid', errors };
  const request: ChangeRequest =
    kind === 'update' ? { kind, entry: entry.value, changes: changes! } : { kind, entry: entry.value };
  if (reason) request.reason = reason;
  return { ok: true, request, form };
}
