// A minimal JavaScript action used to test the e2e harness itself (not the bot): it reads the event the
// way an action does, talks to GITHUB_API_URL through @actions/github, and writes outputs and a summary.
import * as core from '@actions/core';
import * as github from '@actions/github';

try {
  const token = core.getInput('token', { required: true });
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;
  const number = github.context.payload.issue?.number;
  core.setOutput('event', `${github.context.eventName}.${github.context.payload.action ?? ''}`);
  core.setOutput('dash-input', core.getInput('dash-input'));
  core.setOutput('multiline', 'line one\nline two');
  core.setOutput('ref', github.context.ref);
  core.setOutput('sha', github.context.sha);
  core.setOutput('actor', github.context.actor);
  if (number) {
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: 'probe was here' });
    core.setOutput('comment-id', String(data.id));
  }
  if (core.getInput('fail') === 'true') throw new Error('asked to fail');
  await core.summary.addHeading('Probe').addRaw(`ran for ${owner}/${repo}`).write();
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
