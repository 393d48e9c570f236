import { parseIssue, type Checkboxes } from '@github/issue-parser';
import {
  CHANGE_FIELDS,
  DEFAULT_CHANGE_LABELS,
  DEFAULT_FIELD_LABELS,
  FORM_LABEL,
  SUBMISSION_FIELDS,
  type ChangeFieldId,
  type FieldError,
  type FieldId,
  type IssueFormFields,
} from './form-fields.js';
import { DEFAULT_CHANGE_FORM } from './default-change-form.js';
import { DEFAULT_ISSUE_FORM } from './default-form.js';
import {
  canonicalizeForParser,
  ISSUE_BODY_MAX_LENGTH,
  normalizeLineEndings,
  scanFormHeadings,
  type StrayHeading,
} from './form-headings.js';
import { readIssueFormTemplate, type FormField, type IssueFormTemplate } from './issue-form-template.js';

export interface ParseIssueFormOptions {
  /**
   * For a project's own form: its field keys (ids, or slugified labels for fields without one) mapped
   * to ours, e.g. `{ company: 'name', url: 'website' }`. When given it is the whole mapping: fields
   * not in it are ignored. Without it, fields whose id is one of ours are used.
   */
  fieldMap?: Readonly<Record<string, FieldId>>;
}

/** What the form says about our fields: their labels (for messages) and the section choices. */
export interface FormInfo {
  labels: Record<FieldId, string>;
  /** Our fields the form has. */
  fields: FieldId[];
  /** Options of the dropdown mapped to `section`, if it is one. */
  sectionOptions?: string[];
}

export type ParseIssueFormResult =
  | { kind: 'submission'; fields: IssueFormFields; form: FormInfo }
  | { kind: 'not-a-submission'; reason: string }
  | { kind: 'invalid'; errors: FieldError[]; form: FormInfo };

/** The fields a form is read for: the add form's or the change form's ids, with their default labels. */
export interface FormFieldSet<Id extends FieldId | ChangeFieldId> {
  ids: readonly Id[];
  labels: Readonly<Record<Id, string>>;
  /** What the form is called in messages, and what its fields are. */
  name: string;
  noun: string;
}

export const SUBMISSION_FIELD_SET: FormFieldSet<FieldId> = {
  ids: SUBMISSION_FIELDS,
  labels: DEFAULT_FIELD_LABELS,
  name: 'the adopter form',
  noun: 'submission field',
};
export const CHANGE_FIELD_SET: FormFieldSet<ChangeFieldId> = {
  ids: CHANGE_FIELDS,
  labels: DEFAULT_CHANGE_LABELS,
  name: 'the adopter change form',
  noun: 'change request field',
};

/** What a form says about the fields of a set: their labels, which it has, and the options of its dropdowns. */
export interface FormFieldsInfo<Id extends string> {
  labels: Record<Id, string>;
  fields: Id[];
  options: Partial<Record<Id, string[]>>;
}

export type ReadFormAnswersResult<Id extends string> =
  | { kind: 'answers'; answers: Partial<Record<Id, string | boolean>>; form: FormFieldsInfo<Id> }
  | { kind: 'not-a-submission'; reason: string }
  | { kind: 'invalid'; errors: FieldError[]; form: FormFieldsInfo<Id> };

/** Thrown for a template or field map that cannot work: the project's configuration, not the submitter. */
export class IssueFormConfigError extends Error {
  override name = 'IssueFormConfigError';
}

/** Reads a template given as YAML text (throws `IssueFormConfigError` when it is not a usable form). */
export function loadIssueFormTemplate(template: string | IssueFormTemplate): IssueFormTemplate {
  if (typeof template !== 'string') return template;
  const read = readIssueFormTemplate(template);
  if (!read.ok) throw new IssueFormConfigError(read.message);
  return read.template;
}

/**
 * Reads the answers of an issue made from an issue form. `template` is the form's YAML (or a template
 * already read). The body is checked before `@github/issue-parser` sees it (see `scanFormHeadings`):
 * a stray or repeated `### <label>` makes the result `invalid`, naming the answer it was found in. A
 * body with none of the form's headings is `not-a-submission`. Empty answers (`_No response_`) are
 * left out; a textarea GitHub fenced (`render:`) is unfenced; `consent` is whether every required box
 * of the consent checkboxes is ticked.
 */
export function parseIssueForm(
  body: string,
  template: string | IssueFormTemplate,
  options: ParseIssueFormOptions = {},
): ParseIssueFormResult {
  const read = readFormAnswers(body, template, SUBMISSION_FIELD_SET, options.fieldMap);
  if (read.kind === 'not-a-submission') return read;
  const info: FormInfo = { labels: read.form.labels, fields: read.form.fields };
  if (read.form.options.section) info.sectionOptions = read.form.options.section;
  if (read.kind === 'invalid') return { kind: 'invalid', errors: read.errors, form: info };
  return { kind: 'submission', fields: read.answers as IssueFormFields, form: info };
}

/**
 * The answers of an issue made from an issue form, for the fields of `set` (see `parseIssueForm`):
 * the scan for stray headings, `@github/issue-parser`, the field map, `_No response_` left out, a
 * fenced textarea unfenced, `consent` as whether every required box is ticked. Not validated.
 */
export function readFormAnswers<Id extends FieldId | ChangeFieldId>(
  body: string,
  template: string | IssueFormTemplate,
  set: FormFieldSet<Id>,
  fieldMap?: Readonly<Record<string, Id>>,
): ReadFormAnswersResult<Id> {
  const form = loadIssueFormTemplate(template);
  const mapping = mapFields(form, set, fieldMap);
  const info = describeForm(mapping, set);
  if (body.length > ISSUE_BODY_MAX_LENGTH) {
    const message = `the issue body is ${body.length} characters long, more than GitHub allows (${ISSUE_BODY_MAX_LENGTH}); file the form again.`;
    return { kind: 'invalid', errors: [{ field: 'form', label: FORM_LABEL, message }], form: info };
  }
  const text = normalizeLineEndings(body);
  const scan = scanFormHeadings(text, labelsOf(form));
  if (scan.headings.length === 0) {
    return { kind: 'not-a-submission', reason: `the issue body has none of the headings of ${set.name}` };
  }
  if (scan.strays.length > 0) {
    const errors = scan.strays.map((stray) => strayError(stray, mapping));
    return { kind: 'invalid', errors, form: info };
  }

  const parsed = parseIssue(canonicalizeForParser(text, scan.headings), form.source);
  const answers: Partial<Record<Id, string | boolean>> = {};
  for (const [field, ours] of mapping) {
    const value = answerOf(field, parsed[field.key], ours);
    if (value === undefined) continue;
    if (ours === 'consent') answers[ours] = value === true;
    else if (typeof value === 'string') answers[ours] = value;
  }
  const consent = mapping.find(([, ours]) => ours === 'consent')?.[1];
  if (consent !== undefined && answers[consent] === undefined) answers[consent] = false;
  return { kind: 'answers', answers, form: info };
}

/**
 * True when an issue is an adopter submission: it carries the routing label (set by the form; default
 * `adopter`), or its body has the headings of every required field of the form (of every field when
 * none is required). The form defaults to the bundled one.
 */
export function isAdopterSubmission(
  body: string | null | undefined,
  labels: readonly string[],
  options: { routingLabel?: string; template?: string | IssueFormTemplate } = {},
): boolean {
  return isFiledWith(body, labels, options.routingLabel ?? 'adopter', options.template ?? DEFAULT_ISSUE_FORM);
}

/** True when an issue is a change request: the change form's label (default `adopter-change`) or headings. */
export function isChangeRequest(
  body: string | null | undefined,
  labels: readonly string[],
  options: { routingLabel?: string; template?: string | IssueFormTemplate } = {},
): boolean {
  return isFiledWith(body, labels, options.routingLabel ?? 'adopter-change', options.template ?? DEFAULT_CHANGE_FORM);
}

function isFiledWith(
  body: string | null | undefined,
  labels: readonly string[],
  routingLabel: string,
  template: string | IssueFormTemplate,
): boolean {
  if (labels.includes(routingLabel)) return true;
  if (!body || body.length > ISSUE_BODY_MAX_LENGTH) return false;
  const form = loadIssueFormTemplate(template);
  const required = form.fields.filter((f) => f.required);
  const wanted = (required.length > 0 ? required : form.fields).map((f) => f.label);
  const found = new Set(scanFormHeadings(normalizeLineEndings(body), wanted).headings.map((h) => h.label));
  return wanted.every((label) => found.has(label));
}

type Mapping<Id extends string = FieldId | ChangeFieldId> = [FormField, Id][];

function labelsOf(form: IssueFormTemplate): string[] {
  return form.fields.map((field) => field.label);
}

function mapFields<Id extends FieldId | ChangeFieldId>(
  form: IssueFormTemplate,
  set: FormFieldSet<Id>,
  fieldMap: Readonly<Record<string, Id>> | undefined,
): Mapping<Id> {
  const mapping: Mapping<Id> = [];
  const ours = new Set<Id>();
  for (const field of form.fields) {
    const target = fieldMap ? fieldMap[field.key] : set.ids.find((id) => id === field.key);
    if (target === undefined) continue;
    if (!set.ids.includes(target)) {
      throw new IssueFormConfigError(
        `the field map sends "${field.key}" to "${String(target)}", which is not a ${set.noun}`,
      );
    }
    if (target === 'consent' && field.type !== 'checkboxes') {
      throw new IssueFormConfigError(`the consent field "${field.key}" must be checkboxes`);
    }
    if (ours.has(target)) throw new IssueFormConfigError(`the field map sends two fields to "${target}"`);
    ours.add(target);
    mapping.push([field, target]);
  }
  const unknown = Object.keys(fieldMap ?? {}).find((key) => !form.fields.some((f) => f.key === key));
  if (unknown !== undefined) {
    throw new IssueFormConfigError(`the field map names "${unknown}", which the form does not have`);
  }
  return mapping;
}

function describeForm<Id extends FieldId | ChangeFieldId>(
  mapping: Mapping<Id>,
  set: FormFieldSet<Id>,
): FormFieldsInfo<Id> {
  const info: FormFieldsInfo<Id> = { labels: { ...set.labels }, fields: [], options: {} };
  for (const [field, ours] of mapping) {
    info.labels[ours] = field.label;
    info.fields.push(ours);
    if (field.type === 'dropdown') info.options[ours] = field.options;
  }
  return info;
}

function answerOf(
  field: FormField,
  value: ReturnType<typeof parseIssue>[string],
  ours: FieldId | ChangeFieldId,
): string | boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return field.render === undefined ? value : unfence(value);
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(', ');
  const ticked = ticks(field, value);
  if (ours !== 'consent') return ticked.length === 0 ? undefined : ticked.join(', ');
  const required = field.requiredOptions;
  return required.length > 0 ? required.every((option) => ticked.includes(option)) : ticked.length > 0;
}

/** The ticked boxes that are options of the form (an edited body could tick text of its own). */
function ticks(field: FormField, value: Checkboxes): string[] {
  return value.selected.map((label) => label.trim()).filter((label) => field.options.includes(label));
}

/** GitHub wraps a `render:` textarea's answer in a code fence. */
function unfence(value: string): string {
  const lines = value.split('\n');
  if (lines.length >= 2 && /^```[^`]*$/.test(lines[0] ?? '') && lines[lines.length - 1] === '```') {
    return lines.slice(1, -1).join('\n').trim();
  }
  return value;
}

function strayError(stray: StrayHeading, mapping: Mapping): FieldError {
  const owner = mapping.find(([field]) => field.label === stray.inside);
  const field: FieldError['field'] = owner?.[1] ?? 'form';
  const label = stray.inside ?? FORM_LABEL;
  const where = stray.inside === undefined ? 'the text before the first question contains' : 'the answer contains';
  if (stray.repeats !== undefined) {
    return {
      field,
      label,
      message: `${where} a line '### ${stray.repeats}', which would be read as the '${stray.repeats}' field and replace the real answer (the issue has '### ${stray.repeats}' on lines ${stray.firstLine ?? '?'} and ${stray.line}); remove the line you typed.`,
    };
  }
  const reads = stray.names === undefined ? 'the start of another field' : `the '${stray.names}' field`;
  return {
    field,
    label,
    message: `${where} '###' (line ${stray.line} of the issue), which the form parser would read as ${reads}; remove the '###'.`,
  };
}
