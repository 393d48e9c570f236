import type { FileSections } from '../adopters/list-sections.js';
import { DEFAULT_CHANGE_FORM, DEFAULT_ISSUE_FORM, readIssueFormTemplate } from '../submission/index.js';

/**
 * A YAML scalar as a maintainer would write it: plain when that reads back as the same string, else
 * double-quoted (JSON is valid YAML). Words YAML 1.1 parsers read as booleans or null are quoted too.
 */
export function yamlScalar(text: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ._()/&'+-]*$/u.test(text) && !/\s$/.test(text);
  const keyword = /^(?:y|yes|n|no|true|false|on|off|null|~|[-+]?[\d._]+)$/i.test(text);
  return plain && !keyword ? text : JSON.stringify(text);
}

/** The `section` dropdown of our form, from its first line to the next field. */
function sectionBlock(form: string): { start: number; end: number } {
  const start = form.indexOf('  - type: dropdown\n    id: section\n');
  const end = form.indexOf('\n  - type: ', start + 1) + 1;
  if (start < 0 || end <= 0) throw new Error('the default issue form has no section dropdown to adapt');
  return { start, end };
}

/** GitHub reserves the dropdown option "None" (it means "no answer"). */
const RESERVED = /^none$/i;

export interface RenderedForm {
  text: string;
  /** Options the file has that a form cannot offer. */
  skipped: string[];
}

/**
 * Our issue form, adapted to one adopters file: the Adopter type dropdown lists the file's sections or
 * Type-column values and is required, or is left out when the file has no groups; the form's
 * description names the file. Every other byte is the default form's.
 */
/** The description is a plain YAML scalar: only a path of ordinary characters goes into it. */
function fileNamed(adoptersFile: string): string {
  return /^[\w./-]+$/.test(adoptersFile) ? adoptersFile : 'the adopters file';
}

/** Our change form (update or remove a listed entry), naming the adopters file; every other byte is the default's. */
export function renderChangeForm(adoptersFile: string): string {
  return DEFAULT_CHANGE_FORM.replace('entry in ADOPTERS.md,', `entry in ${fileNamed(adoptersFile)},`);
}

export function renderAdopterForm(sections: FileSections, adoptersFile: string): RenderedForm {
  const named = fileNamed(adoptersFile);
  let form = DEFAULT_ISSUE_FORM.replace('Ask to be listed in ADOPTERS.md.', `Ask to be listed in ${named}.`);
  const { start, end } = sectionBlock(form);
  const options = sections.kind === 'none' ? [] : sections.options.filter((o) => !RESERVED.test(o));
  const skipped = sections.kind === 'none' ? [] : sections.options.filter((o) => RESERVED.test(o));
  if (!options.length) {
    form = form.slice(0, start) + form.slice(end);
  } else {
    const where =
      sections.kind === 'types'
        ? `The ${sections.column} your organization is listed under in ${adoptersFile}.`
        : `The section of ${adoptersFile} your organization goes in.`;
    const block = [
      '  - type: dropdown',
      '    id: section',
      '    attributes:',
      '      label: Adopter type',
      `      description: ${yamlScalar(where)}`,
      '      options:',
      ...options.map((o) => `        - ${yamlScalar(o)}`),
      '    validations:',
      '      required: true',
      '',
    ].join('\n');
    form = form.slice(0, start) + block + form.slice(end);
  }
  const read = readIssueFormTemplate(form);
  const field = read.ok ? read.template.fields.find((f) => f.key === 'section') : undefined;
  // The options must read back exactly as the file spells them, or submissions would be refused.
  if (!read.ok || JSON.stringify(field?.options ?? []) !== JSON.stringify(options)) {
    throw new Error(`the adapted issue form does not read back as intended${read.ok ? '' : `: ${read.message}`}`);
  }
  return { text: form, skipped };
}
