import { isAdoptersCandidate, isDataPath } from '../init/find-adopters-file.js';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { checkFiles, type RepoFile, readConfig } from '../doctor/check-files.js';
import { doctorLinks, doctorStatus, type Finding, renderDoctorText } from '../doctor/finding.js';
import { readRepositoryFolder } from '../local/repository-folder.js';
import { type Command, EXIT, UsageError, parseCommandArgs } from './io.js';
import { commandSafeJson } from '../text/workflow-commands.js';

export const DOCTOR_HELP = `Usage: adopters doctor [DIR] [--json]

Checks the adopters-bot setup in a repository's files (DIR, default: the current folder):
.github/adopters.yml, the issue form against the settings (field-map, section options, labels), the
adopters file (it exists, the bot can insert into it, lint), and the workflows (events, least
privilege, the link check's schedule). Each finding says what to change and where.

What only the API shows (the Actions setting for pull requests, the token, branch protection and
rulesets, merge methods, labels) is checked by the action's doctor: run the adopters doctor workflow.

Options:
  --json   print {"status": "healthy"|"problems", "findings": [{"subject", "severity", "message", "fix", "link"}]}

Exit status: 0 healthy, 1 problems found, 2 usage error.`;

const WORKFLOWS = '.github/workflows';

export const doctorCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const folder = await readRepositoryFolder(root);
  const read = async (path: string): Promise<RepoFile | undefined> => {
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : { path, text };
  };
  const links = doctorLinks(folder.remote, folder.defaultBranch ?? 'main');
  const config = readConfig(await read(DEFAULT_SETTINGS['config-file']), links);
  const s = config.settings;
  const names = (await readdir(join(root, WORKFLOWS)).catch(() => [] as string[]))
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort();
  const workflows = (await Promise.all(names.map((n) => read(`${WORKFLOWS}/${n}`)))).filter(
    (w): w is RepoFile => w !== undefined,
  );
  const findings: Finding[] = [
    ...config.findings,
    ...(await checkFiles(
      {
        form: await read(s['issue-form']),
        adopters: await read(s['adopters-file']),
        workflows,
        dataFiles: (
          await Promise.all(
            folder.topFiles
              .filter((p) => isAdoptersCandidate(p) && isDataPath(p) && p !== s['adopters-file'])
              .map(read),
          )
        ).filter((f) => f !== undefined),
      },
      s,
      links,
    )),
    {
      subject: 'Repository settings',
      severity: 'info',
      message: 'not checked here: the Actions setting for pull requests, the token, branch protection, labels',
      fix: 'run the “adopters doctor” workflow (mode: doctor) in the repository',
    },
  ];
  const status = doctorStatus(findings);
  if (values.json) io.stdout(`${commandSafeJson({ status, findings })}\n`);
  else io.stdout(renderDoctorText(findings));
  return status === 'healthy' ? EXIT.ok : EXIT.refused;
};
