import { runCheckPr } from './check-pr.js';
import type { WorkflowContext } from './context.js';
import { runDoctor } from './doctor.js';
import type { EventPayload } from './event.js';

/**
 * The two read-mostly modes for maintainers, routed from dispatch.ts: the doctor and the check of
 * hand-made pull requests. Neither reconciles pending submissions: their tokens are usually read-only.
 */

export interface MaintainerModeResult {
  status: string;
  summary: string;
  /** Set when the run must fail once its outputs are set (new problems in a PR, a doctor's findings). */
  failure?: string;
}

export async function checkPrMode(
  ctx: WorkflowContext,
  eventName: string,
  event: EventPayload,
): Promise<MaintainerModeResult> {
  const number = event.pull_request?.number;
  if (!eventName.startsWith('pull_request') || number === undefined) {
    return { status: 'ignored', summary: `mode check-pr runs on pull_request events, not on ${eventName}.` };
  }
  const result = await runCheckPr(ctx, number);
  return {
    status: result.status,
    summary: result.summary,
    failure: result.status === 'failed' ? result.summary : undefined,
  };
}

export async function doctorMode(ctx: WorkflowContext): Promise<MaintainerModeResult> {
  const result = await runDoctor(ctx);
  return {
    status: result.status,
    summary: result.summary,
    failure:
      result.status === 'problems' ? 'The doctor found problems: the job summary says what to change.' : undefined,
  };
}
