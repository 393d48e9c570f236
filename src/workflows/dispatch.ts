import type { WorkflowContext } from './context.js';
import type { EventPayload } from './event.js';
import type { LinksModeResult } from './links-mode.js';
import type { MaintainerModeResult } from './maintainer-modes.js';

export interface RunOutcome {
  status: string;
  issue?: number;
  pull?: { number: number; url: string };
  links?: { checked: number; broken: number; unverifiable: number; reportIssue: number | null };
  summary: string;
  /** Fails the run once the outputs are set (a pull request check with new problems, a doctor with findings). */
  failure?: string;
}

type ModeRunner = (ctx: WorkflowContext, eventName: string, event: EventPayload) => Promise<RunOutcome>;

/**
 * Each mode's flows are imported only when that mode runs: the bundle splits on these import()s, so a
 * link check never compiles the Markdown engine or the issue form, and an intake never the HTTP link
 * checker. A new mode is one more line here (and one in `modeOf`); each maps its own result.
 */
const MODES = {
  'check-links': () => import('./links-mode.js').then((m) => async (ctx) => fromLinks(await m.runLinksMode(ctx))),
  doctor: () => import('./maintainer-modes.js').then((m) => async (ctx) => fromMode(await m.doctorMode(ctx))),
  'check-pr': () =>
    import('./maintainer-modes.js').then(
      (m) => async (ctx, eventName, event) => fromMode(await m.checkPrMode(ctx, eventName, event)),
    ),
  writer: () => import('./writer-mode.js').then((m) => m.writerMode),
} satisfies Record<string, () => Promise<ModeRunner>>;

/** Which flow an event starts; writer runs then catch up on pending work (see writer-mode.ts). */
export async function dispatch(ctx: WorkflowContext, eventName: string, event: EventPayload): Promise<RunOutcome> {
  const run: ModeRunner = await MODES[modeOf(ctx.settings.mode, eventName, event)]();
  return run(ctx, eventName, event);
}

function modeOf(mode: string, eventName: string, event: EventPayload): keyof typeof MODES {
  if (mode === 'check-links' || (mode === 'auto' && eventName === 'schedule')) return 'check-links';
  if (mode === 'doctor') return 'doctor';
  if (mode === 'check-pr' || (mode === 'auto' && startsCheckPr(eventName, event))) return 'check-pr';
  return 'writer';
}

const CHECKED_ACTIONS = ['opened', 'synchronize', 'reopened'];

/**
 * A pull request whose content changed. In `auto` mode every such event goes to the check, which itself
 * skips the bot's own pull requests: the branch name alone (`adopters/issue-<n>`) is no proof of that,
 * a fork can name its branch anything, so the check looks at the author too.
 */
export function startsCheckPr(eventName: string, event: EventPayload): boolean {
  return eventName === 'pull_request' && Boolean(event.pull_request) && CHECKED_ACTIONS.includes(event.action ?? '');
}

function fromLinks(r: LinksModeResult): RunOutcome {
  return { status: r.status, summary: r.summary, links: r.links };
}

function fromMode(r: MaintainerModeResult): RunOutcome {
  return { status: r.status, summary: r.summary, failure: r.failure };
}
