import { type ChangeFormLink, changeFormUrl } from './change-form-link.js';
import { codeSpan, displayUrl } from './escape.js';
import { REPORT_MARKER, serializeState, type LinkState, type TrackedFailure } from './state.js';
import { countStatuses, type CheckedLink, type StatusCounts } from './types.js';

/**
 * Pure rendering of the report issue body and the job summary. Every piece of text that comes from
 * the file or from a server goes through `codeSpan`/`displayUrl`; the rest is our own wording.
 */

/** GitHub refuses issue bodies over 65,536 characters; measured in UTF-8 bytes to be safe either way. */
export const ISSUE_BODY_LIMIT = 65_536;
const SAFETY_MARGIN = 512;
const SUMMARY_LIMIT = 512 * 1024;

export interface ReportContext {
  /** Path of the checked file, for headings (trusted: configuration). */
  file: string;
  /** Blob URL of the file, so line numbers link to it (trusted: built from the repository). */
  fileUrl?: string;
  threshold: number;
  checkedAt: Date;
  /** The repository's change form: each broken entry gets a link to ask for its change, pre-filled. */
  changeForm?: ChangeFormLink;
}

export interface LinkCounts {
  /** Distinct URLs checked (skipped ones excluded). */
  checked: number;
  /** Confirmed failures: broken, timed out or malformed past the flake threshold. */
  broken: number;
  /** Failures not confirmed yet. */
  watching: number;
  unverifiable: number;
  statuses: StatusCounts;
}

export function countLinks(links: readonly CheckedLink[], failures: readonly TrackedFailure[]): LinkCounts {
  const statuses = countStatuses(links);
  const broken = failures.filter((f) => f.confirmed).length;
  return {
    checked: links.length - statuses.skipped,
    broken,
    watching: failures.length - broken,
    unverifiable: statuses.unverifiable,
    statuses,
  };
}

export function reportTitle(failures: readonly TrackedFailure[]): string {
  const broken = failures.filter((f) => f.confirmed).length;
  if (broken > 0) return `Link check: ${broken} broken ${broken === 1 ? 'link' : 'links'}`;
  if (failures.length > 0)
    return `Link check: watching ${failures.length} failing ${failures.length === 1 ? 'link' : 'links'}`;
  return 'Link check: all links pass';
}

export function renderReportBody(
  links: readonly CheckedLink[],
  failures: readonly TrackedFailure[],
  state: LinkState,
  context: ReportContext,
): string {
  const stateBlock = serializeState(state);
  const budget = ISSUE_BODY_LIMIT - SAFETY_MARGIN - byteLength(stateBlock);
  return `${REPORT_MARKER}\n${renderSections(links, failures, context, budget)}\n${stateBlock}\n`;
}

/** The same tables for `core.summary`, without marker or state. */
export function renderSummary(
  links: readonly CheckedLink[],
  failures: readonly TrackedFailure[],
  context: ReportContext,
): string {
  return renderSections(links, failures, context, SUMMARY_LIMIT);
}

const HEADER = '| Entry | Line | URL | Status | Failing since |\n| --- | --- | --- | --- | --- |\n';

function renderSections(
  links: readonly CheckedLink[],
  failures: readonly TrackedFailure[],
  context: ReportContext,
  budget: number,
): string {
  const counts = countLinks(links, failures);
  const confirmed = failures.filter((f) => f.confirmed);
  const watching = failures.filter((f) => !f.confirmed);
  const notes = links.filter(
    (l) => l.result.status === 'unverifiable' || l.result.status === 'blocked' || l.result.movedDomain,
  );

  const head = [
    `## Links in \`${context.file.replace(/`/g, '')}\``,
    '',
    `Checked ${counts.checked} distinct ${counts.checked === 1 ? 'link' : 'links'} on ${context.checkedAt.toISOString().slice(0, 10)}: ` +
      `**${counts.broken} broken**, ${counts.watching} watching, ${counts.unverifiable} unverifiable.`,
    '',
    confirmed.length === 0 && watching.length === 0 ? 'All links pass.' : '',
  ].join('\n');

  const sections: { title: string; intro: string; rows: string[]; folded?: boolean }[] = [
    {
      title: '### Broken',
      intro: `Failed ${context.threshold} runs in a row (malformed links at once). Fix or remove them.`,
      rows: confirmed.map((f) => failureRow(f, context)),
    },
    {
      title: '### Watching (not confirmed yet)',
      intro: `Failed in the latest run; reported as broken if they fail ${context.threshold} runs in a row. Nothing to do yet.`,
      rows: watching.map((f) => failureRow(f, context)),
    },
    {
      title: 'Unverifiable, blocked or moved (not failures)',
      intro: 'Bot walls and rate limits, addresses refused by policy, and redirects to another domain.',
      rows: notes.map((l) => row(l, context, '—')),
      folded: true,
    },
  ];

  let out = head;
  let used = byteLength(out);
  let omitted = 0;
  for (const section of sections) {
    if (section.rows.length === 0) continue;
    const open = section.folded ? `\n<details><summary>${section.title}</summary>\n\n` : `\n${section.title}\n\n`;
    const close = section.folded ? '\n</details>\n' : '';
    let text = `${open}${section.intro}\n\n${HEADER}`;
    let size = byteLength(text);
    let shown = 0;
    for (const line of section.rows) {
      const lineSize = byteLength(line) + 1;
      // Keep room for this section's closing tag and the truncation note.
      if (used + size + lineSize + 400 > budget) break;
      text += `${line}\n`;
      size += lineSize;
      shown += 1;
    }
    omitted += section.rows.length - shown;
    if (shown > 0) {
      out += text + close;
      used += size + byteLength(close);
    }
  }
  if (omitted > 0) {
    out +=
      `\n> [!NOTE]\n> ${omitted} more ${omitted === 1 ? 'row is' : 'rows are'} not shown: the report must stay under ` +
      "GitHub's 65,536-character limit. Run `check-links` locally for the full list.\n";
  }
  return out;
}

function failureRow(failure: TrackedFailure, context: ReportContext): string {
  return row(failure.link, context, failure.since, failure.confirmed);
}

function row(link: CheckedLink, context: ReportContext, since: string, dead = false): string {
  const first = link.occurrences[0];
  const form = dead && first?.entry && context.changeForm;
  const change = form ? ` · [request a change](${changeFormUrl(form, first.entry!)})` : '';
  const entry = first?.entry ? `${codeSpan(first.entry, 80)}${change}` : '—';
  return `| ${entry} | ${lineCell(link, context)} | ${displayUrl(link.url)} | ${statusCell(link)} | ${since} |`;
}

function lineCell(link: CheckedLink, context: ReportContext): string {
  const lines = [...new Set(link.occurrences.map((o) => o.line))];
  const first = lines[0] ?? 0;
  const label = context.fileUrl ? `[${first}](${context.fileUrl}#L${first})` : String(first);
  return lines.length > 1 ? `${label} (+${lines.length - 1})` : label;
}

function statusCell(link: CheckedLink): string {
  const { status, code, detail, finalUrl } = link.result;
  const parts = [`**${status}**`];
  if (code !== null) parts.push(String(code));
  if (detail) parts.push(codeSpan(detail, 160));
  if (finalUrl && (status === 'redirected' || link.result.movedDomain)) parts.push(`→ ${displayUrl(finalUrl, 160)}`);
  return parts.join(' ');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
