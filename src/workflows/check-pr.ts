import { type FileLintProblem, lintFileChanges } from '../adopters-file/lint.js';
import { fileOptionsFrom } from '../adopters-file/options.js';
import { codeSpan } from '../links/escape.js';
import { ConfigurationError, fileUrl, type WorkflowContext } from './context.js';
import { issueOfBranch } from './markers.js';

export interface CheckPrResult {
  status: 'passed' | 'failed' | 'skipped';
  pull: number;
  problems: FileLintProblem[];
  /** One line (no untrusted text). */
  summary: string;
}

/**
 * The check of a hand-made pull request that edits the adopters file: lint the file at the PR's head
 * against the file at its merge base and fail on the problems the PR introduces, each as an annotation
 * on its line. Needs only read access (a `pull_request` run from a fork has no more).
 */
export async function runCheckPr(ctx: WorkflowContext, pullNumber: number): Promise<CheckPrResult> {
  const { repo, pulls, reporter } = ctx.ports;
  if (!ctx.inspect) throw new ConfigurationError('the pull request check needs the repository inspector');
  const path = ctx.settings['adopters-file'];
  const pull = await pulls.get(pullNumber);
  const skipped = (why: string): CheckPrResult => ({
    status: 'skipped',
    pull: pullNumber,
    problems: [],
    summary: `Pull request #${pullNumber}: ${why}.`,
  });
  // The branch name alone is no proof (a fork can name its branch anything): the author must be the bot.
  if (issueOfBranch(pull.headRef) !== undefined && pull.author === ctx.settings['bot-login']) {
    return skipped('opened by the bot from a submission, checked when it was made');
  }
  const head = await repo.readFile(path, pull.headSha);
  if (head === undefined) return skipped(`${path} is not in it`);
  const base = (await repo.readFile(path, await ctx.inspect.mergeBase(pull.baseRef, pull.headSha))) ?? '';
  if (base === head) return skipped(`it does not change ${path}`);

  const problems = await lintFileChanges(path, base, head, fileOptionsFrom(ctx.settings));
  for (const p of problems) {
    const text = `${p.rule}: ${p.message}`;
    if (reporter.annotate) reporter.annotate(path, p.line, text);
    else reporter.warning(`${path}:${p.line}: ${text}`);
  }
  reporter.summary(checkSummary(ctx, path, pull.headSha, problems));
  const n = problems.length;
  return n
    ? {
        status: 'failed',
        pull: pullNumber,
        problems,
        summary: `Pull request #${pullNumber}: ${n} new problem${n === 1 ? '' : 's'} in ${path} (see the annotations).`,
      }
    : {
        status: 'passed',
        pull: pullNumber,
        problems,
        summary: `Pull request #${pullNumber}: ${path} is in good shape.`,
      };
}

/** The job summary: one row per problem, linked to its line; entry names are untrusted, so code spans. */
function checkSummary(ctx: WorkflowContext, path: string, sha: string, problems: FileLintProblem[]): string {
  if (!problems.length) {
    return `#### ✅ ${path}\n\nThe change adds no problem a reviewer would point out (order, shape, links, duplicates).`;
  }
  const rows = problems.map(
    (p) => `| [${p.line}](${fileUrl(ctx, sha, path, p.line)}) | ${p.rule} | ${codeSpan(p.message, 300)} |`,
  );
  return [
    `#### ❌ ${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'} introduced by this pull request`,
    '',
    '| line | rule | problem |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'Problems the file already had are not counted. Run `npx adopters-bot lint ' +
      `${path} --baseline <the file on the base branch>\` to see the same list locally.`,
  ].join('\n');
}
