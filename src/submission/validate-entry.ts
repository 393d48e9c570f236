import * as z from 'zod/mini';
import { checkGitHubHandle } from './contact-rules.js';
import { DEFAULT_FIELD_LABELS, SUBMISSION_FIELDS, type FieldError, type FieldId } from './form-fields.js';
import { checkText, TEXT_LIMITS } from './text-rules.js';
import { checkUrl } from './url-rules.js';

// zod/mini, not zod: the same checks without the chained-method classes, whose set-up cost about 1.5 ms of
// every `add` (the only schema an insertion builds is this one). zod compiles a fast path for each object
// schema with `new Function` on its first parse; a schema here is built per call and parsed once, so
// compiling costs more than it saves. (The setting is zod's, for every schema in the process: the
// action's event and settings schemas are parsed once a run too.)
z.config({ jitless: true });

/**
 * The one gate between typed text and an adopters file (parse, don't validate): `validateEntry` is the
 * only maker of a `ValidEntry`, and the engines' write functions take nothing else. The form path
 * (`validateSubmission`), the CLI's `add` and any future caller all pass through it, so every value in
 * a file has met the same rules with the same messages.
 */

/** The brand: a symbol only this module can name, so no other code can spell a `ValidEntry` by hand. */
declare const VALID_ENTRY: unique symbol;
/** The same for the new values of a listed entry. */
declare const VALID_CHANGES: unique symbol;

/** What an entry says, after the rules: each value as the file will show it. */
export interface EntryValues {
  /**
   * Organization name, NFC-normalized, displayed exactly as typed: plain text free of markup the
   * engine could not escape (see markup-rules.ts); space characters made U+0020, runs collapsed, trimmed.
   */
  readonly name: string;
  /**
   * https URL of the organization's website, as re-serialized by WHATWG URL — except that a bare host
   * keeps the form it was typed in (`https://acme.com`, without the final `/`). See url-rules.ts.
   * Absent only where the caller allowed it (the CLI, for files whose entries carry no links).
   */
  readonly url?: string;
  /** One paragraph on how the organization uses the project: plain text, its lines joined with spaces. */
  readonly description?: string;
  /** Section (heading text or Type-column value) the entry belongs in: the configured option's own spelling. */
  readonly section?: string;
  /** https URL of a logo image (same rules as `url`; no file extension required). */
  readonly logo?: string;
  /** GitHub handle of a contact, without the leading `@`. */
  readonly contact?: string;
}

/** Entry values that passed every rule. Frozen; made only by `validateEntry`. */
export type ValidEntry = EntryValues & { readonly [VALID_ENTRY]: true };

/** The raw answers an entry is made from, by field id (the form's ids; the CLI maps its flags to them). */
export type EntryFields = Partial<Record<Exclude<FieldId, 'consent'>, string>>;

export interface ValidateEntryOptions {
  /** What messages call each field: the form's labels (default) or the CLI's flags (`--url`). */
  labels?: Partial<Record<FieldId, string>>;
  /** Allowed sections (dropdown options, headings or Type values); matched ignoring case, returned as listed. */
  sectionOptions?: readonly string[];
  /** The adopters file has sections, so a submission must name one. Default false. */
  requireSection?: boolean;
  /** The website must be given. Default true: only a caller that knows the file needs no link turns it off. */
  requireWebsite?: boolean;
  /** Accept `.example`, `.test` and `.invalid` hosts (tests and made-up data; see `checkUrl`). */
  allowReservedTestDomains?: boolean;
}

export type ValidateEntryResult = { ok: true; entry: ValidEntry } | { ok: false; errors: FieldError[] };

/** Entries this module made: the type can be forged with a cast, this set cannot. */
const MADE = new WeakSet<object>();

/** True for an entry `validateEntry` made (a copy or a hand-made object with the same values is not one). */
export function isValidEntry(value: unknown): value is ValidEntry {
  return typeof value === 'object' && value !== null && MADE.has(value);
}

type Rule<T> = (value: string) => { ok: true; value: T } | { ok: false; problems: string[] };

/** A zod string field that runs one of our rules: problems become issues, the rule's value the output. */
function ruled<T>(rule: Rule<T>) {
  return z.pipe(
    z.string({ error: 'must be text.' }),
    z.transform((value: string, ctx) => {
      const result = rule(value);
      if (result.ok) return result.value;
      for (const message of result.problems) ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    }),
  );
}

function fromCheck<T>(check: { ok: true; value: T } | { ok: false; message: string }) {
  return check.ok ? check : { ok: false as const, problems: [check.message] };
}

/** Empty answers (the parser already turned `_No response_` into nothing) count as missing. */
function optional<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)),
    z.optional(schema),
  );
}

function buildSchema(options: ValidateEntryOptions) {
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
  });
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

function sectionKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').replace(/,\s*/g, ', ').toLowerCase();
}

/** Problems in the order of the form's fields (several per field when several rules are broken). */
export function sortFieldErrors(errors: readonly FieldError[]): FieldError[] {
  const order = (error: FieldError) => SUBMISSION_FIELDS.indexOf(error.field as FieldId);
  return [...errors].sort((a, b) => order(a) - order(b));
}

/**
 * Runs every rule on an entry's answers: text (NFC, forbidden code points, markup, mentions, references,
 * length), URLs, the contact handle and the section. Returns the entry as the file will show it, or
 * every problem in the caller's words (`labels`); never the value itself, which could be huge or hostile.
 * Validation failures are values; nothing here throws for any input.
 */
export function validateEntry(fields: EntryFields, options: ValidateEntryOptions = {}): ValidateEntryResult {
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
  if (isBlank(fields.name)) {
    add('name', "is required; enter the organization's name as it should appear in the list.");
  }
  if ((options.requireWebsite ?? true) && isBlank(fields.website)) {
    add('website', "is required; enter the organization's website, starting with https://.");
  }
  if (options.requireSection && isBlank(fields.section)) {
    const list = options.sectionOptions?.length ? ` (${options.sectionOptions.join(', ')})` : '';
    add('section', `is required for this project; choose one${list}.`);
  }
  const data = parsed.success ? parsed.data : undefined;
  if (errors.length > 0 || data?.name === undefined) return { ok: false, errors: sortFieldErrors(errors) };

  const values: { -readonly [K in keyof EntryValues]: EntryValues[K] } = { name: data.name };
  if (data.website !== undefined) values.url = data.website;
  if (data.description !== undefined) values.description = data.description;
  if (data.section !== undefined) values.section = data.section;
  if (data.logo !== undefined) values.logo = data.logo;
  if (data.contact !== undefined) values.contact = data.contact;
  // The only place a ValidEntry is made: frozen, so what passed the rules is what gets written.
  const entry = Object.freeze(values) as ValidEntry;
  MADE.add(entry);
  return { ok: true, entry };
}

/**
 * New values for a listed entry (a change request, or `update` on the command line). Absent: unchanged.
 */
export interface EntryChanges {
  readonly name?: string;
  readonly url?: string;
  readonly description?: string;
  readonly logo?: string;
}

/** Entry changes that passed every rule. Frozen; made only by `validateEntryChanges`. */
export type ValidEntryChanges = EntryChanges & { readonly [VALID_CHANGES]: true };

/** The fields an update may change, by form id (`website` holds the URL). */
export const CHANGE_VALUE_FIELDS = ['name', 'website', 'description', 'logo'] as const;
export type ChangeValueField = (typeof CHANGE_VALUE_FIELDS)[number];

export type ValidateEntryChangesResult = { ok: true; changes: ValidEntryChanges } | { ok: false; errors: FieldError[] };

/** True for changes `validateEntryChanges` made. */
export function isValidEntryChanges(value: unknown): value is ValidEntryChanges {
  return typeof value === 'object' && value !== null && MADE.has(value);
}

/**
 * New values for a listed entry, through the same rules as a new entry's (the one gate; no second copy
 * of any rule). Blank values are "unchanged". `labels` name the fields in messages (the change form's
 * labels, or the CLI's flags).
 */
export function validateEntryChanges(
  values: Partial<Record<ChangeValueField, string>>,
  options: Pick<ValidateEntryOptions, 'allowReservedTestDomains'> & {
    labels?: Partial<Record<ChangeValueField, string>>;
  } = {},
): ValidateEntryChangesResult {
  const labels = { ...DEFAULT_FIELD_LABELS, ...options.labels };
  const parsed = z
    .pick(buildSchema(options), { name: true, website: true, description: true, logo: true })
    .safeParse(values);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => {
      const field = issue.path[0] as ChangeValueField;
      return CHANGE_VALUE_FIELDS.includes(field) ? [{ field, label: labels[field], message: issue.message }] : [];
    });
    return { ok: false, errors: sortFieldErrors(errors) };
  }
  const { name, website, description, logo } = parsed.data;
  const changes: { -readonly [K in keyof EntryChanges]: EntryChanges[K] } = {};
  if (name !== undefined) changes.name = name;
  if (website !== undefined) changes.url = website;
  if (description !== undefined) changes.description = description;
  if (logo !== undefined) changes.logo = logo;
  const made = Object.freeze(changes) as ValidEntryChanges;
  MADE.add(made);
  return { ok: true, changes: made };
}
