// A WorkflowContext wired to a fake GitHub through the real adapters (createOctokit + src/github), for
// in-process workflow tests: the same code path as the action, without spawning it.
import { DEFAULT_SETTINGS, type Settings } from '../src/config/settings.js';
import { createOctokit } from '../src/github/octokit.js';
import { GitHubInspector } from '../src/github/inspect.js';
import { githubPorts } from '../src/github/ports.js';
import type { WorkflowContext } from '../src/workflows/context.js';
import type { Reporter } from '../src/workflows/ports.js';
import type { FakeGitHub } from './fake-github/index.js';

export interface RecordingReporter extends Reporter {
  lines: string[];
  summaries: string[];
}

export function recordingReporter(): RecordingReporter {
  const lines: string[] = [];
  const summaries: string[] = [];
  return {
    lines,
    summaries,
    info: (m) => void lines.push(m),
    warning: (m) => void lines.push(`warning: ${m}`),
    summary: (m) => void summaries.push(m),
    annotate: (file, line, m) => void lines.push(`annotation ${file}:${line}: ${m}`),
  };
}

export function contextFor(
  fake: FakeGitHub,
  settings: Partial<Settings> = {},
  options: { dryRun?: boolean } = {},
): WorkflowContext & { reporter: RecordingReporter } {
  const reporter = recordingReporter();
  const octokit = createOctokit({
    token: fake.token,
    baseUrl: fake.url,
    retryBaseSeconds: 0.01,
    maxRetryAfterSeconds: 2,
  });
  // The default branch comes from the event's payload in the action; so it does here.
  const ports = githubPorts(
    octokit,
    { owner: fake.repo.settings.owner, repo: fake.repo.settings.name },
    reporter,
    fake.repo.settings.defaultBranch,
  );
  return {
    ports: options.dryRun ? ports.dryRun() : ports,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    repo: { owner: fake.repo.settings.owner, repo: fake.repo.settings.name, serverUrl: 'https://github.com' },
    inspect: new GitHubInspector(octokit, { owner: fake.repo.settings.owner, repo: fake.repo.settings.name }),
    reporter,
  };
}
