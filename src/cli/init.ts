import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeActionRef, parseActionRef } from '../init/action-ref.js';
import { findAdoptersFile, isDataPath } from '../init/find-adopters-file.js';
import { nextSteps, planInit } from '../init/plan-init.js';
import { readRepositoryFolder } from '../local/repository-folder.js';
import { type Command, EXIT, UsageError, parseCommandArgs } from './io.js';

export const INIT_HELP = `Usage: adopters init [DIR] [--file <PATH>] [--action-ref <REF>] [--force] [--dry-run]

Sets adopters-bot up in a repository (DIR, default: the current folder). Finds the adopters file
(ADOPTERS.md, USERS.md, adopters*/users* in any case, at the root or under docs/; else a YAML/JSON data
file under data/, website/data/, src/data/ or site/data/; the data file when the Markdown list is
generated from it), reads its sections or its Type column, and writes:
  .github/ISSUE_TEMPLATE/adopter.yml   the issue form; its Adopter type options are the file's sections
  .github/workflows/adopters*.yml      intake and approval, link check, PR check, doctor
  .github/adopters.yml                 settings: the file's path, the section mapping
and ADOPTERS.md itself when the repository has no adopters file. Existing files are kept.

Options:
  --file <PATH>        the adopters file, relative to DIR (when it has another name, e.g. INTHEWILD.md)
  --action-ref <REF>   the adopters-bot the workflows run (uses: adopters-bot/adopters-bot@REF): a tag,
                       or a full 40-character commit SHA to pin a release you reviewed (default: v0)
  --force              overwrite existing files
  --dry-run            print what would be written, write nothing`;

export const initCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      'action-ref': { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const actionRef = values['action-ref'] === undefined ? undefined : parseActionRef(values['action-ref']);
  if (actionRef && !actionRef.ok) throw new UsageError(`--action-ref: ${actionRef.message}`);
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const folder = await readRepositoryFolder(root);
  const found =
    values.file === undefined ? findAdoptersFile(folder.topFiles) : { path: values.file, others: [], groups: [] };
  if (values.file !== undefined && !existsSync(join(root, values.file))) {
    throw new UsageError(`--file: ${values.file} is not in ${root}`);
  }
  const adopters = found.path ? { path: found.path, text: await readFile(join(root, found.path), 'utf8') } : undefined;
  const dataFiles = await Promise.all(
    found.others.filter(isDataPath).map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })),
  );
  const groupFiles = await Promise.all(
    found.groups.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })),
  );
  const defaultBranch = folder.defaultBranch ?? 'main';
  const plan = await planInit({
    adopters,
    others: found.others,
    dataFiles,
    groupFiles,
    defaultBranch,
    actionRef: actionRef?.value,
  });

  const say = (line = '') => io.stdout(`${line}\n`);
  say(
    adopters
      ? `Adopters file: ${plan.adoptersFile}`
      : `No adopters file found (ADOPTERS.md, USERS.md…): starting ${plan.adoptersFile}`,
  );
  if (plan.sections.kind === 'none') say('  no sections: the form asks no Adopter type');
  else {
    const what = plan.sections.kind === 'types' ? `values of its ${plan.sections.column} column` : 'sections';
    say(`  ${what}: ${plan.options.join(', ')} (the form's Adopter type options)`);
  }
  say(
    `  default branch: ${defaultBranch}${folder.defaultBranch ? '' : " (assumed: edit the push filter's branches if not)"}`,
  );
  for (const note of plan.notes) say(`  note: ${note}`);
  say();

  let skipped = 0;
  for (const file of plan.files) {
    const target = join(root, file.path);
    if (existsSync(target) && !values.force) {
      skipped++;
      say(`skipped ${file.path}: it exists (--force overwrites it)`);
      continue;
    }
    if (values['dry-run']) {
      say(`[dry-run] would write ${file.path} (${file.purpose})`);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.text);
    say(`wrote ${file.path} (${file.purpose})`);
  }
  if (skipped) say(`\n${skipped} file(s) kept as they were; rerun with --force to replace them.`);

  const repoUrl = folder.remote && `${folder.remote.serverUrl}/${folder.remote.owner}/${folder.remote.repo}`;
  say('\nNext:');
  nextSteps(plan, repoUrl).forEach((step, i) => say(`  ${i + 1}. ${step}`));
  say('\nPinning:');
  for (const line of describeActionRef(plan.actionRef)) say(`  ${line}`);
  return EXIT.ok;
};
