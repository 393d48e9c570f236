import { type FileSections, listSections } from '../adopters/list-sections.js';
import { DEFAULT_SETTINGS } from '../config/settings.js';
import { DEFAULT_CHANGE_FORM_PATH, DEFAULT_ISSUE_FORM_PATH } from '../submission/index.js';
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
export function planInit(input: {
  adopters?: { path: string; text: string };
  /** Candidates that were not chosen (data files, a second list). */
  others?: string[];
  defaultBranch: string;
  /** A ref checked by `parseActionRef`; the moving major tag by default. */
  actionRef?: ActionRef;
}): InitPlan {
  const actionRef = input.actionRef ?? { kind: 'tag', ref: DEFAULT_ACTION_REF };
  const adoptersFile = input.adopters?.path ?? DEFAULT_SETTINGS['adopters-file'];
  const text = input.adopters?.text ?? STARTER;
  const sections = listSections(text);
  const form = renderAdopterForm(sections, adoptersFile);
  const options = sections.kind === 'none' ? [] : sections.options.filter((o) => !form.skipped.includes(o));
  const files: PlannedFile[] = [];
  if (!input.adopters) files.push({ path: adoptersFile, text: STARTER, purpose: 'the adopters list (empty)' });
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
  const notes: string[] = [];
  for (const other of input.others ?? []) {
    notes.push(
      /\.(?:ya?ml|json)$/i.test(other)
        ? `${other} looks like a data file; the bot edits Markdown only, so it was not used`
        : `${other} was also found; pass --file ${other} to use it instead`,
    );
  }
  for (const skipped of form.skipped) {
    notes.push(`the section "${skipped}" cannot be a dropdown option (GitHub reserves "None"); rename it in the file`);
  }
  return { adoptersFile, startsAdoptersFile: !input.adopters, sections, options, files, notes, actionRef };
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
