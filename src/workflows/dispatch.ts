import type { WorkflowContext } from './context.js';
import type { EventPayload } from './event.js';
import { type IntakeResult, runIntake } from './intake.js';
import { runLinksMode } from './links-mode.js';

export interface RunOutcome {
  status: string;
  issue?: number;
  pull?: { number: number; url: string };
  links?: { checked: number; broken: number; unverifiable: number; reportIssue: number | null };
  summary: string;
}

/** Which flow an event starts. Unknown events are ignored, loudly enough to debug a workflow's `on:`. */
export async function dispatch(ctx: WorkflowContext, eventName: string, event: EventPayload): Promise<RunOutcome> {
  const action = event.action ?? '';
  const mode = ctx.settings.mode;
  if (mode === 'check-links' || (mode === 'auto' && (eventName === 'schedule' || eventName === 'workflow_dispatch'))) {
    return runLinksMode(ctx);
  }
  if (eventName === 'issues' && ['opened', 'edited', 'reopened'].includes(action) && event.issue) {
    return fromIntake(await runIntake(ctx, event.issue.number));
  }
  return { status: 'ignored', summary: `Nothing to do for ${eventName}${action ? `.${action}` : ''}.` };
}

function fromIntake(r: IntakeResult): RunOutcome {
  return { status: r.status, issue: r.issue, pull: r.pull, summary: r.summary };
}
