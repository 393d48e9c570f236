import * as core from '@actions/core';
import * as github from '@actions/github';
import { readInputs } from './action/inputs.js';
import { actionsReporter, logSafe } from './action/reporter.js';
import { githubPorts, linkAdapters } from './github/ports.js';
import { GitHubInspector } from './github/inspect.js';
import { createOctokit } from './github/octokit.js';
import { dispatch } from './workflows/dispatch.js';
import { readEvent } from './workflows/event.js';
import { loadSettings } from './workflows/settings-loader.js';

/**
 * The action: read inputs and the event, build the GitHub adapters once, run one flow, set outputs.
 * Failures are reported here and nowhere else.
 */
export async function run(): Promise<void> {
  const reporter = actionsReporter();
  try {
    const inputs = readInputs();
    const token = inputs.token || process.env.GITHUB_TOKEN || '';
    if (!token) throw new Error('no token: pass the "token" input (the workflow token is its default)');
    const { owner, repo } = github.context.repo;
    const octokit = createOctokit({
      token,
      baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      log: (m) => reporter.info(m),
    });
    const event = readEvent(github.context.payload);
    const ports = githubPorts(octokit, { owner, repo }, reporter, event.repository?.default_branch);
    const settings = await loadSettings(ports.repo, inputs);
    const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const outcome = await dispatch(
      {
        ports: settings['dry-run'] ? ports.dryRun() : ports,
        settings,
        repo: { owner, repo, serverUrl },
        links: linkAdapters(octokit, { owner, repo }),
        inspect: new GitHubInspector(octokit, { owner, repo }),
      },
      github.context.eventName,
      event,
    );
    core.setOutput('status', outcome.status);
    core.setOutput('issue-number', outcome.issue ?? '');
    core.setOutput('pr-number', outcome.pull?.number ?? '');
    core.setOutput('pr-url', outcome.pull?.url ?? '');
    if (outcome.links) {
      core.setOutput('checked', outcome.links.checked);
      core.setOutput('broken', outcome.links.broken);
      core.setOutput('unverifiable', outcome.links.unverifiable);
      core.setOutput('report-issue', outcome.links.reportIssue ?? '');
    }
    reporter.info(outcome.summary);
    reporter.summary(`### adopters-bot\n\n${outcome.summary}`);
    if (outcome.failure) core.setFailed(logSafe(outcome.failure));
  } catch (error) {
    core.setFailed(logSafe(error instanceof Error ? error.message : String(error)));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  } finally {
    await reporter.flushSummary();
  }
}
