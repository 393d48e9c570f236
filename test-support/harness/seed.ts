// Seeding helpers for e2e scenarios: a fake repository that looks like an adopter-bot user's (ADOPTERS.md
// and the issue form on the default branch), maintainers, and issues filed through the form.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeGitHub, type BaseRole, type FakeGitHub, type FakeGitHubOptions } from '../fake-github/index.js';
import { renderIssueForm } from '../render-issue-form.js';

const FIXTURES = fileURLToPath(new URL('../../__fixtures__/github/', import.meta.url));

/** Every file under a fixture folder, keyed by its path relative to that folder. */
export function readFixtureTree(folder: string): Record<string, string> {
  const root = path.resolve(FIXTURES, folder);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(root, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

const FORM_PATH = '.github/ISSUE_TEMPLATE/adopter.yml';
const CHANGE_FORM_PATH = '.github/ISSUE_TEMPLATE/adopter-change.yml';
const CONSENT = 'I am authorized to list this organization publicly';
const CHANGE_CONSENT = "I am authorized to change this organization's listing";

/**
 * The default repository: __fixtures__/github/adopters-repo (ADOPTERS.md) plus the project's own issue
 * forms (add, and change), so the e2e tests always file issues through the forms adopters actually get.
 */
export const ADOPTERS_REPO_FILES: Record<string, string> = {
  ...readFixtureTree('adopters-repo'),
  [FORM_PATH]: readFileSync(new URL(`../../${FORM_PATH}`, import.meta.url), 'utf8'),
  [CHANGE_FORM_PATH]: readFileSync(new URL(`../../${CHANGE_FORM_PATH}`, import.meta.url), 'utf8'),
};

export interface AdoptersFakeOptions extends FakeGitHubOptions {
  /** Replace or add files of the initial commit (e.g. another ADOPTERS.md). */
  extraFiles?: Record<string, string>;
  /** Maintainers and their roles, e.g. `{ 'maintainer-mia': 'write' }`. */
  collaborators?: Record<string, BaseRole | { role: BaseRole; roleName: string }>;
}

/** A started fake whose default branch holds the adopters fixture files. */
export async function startAdoptersFake(options: AdoptersFakeOptions = {}): Promise<FakeGitHub> {
  const { extraFiles = {}, collaborators = {}, ...rest } = options;
  const fake = await startFakeGitHub({ files: { ...ADOPTERS_REPO_FILES, ...extraFiles }, ...rest });
  for (const [login, role] of Object.entries(collaborators)) {
    fake.repo.people.add(login, typeof role === 'string' ? { role } : role);
  }
  return fake;
}

export interface AdopterAnswers {
  name: string;
  website: string;
  description?: string;
  /** Adopter type dropdown (End user / Vendor / Project). */
  section?: string;
  logo?: string;
  contact?: string;
  /** Defaults to true (the box ticked). */
  consent?: boolean;
}

/**
 * An issue body as GitHub renders the adopter form (`### <label>`, the answer, `_No response_` for
 * blanks, `- [X]` for the ticked consent box), from `template` (default: the fixture's form).
 */
export function adopterIssueBody(answers: AdopterAnswers, template = ADOPTERS_REPO_FILES[FORM_PATH]!): string {
  const { consent, ...fields } = answers;
  return renderIssueForm(template, { ...fields, consent: consent === false ? [] : [CONSENT] });
}

/** Files an issue through the form (labelled `adopter`, as the form's `labels:` does); returns its number. */
export function fileAdopterIssue(
  fake: FakeGitHub,
  answers: AdopterAnswers,
  options: { author?: string; labels?: string[] } = {},
): number {
  // Rendered from the form on the default branch, as GitHub does, so a test that changes the form gets matching bodies.
  const template = fake.repo.readFile(fake.repo.settings.defaultBranch, FORM_PATH) ?? ADOPTERS_REPO_FILES[FORM_PATH];
  return fake.repo.issues.create({
    title: `Adopter: ${answers.name}`,
    body: adopterIssueBody(answers, template),
    labels: options.labels ?? ['adopter'],
    author: options.author ?? 'octocat',
  }).number;
}

export interface ChangeAnswers {
  /** Organization as listed. */
  entry: string;
  /** The Request dropdown; defaults to an update. */
  request?: 'Update the entry' | 'Remove the entry';
  name?: string;
  website?: string;
  description?: string;
  logo?: string;
  reason?: string;
  /** Defaults to true (the box ticked). */
  consent?: boolean;
}

/** An issue body as GitHub renders the change form (update or remove a listed entry). */
export function changeIssueBody(answers: ChangeAnswers, template = ADOPTERS_REPO_FILES[CHANGE_FORM_PATH]!): string {
  const { consent, request, ...fields } = answers;
  return renderIssueForm(template, {
    ...fields,
    request: request ?? 'Update the entry',
    consent: consent === false ? [] : [CHANGE_CONSENT],
  });
}

/** Files an issue through the change form (labelled `adopter-change`, as its `labels:` does); returns its number. */
export function fileChangeIssue(
  fake: FakeGitHub,
  answers: ChangeAnswers,
  options: { author?: string; labels?: string[] } = {},
): number {
  const template =
    fake.repo.readFile(fake.repo.settings.defaultBranch, CHANGE_FORM_PATH) ?? ADOPTERS_REPO_FILES[CHANGE_FORM_PATH];
  return fake.repo.issues.create({
    title: `Adopter change: ${answers.entry}`,
    body: changeIssueBody(answers, template),
    labels: options.labels ?? ['adopter-change'],
    author: options.author ?? 'octocat',
  }).number;
}
