import * as core from '@actions/core';
import * as github from '@actions/github';

/**
 * The action: reads the event and dispatches to a workflow. Intake, approval, refresh and the link
 * check are wired here as they land; until then every event is reported as not handled.
 */
export async function run(): Promise<void> {
  try {
    const event = github.context.eventName;
    core.info(`adopters-bot: no workflow handles "${event}" events yet`);
    core.setOutput('status', 'ignored');
    await core.summary.addHeading('adopters-bot', 3).addRaw(`No workflow handles this event yet.`).write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
