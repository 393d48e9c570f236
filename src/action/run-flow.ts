import * as github from '@actions/github';
import { githubPorts, linkAdapters } from '../github/ports.js';
import { GitHubInspector } from '../github/inspect.js';
import { createOctokit } from '../github/octokit.js';
import { dispatch, type RunOutcome } from '../workflows/dispatch.js';
import { readEvent } from '../workflows/event.js';
import type { Reporter } from '../workflows/ports.js';
import { loadSettings } from '../workflows/settings-loader.js';
import { readInputs } from './inputs.js';

/** The run once there is a token: the inputs and the event, the GitHub adapters built once, one flow. */
export async function runFlow(token: string, reporter: Reporter): Promise<RunOutcome> {
  const inputs = readInputs();
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
  return dispatch(
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
}
