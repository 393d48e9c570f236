import type { FileSections } from '../adopters/list-sections.js';
import { listFileSections } from '../adopters-file/sections.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { DEFAULT_CHANGE_FORM_PATH, DEFAULT_ISSUE_FORM_PATH } from '../submission/index.js';
import { groupNameOf } from '../data-files/group-files.js';
import { findDataSource } from './data-source.js';
import { isDataPath } from './find-adopters-file.js';
import { type ActionRef, DEFAULT_ACTION_REF } from './action-ref.js';
import { renderConfig } from './render-config.js';
import { renderAdopterForm, renderChangeForm } from './render-form.js';
import { renderWorkflows } from './workflow-templates.js';

export interface PlannedFile {
  path: string;
  text: string;
  purpose: string;
}

export interface InitPlan {
  adoptersFile: string;
  /** True when the repository has no adopters file and init starts one. */
  startsAdoptersFile: boolean;
  sections: FileSections;
  /** The Adopter type options the form offers. */
  options: string[];
  files: PlannedFile[];
  notes: string[];
  /** The ref of adopters-bot the workflows use. */
  actionRef: ActionRef;
}

const STARTER = `# Adopters

Organizations that use this project. To add yours, open an issue with the adopter form: a bot checks
it and opens the pull request.
`;

/**
 * What `adopters init` writes for a repository, given its adopters file (if it has one): the issue form
 * with the file's sections as Adopter type options, the change form, the workflows, and
 * `.github/adopters.yml`. Pure.
 */
export async function planInit(input: {
  adopters?: { path: string; text: string };
  /** Candidates that were not chosen (data files, a second list). */
  others?: string[];
  /** The data files among them, read: a Markdown list generated from one of them is edited there. */
  dataFiles?: { path: string; text: string }[];
  /** A folder of one data file per group (`data/adopters/*.yaml`), read. */
  groupFiles?: { path: string; text: string }[];
  defaultBranch: string;
  /** A ref checked by `parseActionRef`; the moving major tag by default. */
  actionRef?: ActionRef;
}): Promise<InitPlan> {
  const actionRef = input.actionRef ?? { kind: 'tag', ref: DEFAULT_ACTION_REF };
  const groups = input.groupFiles ?? [];
  if (groups.length > 1 && (!input.adopters || groups.some((g) => g.path === input.adopters!.path)))
    return planGroupFolder(groups, input.defaultBranch, actionRef);
  const notes: string[] = [];
  let chosen = input.adopters;
  let others = input.others ?? [];
  const source = chosen && !isDataPath(chosen.path) ? findDataSource(chosen, input.dataFiles ?? []) : undefined;
  if (chosen && source) {
    notes.push(
      `${chosen.path} ${source.why === 'generated' ? 'is generated from' : 'lists the same adopters as'} ${source.path}: the bot edits ${source.path} (the source), never ${chosen.path}`,
    );
    others = [chosen.path, ...others.filter((o) => o !== source.path)];
    chosen = input.dataFiles!.find((f) => f.path === source.path);
  }
  const adoptersFile = chosen?.path ?? DEFAULT_SETTINGS['adopters-file'];
  const text = chosen?.text ?? STARTER;
  const sections = await listFileSections(adoptersFile, text);
  const form = renderAdopterForm(sections, adoptersFile);
  const options = sections.kind === 'none' ? [] : sections.options.filter((o) => !form.skipped.includes(o));
  const files: PlannedFile[] = [];
  if (!chosen) files.push({ path: adoptersFile, text: STARTER, purpose: 'the adopters list (empty)' });
  files.push({ path: DEFAULT_ISSUE_FORM_PATH, text: form.text, purpose: 'the adopter issue form' });
  files.push({
    path: DEFAULT_CHANGE_FORM_PATH,
    text: renderChangeForm(adoptersFile),
    purpose: 'the change form: update or remove a listed entry',
  });
  files.push(...renderWorkflows(adoptersFile, input.defaultBranch, actionRef.ref));
  files.push({
    path: '.github/adopters.yml',
    text: renderConfig(adoptersFile, sections, options),
    purpose: 'settings',
  });
  for (const other of others) {
    if (source && other === input.adopters?.path) continue;
    notes.push(`${other} was also found; pass --file ${other} to use it instead`);
  }
  for (const skipped of form.skipped) {
    notes.push(`the section "${skipped}" cannot be a dropdown option (GitHub reserves "None"); rename it in the file`);
  }
  return { adoptersFile, startsAdoptersFile: !chosen, sections, options, files, notes, actionRef };
}

/** What a maintainer does after init, with links when the repository is known. */
export function nextSteps(plan: InitPlan, repoUrl: string | undefined): string[] {
  const at = (path: string) => (repoUrl ? ` (${repoUrl}/${path})` : '');
  const paths = [plan.startsAdoptersFile ? plan.adoptersFile : undefined, '.github'].filter(Boolean).join(' ');
  return [
    `Review the files, then commit and push them: git add ${paths} && git commit -m "Add adopters-bot"`,
    `Let the bot open pull requests: in Settings → Actions → General → Workflow permissions, tick “Allow GitHub Actions to create and approve pull requests”${at('settings/actions')}; or store a GitHub App token as the secret ADOPTERS_BOT_TOKEN (recommended: the bot's pull requests then run your CI)${at('settings/secrets/actions')}.`,
    `Create the labels: run the “adopters doctor” workflow (Actions → adopters doctor → Run workflow)${at('actions/workflows/adopters-doctor.yml')}. The form applies its \`adopter\` label only once it exists; the doctor also checks the setup and says what to change.`,
    'Check the files locally any time: npx adopters-bot doctor',
  ];
}

/**
 * A folder of one data file per group: the form's Adopter type options are the groups (each file's
 * title, or its name), `section-files` sends each to its file, and the workflows watch the folder.
 */
function planGroupFolder(
  groups: { path: string; text: string }[],
  defaultBranch: string,
  actionRef: ActionRef,
): InitPlan {
  const names = groups.map((g) => groupNameOf(g));
  const sections: FileSections = { kind: 'headings', options: names };
  const adoptersFile = groups[0]!.path;
  const folder = adoptersFile.slice(0, adoptersFile.lastIndexOf('/') + 1);
  const form = renderAdopterForm(sections, folder);
  const options = names.filter((o) => !form.skipped.includes(o));
  const sectionFiles = Object.fromEntries(
    groups.filter((_, i) => options.includes(names[i]!)).map((g, i) => [names[i]!, g.path]),
  );
  return {
    adoptersFile,
    startsAdoptersFile: false,
    sections,
    options,
    files: [
      { path: DEFAULT_ISSUE_FORM_PATH, text: form.text, purpose: 'the adopter issue form' },
      ...renderWorkflows(`${folder}**`, defaultBranch, actionRef.ref),
      {
        path: '.github/adopters.yml',
        text: renderConfig(adoptersFile, sections, options, sectionFiles),
        purpose: 'settings',
      },
    ],
    actionRef,
    notes: [
      `${folder} holds one file per group (${names.join(', ')}): section-files sends each Adopter type to its file`,
    ],
  };
}
