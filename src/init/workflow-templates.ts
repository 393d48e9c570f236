/**
 * The workflows `adopters init` writes, and the one source of examples/workflows/ (a test checks that
 * those files equal `renderWorkflows()` for the defaults): change a text here and in the example file
 * alike. Template literals, so `${{ … }}` is written `\${{ … }}`.
 */
import { ACTION, DEFAULT_ACTION_REF } from './action-ref.js';
import { yamlScalar } from './render-form.js';

const INTAKE = `# adopters-bot: answers the adopter issue form, opens the pull request, merges it when a maintainer
# approves by label, and keeps every open adopter pull request conflict-free when ADOPTERS.md changes
# on main.
name: adopters

on:
  issues:
    types: [opened, edited, reopened, labeled, closed]
  pull_request:
    types: [labeled, closed]
  push:
    branches: [main]
    paths: [ADOPTERS.md]

permissions: {}

# One writer at a time. GitHub keeps only one pending run per group, so each run reconciles all
# pending work: a dropped run loses nothing.
concurrency:
  group: adopters-bot
  cancel-in-progress: false

jobs:
  adopters:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
      issues: write
    steps:
      # Pin to the commit of the release you reviewed (Dependabot keeps it current).
      - uses: adopters-bot/adopters-bot@v0
        with:
          # A GitHub App token (recommended) lets the bot's PRs run your CI and its merges start
          # push workflows; the default workflow token works with the limits in the README.
          token: \${{ secrets.ADOPTERS_BOT_TOKEN || github.token }}
`;

const LINKS = `# adopters-bot's link check: checks every link in ADOPTERS.md weekly and keeps one report issue up to
# date. GitHub disables schedules of public repositories after 60 days without activity: "Run
# workflow" (workflow_dispatch) starts it by hand and re-enables it.
name: adopters links

on:
  schedule:
    - cron: '17 4 * * 1'
  workflow_dispatch:

permissions: {}

concurrency:
  group: adopters-links
  cancel-in-progress: false

jobs:
  links:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write
    steps:
      - uses: adopters-bot/adopters-bot@v0
        with:
          mode: check-links
`;

const PR_CHECK = `# adopters-bot's check of pull requests that edit ADOPTERS.md by hand: it fails on the problems a pull
# request adds (an entry out of order, malformed, duplicated, a link without https://), with an
# annotation on each line. Problems the file already had do not count. Read-only, so it runs the same
# for pull requests from forks.
name: adopters check

on:
  pull_request:
    types: [opened, synchronize, reopened]
    paths: [ADOPTERS.md]

permissions: {}

concurrency:
  group: adopters-check-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: read
    steps:
      - uses: adopters-bot/adopters-bot@v0
        with:
          mode: check-pr
`;

const DOCTOR = `# adopters-bot's doctor: checks the setup (Actions settings, the token, branch protection, merge
# methods, labels, the issue form, the workflows, ADOPTERS.md) and says in the job summary what to
# change and where. Run it by hand (Actions → adopters doctor → Run workflow); it creates the labels
# the bot uses when they are missing.
name: adopters doctor

on:
  workflow_dispatch:
    inputs:
      create-labels:
        description: Create the labels the bot uses when they are missing
        type: boolean
        default: true

permissions: {}

jobs:
  doctor:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write
      pull-requests: read
    steps:
      - uses: adopters-bot/adopters-bot@v0
        with:
          # The token the bot runs with, so the doctor sees what the bot can do.
          token: \${{ secrets.ADOPTERS_BOT_TOKEN || github.token }}
          mode: doctor
          dry-run: \${{ !inputs.create-labels }}
`;

export interface WorkflowFile {
  /** Repository path, e.g. `.github/workflows/adopters.yml`. */
  path: string;
  text: string;
  /** What it runs, for init's report. */
  purpose: string;
}

/**
 * The workflows for one repository: the adopters file's path in the `paths:` filters (and comments),
 * the default branch in the `push` filter, and the ref of the action (checked by `parseActionRef`).
 * With `ADOPTERS.md`, `main` and `v0` they are the example files.
 */
export function renderWorkflows(
  adoptersFile: string,
  defaultBranch: string,
  actionRef: string = DEFAULT_ACTION_REF,
): WorkflowFile[] {
  const adapt = (text: string) =>
    text
      .replaceAll(`uses: ${ACTION}@${DEFAULT_ACTION_REF}\n`, `uses: ${ACTION}@${actionRef}\n`)
      // One pass, so a path that itself contains "ADOPTERS.md" is not replaced twice.
      .replace(/paths: \[ADOPTERS\.md\]|ADOPTERS\.md/g, (m) =>
        m === 'ADOPTERS.md' ? adoptersFile : `paths: [${yamlScalar(adoptersFile)}]`,
      )
      .replaceAll('branches: [main]', `branches: [${yamlScalar(defaultBranch)}]`)
      .replaceAll('\n# on main.', `\n# on ${defaultBranch}.`);
  const file = (name: string, text: string, purpose: string) => ({
    path: `.github/workflows/${name}`,
    text: adapt(text),
    purpose,
  });
  return [
    file('adopters.yml', INTAKE, 'intake, approval by label, refresh of open adopter PRs'),
    file('adopters-links.yml', LINKS, 'weekly link check with one report issue'),
    file('adopters-pr-check.yml', PR_CHECK, 'check of pull requests that edit the adopters file by hand'),
    file('adopters-doctor.yml', DOCTOR, 'the doctor, run by hand: checks the setup, creates the labels'),
  ];
}
