import { insertIntoFile } from '../adopters-file/insert.js';
import { lintFile } from '../adopters-file/lint.js';
import { dataFormat, fileOptionsFrom } from '../adopters-file/options.js';
import { findDataSource } from '../init/data-source.js';
import type { Settings } from '../config/settings.js';
import type { RepoFile } from './check-form.js';
import type { DoctorLinks, Finding } from './finding.js';
import { probeEntry } from './probe-entry.js';

const SUBJECT = 'Adopters file';

/**
 * The adopters file: it exists, the bot can insert into it (not a file that says its list moved or is
 * generated), and its lint state (slips a reviewer would point out; the PR check ignores them).
 */
export async function checkAdoptersFile(
  file: RepoFile | undefined,
  s: Settings,
  links: DoctorLinks,
  dataFiles: readonly RepoFile[] = [],
): Promise<Finding[]> {
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
  // A Markdown list built from a data file: the PR must edit the data file.
  const source = dataFormat(path) ? undefined : findDataSource(file, dataFiles);
  if (source) {
    return [
      {
        subject: SUBJECT,
        severity: 'error',
        message: `${path} ${source.why === 'generated' ? 'is generated from' : 'lists the same adopters as'} ${source.path}: a pull request must edit ${source.path}, the source`,
        fix: `set adopters-file: ${source.path} in .github/adopters.yml`,
        link: links.file(source.path),
      },
    ];
  }
  const options = fileOptionsFrom(s);
  const probe = await insertIntoFile(path, file.text, probeEntry(), options);
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
  const problems = await lintFile(path, file.text, options);
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
