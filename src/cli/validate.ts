import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_ISSUE_FORM, DEFAULT_ISSUE_FORM_PATH } from '../submission/default-form.js';
import {
  FORM_LABEL,
  SUBMISSION_FIELDS,
  formatFieldError,
  type FieldError,
  type FieldId,
} from '../submission/form-fields.js';
import { readIssueFormTemplate, type IssueFormTemplate } from '../submission/issue-form-template.js';
import { IssueFormConfigError } from '../submission/parse-issue-form.js';
import { readSubmission } from '../submission/read-submission.js';
import type { Submission } from '../submission/submission.js';
import { EXIT, UsageError, type Command, parseCommandArgs } from './io.js';
import { commandSafeJson } from '../text/workflow-commands.js';

export const VALIDATE_HELP = `Usage: adopters validate <ISSUE_BODY_FILE> [options]

Checks an adopter issue body as the bot does: the answers of the issue form, then every rule.

Options:
  --template <FORM.yml>     the issue form (default: .github/ISSUE_TEMPLATE/adopter.yml, else the bundled one)
  --field-map <MAP>         a project's own form: its field ids mapped to ours, as company=name,url=website
                            (ours: name, website, description, section, logo, contact, consent)
  --json                    print {"ok": true, "submission": {…}} or {"ok": false, "errors": [{field, label, message}]}

Exit status: 0 valid, 1 invalid (one line per problem on stderr), 2 usage error.`;

/**
 * `validate`: checks an issue body the way the intake workflow does, against the project's form
 * (`--template`, else `.github/ISSUE_TEMPLATE/adopter.yml` under the working directory, else the form
 * bundled with the tool). `--field-map company=name,url=website` reads a project's own form. Exit 0
 * when valid, 1 when not (one line per problem on stderr, or the JSON object on stdout), 2 for usage.
 */
export const validateCommand: Command = async (args, io) => {
  const options = parseOptions(args);
  const body = await readText(resolve(io.cwd, options.file), options.file);
  const template = await loadTemplate(options.template, io.cwd);

  let result;
  try {
    result = readSubmission(body, template, { fieldMap: options.fieldMap });
  } catch (error) {
    if (error instanceof IssueFormConfigError) throw new UsageError(error.message);
    throw error;
  }

  if (result.ok) {
    io.stdout(options.json ? json({ ok: true, submission: result.submission }) : renderSubmission(result.submission));
    return EXIT.ok;
  }
  const errors: FieldError[] =
    result.reason === 'invalid'
      ? result.errors
      : [{ field: 'form', label: FORM_LABEL, message: `${result.message}; it is not an adopter submission.` }];
  if (options.json) {
    io.stdout(json({ ok: false, errors: errors.map(({ field, label, message }) => ({ field, label, message })) }));
  } else {
    io.stderr(errors.map((error) => `${formatFieldError(error)}\n`).join(''));
  }
  return EXIT.refused;
};

interface ValidateOptions {
  file: string;
  template: string | undefined;
  fieldMap: Record<string, FieldId> | undefined;
  json: boolean;
}

function parseOptions(args: string[]): ValidateOptions {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      template: { type: 'string' },
      'field-map': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) {
    throw new UsageError(`expected one ISSUE_BODY_FILE, got ${positionals.length}`);
  }
  const fieldMap = values['field-map'] === undefined ? undefined : parseFieldMap(values['field-map']);
  return { file, template: values.template, fieldMap, json: values.json };
}

/** `company=name,url=website` → `{ company: 'name', url: 'website' }`. */
export function parseFieldMap(text: string): Record<string, FieldId> {
  const map: Record<string, FieldId> = {};
  for (const pair of text.split(',')) {
    const [theirs, ours, extra] = pair.split('=').map((part) => part.trim());
    const target = SUBMISSION_FIELDS.find((id) => id === ours);
    if (!theirs || target === undefined || extra !== undefined) {
      throw new UsageError(`--field-map: expected <their id>=<${SUBMISSION_FIELDS.join('|')}> pairs, got "${pair}"`);
    }
    map[theirs] = target;
  }
  return map;
}

export async function loadTemplate(path: string | undefined, cwd: string): Promise<IssueFormTemplate> {
  let source: string;
  let shown: string;
  if (path !== undefined) {
    source = await readText(resolve(cwd, path), path);
    shown = path;
  } else {
    const local = await readFile(resolve(cwd, DEFAULT_ISSUE_FORM_PATH), 'utf8').catch(() => undefined);
    source = local ?? DEFAULT_ISSUE_FORM;
    shown = local === undefined ? 'the bundled adopter form' : DEFAULT_ISSUE_FORM_PATH;
  }
  const read = readIssueFormTemplate(source);
  if (!read.ok) throw new UsageError(`${shown}: ${read.message}`);
  return read.template;
}

export async function readText(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${shown}`);
  }
}

function json(value: unknown): string {
  return `${commandSafeJson(value, 2)}\n`;
}

/** Validated values only (no line breaks, controls or workflow commands can be in them). */
function renderSubmission(submission: Submission): string {
  const lines = ['The submission is valid.'];
  for (const [key, value] of Object.entries(submission)) lines.push(`  ${key}: ${String(value)}`);
  return `${lines.join('\n')}\n`;
}
