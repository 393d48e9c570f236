import * as core from '@actions/core';
import { actionsReporter, logSafe } from './action/reporter.js';

/**
 * The action: check the token, run one flow (action/run-flow.ts), set outputs. Failures are reported
 * here and nowhere else. The flow, the GitHub client and the settings schema are loaded only once
 * there is a token to use them with.
 */
export async function run(): Promise<void> {
  const reporter = actionsReporter();
  try {
    const token = core.getInput('token') || process.env.GITHUB_TOKEN || '';
    if (!token) throw new Error('no token: pass the "token" input (the workflow token is its default)');
    const { runFlow } = await import('./action/run-flow.js');
    const outcome = await runFlow(token, reporter);
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
