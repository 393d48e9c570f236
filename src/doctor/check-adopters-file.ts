import { insertAdopter } from '../adopters/insert-adopter.js';
import { lintAdopters } from '../adopters/lint.js';
import type { Settings } from '../config/settings.js';
import type { RepoFile } from './check-form.js';
import type { DoctorLinks, Finding } from './finding.js';
import { probeEntry } from './probe-entry.js';

const SUBJECT = 'Adopters file';

/**
 * The adopters file: it exists, the bot can insert into it (not a file that says its list moved or is
 * generated), and its lint state (slips a reviewer would point out; the PR check ignores them).
 */
export function checkAdoptersFile(file: RepoFile | undefined, s: Settings, links: DoctorLinks): Finding[] {
  const path = s['adopters-file'];
  if (!file) {
    return [
      {
        subject: SUBJECT,
        severity: 'error',
        message: `${path} is missing: the bot has nowhere to add entries`,
        fix: 'create it (a title line is enough), or set adopters-file in .github/adopters.yml to your file',
      },
    ];
  }
  const probe = insertAdopter(file.text, probeEntry());
  if (!probe.ok && probe.code !== 'duplicate') {
    return [
      {
        subject: SUBJECT,
        severity: 'error',
        message: `the bot cannot add entries to ${path}: ${probe.reason}`,
        fix: 'point adopters-file at the file that holds the list',
        link: links.file(path, probe.line),
      },
    ];
  }
  const problems = lintAdopters(file.text);
  if (!problems.length) {
    return [{ subject: SUBJECT, severity: 'ok', message: `${path} is in good shape`, link: links.file(path) }];
  }
  const first = problems
    .slice(0, 3)
    .map((p) => `line ${p.line}: ${p.message}`)
    .join('; ');
  return [
    {
      subject: SUBJECT,
      severity: 'warning',
      message: `${path} has ${problems.length} problem${problems.length === 1 ? '' : 's'} a reviewer would point out (${first}${problems.length > 3 ? '; …' : ''})`,
      fix: `run \`npx adopters-bot lint ${path}\` and fix them (the PR check fails only on problems a PR adds)`,
      link: links.file(path, problems[0]!.line),
    },
  ];
}
