import { parseTemplate } from '@github/issue-parser';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';

/** One answerable field of an issue form (markdown elements are not answers and are left out). */
export interface FormField {
  /** The key `@github/issue-parser` files the answer under: the field's `id`, else its slugified label. */
  key: string;
  type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  /** What GitHub prints as `### <label>` above the answer. */
  label: string;
  required: boolean;
  /** Textareas only: the code-block language GitHub fences the answer with. */
  render?: string;
  multiple: boolean;
  /** Dropdown options, or checkbox labels. */
  options: string[];
  /** Checkbox labels that must be ticked. */
  requiredOptions: string[];
}

/** A checked issue form: its YAML text (what the parser reads) and its fields in form order. */
export interface IssueFormTemplate {
  source: string;
  fields: FormField[];
}

export type ReadTemplateResult = { ok: true; template: IssueFormTemplate } | { ok: false; message: string };

const text = z.string().min(1);
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const required = z.object({ required: z.boolean().optional() }).optional();
const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'an id may contain only letters, digits, "-" and "_"')
  .optional();

const element = z.discriminatedUnion('type', [
  z.object({ type: z.literal('markdown'), id, attributes: z.looseObject({ value: z.string() }) }),
  z.object({ type: z.literal('input'), id, attributes: z.looseObject({ label: text }), validations: required }),
  z.object({
    type: z.literal('textarea'),
    id,
    attributes: z.looseObject({ label: text, render: z.string().optional() }),
    validations: required,
  }),
  z.object({
    type: z.literal('dropdown'),
    id,
    attributes: z.looseObject({ label: text, multiple: z.boolean().optional(), options: z.array(scalar).min(1) }),
    validations: required,
  }),
  z.object({
    type: z.literal('checkboxes'),
    id,
    attributes: z.looseObject({
      label: text,
      options: z.array(z.looseObject({ label: scalar, required: z.boolean().optional() })).min(1),
    }),
    validations: required,
  }),
]);

const form = z.looseObject({
  name: text,
  description: text,
  body: z.array(element).min(1),
});

/**
 * Reads an issue form (`.github/ISSUE_TEMPLATE/*.yml`) and checks what GitHub checks and what parsing
 * relies on: known element types, a label on every answerable field, unique ids and unique labels (an
 * answer is found by its `### <label>` heading, so two fields with one label could not be told apart).
 * A bad template is the project's mistake, not the submitter's: callers report it as a configuration error.
 */
export function readIssueFormTemplate(source: string): ReadTemplateResult {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    return { ok: false, message: `the issue form is not valid YAML: ${firstLine(error)}` };
  }
  const parsed = form.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, message: `the issue form is not a valid GitHub issue form${where}: ${issue?.message ?? ''}` };
  }

  const fields: FormField[] = [];
  for (const item of parsed.data.body) {
    if (item.type === 'markdown') continue;
    const field: FormField = {
      key: item.id ?? slugifyLabel(item.attributes.label),
      type: item.type,
      label: item.attributes.label,
      required: item.validations?.required ?? false,
      multiple: false,
      options: [],
      requiredOptions: [],
    };
    if (item.type === 'textarea' && item.attributes.render) field.render = item.attributes.render;
    if (item.type === 'dropdown') {
      field.multiple = item.attributes.multiple ?? false;
      field.options = item.attributes.options;
    }
    if (item.type === 'checkboxes') {
      field.options = item.attributes.options.map((o) => o.label);
      field.requiredOptions = item.attributes.options.filter((o) => o.required).map((o) => o.label);
    }
    fields.push(field);
  }

  const duplicate = findDuplicate(fields.map((f) => f.key)) ?? findDuplicate(fields.map((f) => f.label));
  if (duplicate !== undefined) {
    return { ok: false, message: `the issue form has two fields with the id or label "${duplicate}"` };
  }
  // The parser files answers under its own keys; a drift from ours would silently lose answers.
  const parserFields = parseTemplate(source);
  const drift = fields.find((f) => parserFields[f.key]?.label !== f.label);
  if (drift !== undefined) {
    return { ok: false, message: `the issue form's field "${drift.label}" cannot be read by the issue parser` };
  }
  return { ok: true, template: { source, fields } };
}

/** `@github/issue-parser`'s key for a field without an id (its `formatKey`, which it does not export). */
function slugifyLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/_+/g, '_');
}

function findDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
