import { parse as parseYaml } from 'yaml';
import { insertIntoFile } from '../adopters-file/insert.js';
import { fileOptionsFrom } from '../adopters-file/options.js';
import type { FileSections } from '../adopters/list-sections.js';
import type { Settings } from '../config/settings.js';
import {
  type FieldId,
  IssueFormConfigError,
  parseIssueForm,
  readIssueFormTemplate,
  SUBMISSION_FIELDS,
} from '../submission/index.js';
import type { DoctorLinks, Finding } from './finding.js';
import { probeEntry } from './probe-entry.js';

export interface RepoFile {
  path: string;
  text: string;
}

const SUBJECT = 'Issue form';

/** The form's `labels:`, as a list or a comma-separated string (GitHub accepts both). */
function formLabels(text: string): string[] {
  const labels = (parseYaml(text) as { labels?: unknown } | null)?.labels;
  if (Array.isArray(labels)) return labels.map(String);
  return typeof labels === 'string' ? labels.split(',').map((l) => l.trim()) : [];
}

function labelFindings(form: RepoFile, s: Settings, link: string | undefined): Finding[] {
  const labels = formLabels(form.text);
  const findings: Finding[] = [];
  for (const key of ['label-approved', 'label-override', 'label-rejected'] as const) {
    if (labels.includes(s[key])) {
      findings.push({
        subject: SUBJECT,
        severity: 'error',
        message: `the form applies the label "${s[key]}", so whoever files it would decide; the bot refuses to run with such a form`,
        fix: `remove "${s[key]}" from the form's labels:`,
        link,
      });
    }
  }
  if (!labels.includes(s['label-adopter'])) {
    findings.push({
      subject: SUBJECT,
      severity: 'warning',
      message: `the form does not apply the routing label "${s['label-adopter']}": submissions are then recognized by their headings only, and are hard to find`,
      fix: `add labels: ['${s['label-adopter']}'] to the form (or set label-adopter to the label it applies)`,
      link,
    });
  }
  return findings;
}

/** Our field each of the form's fields is read as (the field map is the whole mapping when given). */
function mappedFields(form: ReturnType<typeof readIssueFormTemplate>, fieldMap: Record<string, string>): FieldId[] {
  if (!form.ok) return [];
  const given = Object.keys(fieldMap).length > 0;
  return form.template.fields
    .map((f) => (given ? fieldMap[f.key] : f.key))
    .filter((id): id is FieldId => SUBMISSION_FIELDS.includes(id as FieldId));
}

async function sectionFindings(
  form: ReturnType<typeof readIssueFormTemplate>,
  s: Settings,
  sections: FileSections,
  adopters: RepoFile,
  link: string | undefined,
): Promise<Finding[]> {
  if (!form.ok) return [];
  const mapped = Object.keys(s['field-map']).length ? s['field-map'] : undefined;
  const field = form.template.fields.find((f) => (mapped ? mapped[f.key] : f.key) === 'section');
  const where = adopters.path;
  if (!field) {
    return sections.kind === 'none'
      ? []
      : [
          {
            subject: SUBJECT,
            severity: 'warning',
            message: `${where} is grouped (${sections.options.join(', ')}), but the form has no Adopter type field: every new entry goes into the largest group`,
            fix: 'add a dropdown with id "section" listing the groups (npx adopters-bot init --force writes one)',
            link,
          },
        ];
  }
  if (sections.kind === 'none') {
    return [
      {
        subject: SUBJECT,
        severity: 'info',
        message: `the form asks for "${field.label}", but ${where} has no sections: the answer is not used`,
        fix: `remove the "${field.label}" field from the form`,
        link,
      },
    ];
  }
  const findings: Finding[] = [];
  const map = s['section-map'];
  for (const option of field.options) {
    const key = Object.keys(map).find((k) => k.toLowerCase() === option.toLowerCase());
    const target = key ? map[key]! : option;
    // An option routed to a file of its own (section-files) needs no section in this file.
    if (Object.keys(s['section-files']).some((k) => k.toLowerCase() === option.toLowerCase())) continue;
    const probe = await insertIntoFile(adopters.path, adopters.text, probeEntry(), fileOptionsFrom(s, target));
    if (!probe.ok && probe.code === 'no-section') {
      findings.push({
        subject: SUBJECT,
        severity: 'error',
        message: `the form's option "${option}" matches no section of ${where} (it has: ${sections.options.join(', ')}); submissions choosing it are refused`,
        fix: `rename the option, or map it in section-map: "${option}: <heading or Type value>"`,
        link,
      });
    }
  }
  return findings;
}

/**
 * The issue form: there is one, GitHub can use it, the bot can read our fields from it (through
 * field-map), it does not apply a maintainer's label, and its Adopter type options exist in the file.
 */
export async function checkForm(
  form: RepoFile | undefined,
  s: Settings,
  links: DoctorLinks,
  adopters?: { file: RepoFile; sections: FileSections },
): Promise<Finding[]> {
  const path = s['issue-form'];
  if (!form) {
    return [
      {
        subject: SUBJECT,
        severity: 'error',
        message: `${path} is missing: nobody can file the adopter form`,
        fix: 'run `npx adopters-bot init` (or copy the form from adopters-bot), or set issue-form to where your form is',
      },
    ];
  }
  const link = links.file(form.path);
  const read = readIssueFormTemplate(form.text);
  if (!read.ok) return [{ subject: SUBJECT, severity: 'error', message: `${form.path}: ${read.message}`, link }];
  try {
    parseIssueForm('', read.template, { fieldMap: mapped(s) });
  } catch (error) {
    if (!(error instanceof IssueFormConfigError)) throw error;
    return [
      { subject: SUBJECT, severity: 'error', message: error.message, fix: 'correct field-map in the config file' },
    ];
  }
  const findings = labelFindings(form, s, link);
  const fields = mappedFields(read, s['field-map']);
  for (const id of ['name', 'website'] as const) {
    if (fields.includes(id)) continue;
    findings.push({
      subject: SUBJECT,
      severity: 'error',
      message: `no field of the form is read as "${id}", so every submission is refused`,
      fix: `give the field the id "${id}", or map your field's id to ${id} in field-map`,
      link,
    });
  }
  if (!fields.includes('consent')) {
    findings.push({
      subject: SUBJECT,
      severity: 'warning',
      message: 'the form has no consent checkbox: nobody confirms they may list the organization',
      fix: 'add a required checkbox with id "consent" (see the form adopters-bot ships)',
      link,
    });
  }
  if (adopters) findings.push(...(await sectionFindings(read, s, adopters.sections, adopters.file, link)));
  if (!findings.some((f) => f.severity !== 'ok' && f.severity !== 'info')) {
    findings.push({
      subject: SUBJECT,
      severity: 'ok',
      message: `${form.path} is readable and matches the settings`,
      link,
    });
  }
  return findings;
}

const mapped = (s: Settings) =>
  Object.keys(s['field-map']).length ? (s['field-map'] as Record<string, FieldId>) : undefined;
