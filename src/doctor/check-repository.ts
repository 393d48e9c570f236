import type { Settings } from '../config/settings.js';
import type {
  ActionsSettings,
  BranchFacts,
  LabelInfo,
  MergeRequirements,
  Read,
  RepositoryFacts,
  TokenInfo,
} from '../workflows/inspect-port.js';
import type { DoctorLinks, Finding } from './finding.js';
import { missingLabels, wantedLabels } from './labels.js';

/** What the doctor learnt through the API, gathered by the workflow (src/workflows/doctor.ts). */
export interface RepositoryReport {
  token: TokenInfo;
  repository: RepositoryFacts;
  actions: Read<ActionsSettings>;
  branch: Read<BranchFacts>;
  protection: Read<MergeRequirements | undefined>;
  rules: Read<MergeRequirements>;
  labels: Read<LabelInfo[]>;
  /** Labels the doctor created in this run. */
  created: string[];
  now: Date;
}

const APP_TOKEN_FIX = 'pass a GitHub App installation token as the `token` input (see "The token" in the README)';

function tokenFindings(r: RepositoryReport, s: Settings, links: DoctorLinks): Finding[] {
  const subject = 'Token';
  const { kind, login } = r.token;
  if (login && login !== s['bot-login']) {
    return [
      {
        subject,
        severity: 'error',
        message: `the token acts as ${login}, but bot-login is ${s['bot-login']}: the bot will not recognize its own comments and pull requests`,
        fix: `set bot-login: ${login} in .github/adopters.yml`,
      },
    ];
  }
  if (kind === 'workflow') {
    return [
      {
        subject,
        severity: 'info',
        message:
          'the workflow token (GITHUB_TOKEN): pull requests it opens start no workflows (no CI on them) and its merges start no push runs',
        fix: `for CI on the bot's pull requests, ${APP_TOKEN_FIX}`,
        link: links.settings('secrets/actions'),
      },
    ];
  }
  if (kind === 'app')
    return [{ subject, severity: 'ok', message: `a GitHub App token acting as ${login ?? 'the app'}` }];
  return [
    {
      subject,
      severity: 'info',
      message: `a ${kind === 'unknown' ? 'token of unknown kind' : 'personal token'}${login ? ` acting as ${login}` : ''}: the bot's comments and pull requests appear as that account`,
      fix: `prefer a GitHub App: ${APP_TOKEN_FIX}`,
    },
  ];
}

function actionsFindings(r: RepositoryReport, links: DoctorLinks): Finding[] {
  const subject = 'Actions settings';
  const link = links.settings('actions');
  const toggle = '“Allow GitHub Actions to create and approve pull requests”';
  if (!r.actions.ok) {
    return [
      {
        subject,
        severity: 'info',
        message: `the token cannot read the Actions settings (${r.actions.status}; it needs Administration: read, which the workflow token never has), so whether ${toggle} is on is unknown`,
        fix: `with the workflow token the bot needs it: check it under Workflow permissions`,
        link,
      },
    ];
  }
  const findings: Finding[] = [];
  if (r.actions.value.canCreatePullRequests)
    findings.push({ subject, severity: 'ok', message: `${toggle} is on`, link });
  else if (r.token.kind === 'workflow') {
    findings.push({
      subject,
      severity: 'error',
      message: `${toggle} is off: with the workflow token the bot cannot open pull requests`,
      fix: `tick it in Settings → Actions → General → Workflow permissions, or ${APP_TOKEN_FIX}`,
      link,
    });
  } else findings.push({ subject, severity: 'ok', message: `${toggle} is off, which this token does not need`, link });
  if (r.actions.value.defaultWorkflowPermissions === 'write') {
    findings.push({
      subject,
      severity: 'info',
      message:
        'the default workflow permissions are read and write: any workflow without a permissions block can write',
      fix: 'choose “Read repository contents and packages permissions” (the bot’s workflows grant what they need)',
      link,
    });
  }
  return findings;
}

function mergeFindings(r: RepositoryReport, s: Settings, links: DoctorLinks): Finding[] {
  const subject = 'Merging';
  if (!s['merge-on-approval']) {
    return [{ subject, severity: 'ok', message: 'merge-on-approval is false: maintainers merge the pull requests' }];
  }
  const findings: Finding[] = [];
  const { merge, defaultBranch: branch } = r.repository;
  const allowed = (['squash', 'merge', 'rebase'] as const).filter((m) => merge[m]);
  if (!merge[s['merge-method']]) {
    findings.push({
      subject,
      severity: 'warning',
      message: `merge-method is ${s['merge-method']}, which this repository does not allow; the bot falls back to ${allowed[0] ?? 'none'}`,
      fix: `set merge-method: ${allowed[0] ?? 'squash'} in .github/adopters.yml, or allow ${s['merge-method']} merging under Pull Requests`,
      link: links.settings(''),
    });
  }
  const checks = new Set([
    ...(r.branch.ok ? r.branch.value.requiredChecks : []),
    ...(r.protection.ok ? (r.protection.value?.requiredChecks ?? []) : []),
    ...(r.rules.ok ? r.rules.value.requiredChecks : []),
  ]);
  const reviews = Math.max(
    r.protection.ok ? (r.protection.value?.requiredReviews ?? 0) : 0,
    r.rules.ok ? r.rules.value.requiredReviews : 0,
  );
  const where = links.settings(r.rules.ok && r.rules.value.requiredChecks.length ? 'rules' : 'branches');
  const names = [...checks].map((c) => `"${c}"`).join(', ');
  if (checks.size && r.token.kind === 'workflow') {
    findings.push({
      subject,
      severity: 'error',
      message: `${branch} requires status checks (${names}) that never run on pull requests opened with the workflow token: approved submissions cannot merge`,
      fix: `${APP_TOKEN_FIX}, or set merge-on-approval: false and merge by hand`,
      link: where,
    });
  } else if (checks.size && !merge.autoMerge) {
    findings.push({
      subject,
      severity: 'warning',
      message: `${branch} requires status checks (${names}): an approval before they pass leaves the pull request unmerged`,
      fix: 'tick “Allow auto-merge” under Pull Requests, so the bot can have approved pull requests merge once checks pass',
      link: links.settings(''),
    });
  }
  if (reviews > 0) {
    findings.push({
      subject,
      severity: merge.autoMerge ? 'info' : 'warning',
      message: `${branch} requires ${reviews} approving review${reviews === 1 ? '' : 's'}: the approval label alone cannot merge`,
      fix: merge.autoMerge
        ? "approve the bot's pull request in review too; auto-merge then merges it"
        : 'tick “Allow auto-merge” under Pull Requests and approve the pull request in review too, or set merge-on-approval: false',
      link: links.settings(merge.autoMerge ? 'branches' : ''),
    });
  }
  if (!r.protection.ok && r.branch.ok && r.branch.value.protected) {
    findings.push({
      subject,
      severity: 'info',
      message: `${branch} is protected and the token cannot read its protection (it needs Administration: read): required reviews, if any, are not known`,
      fix: "if it requires reviews, approve the bot's pull requests in review too",
      link: links.settings('branches'),
    });
  }
  if (!findings.length)
    findings.push({ subject, severity: 'ok', message: `nothing blocks the bot's merges into ${branch}` });
  return findings;
}

function labelFindings(r: RepositoryReport, s: Settings, links: DoctorLinks): Finding[] {
  const subject = 'Labels';
  const link = links.labels();
  if (!r.labels.ok) {
    return [
      {
        subject,
        severity: 'warning',
        message: `the token cannot list labels (${r.labels.status}): missing labels are not known`,
        fix: 'grant the job issues: read (issues: write lets the doctor create them)',
      },
    ];
  }
  const missing = missingLabels(wantedLabels(s), r.labels.value).map((l) => l.name);
  const findings: Finding[] = [];
  if (r.created.length) findings.push({ subject, severity: 'ok', message: `created ${r.created.join(', ')}`, link });
  const fix = 'run the doctor workflow with dry-run off (it creates them), or create them on the labels page';
  if (missing.includes(s['label-adopter'])) {
    findings.push({
      subject,
      severity: 'error',
      message: `"${s['label-adopter']}" does not exist: GitHub applies only existing labels, so the form files issues without it`,
      fix,
      link,
    });
  }
  const others = missing.filter((m) => m !== s['label-adopter']);
  if (others.length) {
    findings.push({
      subject,
      severity: 'warning',
      message: `${others.map((m) => `"${m}"`).join(', ')} do${others.length === 1 ? 'es' : ''} not exist: the bot creates them on first use, without color or description`,
      fix,
      link,
    });
  }
  if (!findings.length) findings.push({ subject, severity: 'ok', message: 'every label the bot uses exists', link });
  return findings;
}

/** GitHub disables the schedules of a public repository after 60 days without activity. */
function scheduleFindings(r: RepositoryReport, links: DoctorLinks): Finding[] {
  if (r.repository.private || !r.branch.ok || !r.branch.value.lastCommitDate) return [];
  const days = Math.floor((r.now.getTime() - Date.parse(r.branch.value.lastCommitDate)) / 86_400_000);
  if (days < 45) return [];
  return [
    {
      subject: 'Schedule',
      severity: 'warning',
      message: `no commit on ${r.repository.defaultBranch} for ${days} days: GitHub disables the link check's schedule after 60 days without activity`,
      fix: 'run the link check by hand (Actions → adopters links → Run workflow), which re-enables it',
      link: links.actions(),
    },
  ];
}

/** Findings about the repository's settings, protection, labels and the token, from what the API showed. */
export function checkRepository(r: RepositoryReport, s: Settings, links: DoctorLinks): Finding[] {
  if (r.repository.archived) {
    return [
      { subject: 'Repository', severity: 'error', message: 'the repository is archived: the bot cannot write to it' },
    ];
  }
  return [
    ...tokenFindings(r, s, links),
    ...actionsFindings(r, links),
    ...mergeFindings(r, s, links),
    ...labelFindings(r, s, links),
    ...scheduleFindings(r, links),
  ];
}
