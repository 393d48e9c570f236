/**
 * What the doctor reports: one finding per thing it checked. `error` breaks a flow of the bot,
 * `warning` will bite later (or already bites a little), `info` is worth knowing, `ok` passed. The
 * setup is healthy when there is no error and no warning.
 */
export type Severity = 'error' | 'warning' | 'info' | 'ok';

export interface Finding {
  /** What was checked, as a maintainer names it: "Issue form", "Branch protection". */
  subject: string;
  severity: Severity;
  /** What is wrong (or what was found right). */
  message: string;
  /** What to change, and where. */
  fix?: string;
  /** The setting or file to change. */
  link?: string;
}

export type DoctorStatus = 'healthy' | 'problems';

export const isProblem = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

export function doctorStatus(findings: Finding[]): DoctorStatus {
  return findings.some(isProblem) ? 'problems' : 'healthy';
}

/**
 * Links to the pages where a maintainer fixes things: settings pages and files on the default branch.
 * Without a known repository (the CLI outside a GitHub clone) there are no links, only the words.
 */
export interface DoctorLinks {
  settings(page: '' | 'actions' | 'branches' | 'rules' | 'secrets/actions'): string | undefined;
  file(path: string, line?: number): string | undefined;
  labels(): string | undefined;
  actions(): string | undefined;
}

export function doctorLinks(repo: { serverUrl: string; owner: string; repo: string } | undefined, branch: string) {
  const base = repo ? `${repo.serverUrl}/${repo.owner}/${repo.repo}` : undefined;
  const links: DoctorLinks = {
    settings: (page) => base && `${base}/settings${page ? `/${page}` : ''}`,
    file: (path, line) =>
      base &&
      `${base}/blob/${encodeURIComponent(branch)}/${path.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`,
    labels: () => base && `${base}/labels`,
    actions: () => base && `${base}/actions`,
  };
  return links;
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️', ok: '✅' };
const ORDER: Severity[] = ['error', 'warning', 'info', 'ok'];

const sorted = (findings: Finding[]) =>
  [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));

/** A table cell: no line breaks, pipes escaped (the texts are ours and the repository's own settings). */
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts = [plural(n('error'), 'error'), plural(n('warning'), 'warning')];
  if (n('info')) parts.push(plural(n('info'), 'note'));
  return parts.join(', ');
}

/** One line for logs and the run's outcome. */
export function doctorHeadline(findings: Finding[]): string {
  return doctorStatus(findings) === 'healthy'
    ? `Doctor: all ${findings.length} checks passed${findings.some((f) => f.severity === 'info') ? ' (with notes)' : ''}.`
    : `Doctor: ${counts(findings)}; each says what to change.`;
}

/** The job summary: problems first, each with its fix and link. */
export function renderDoctorMarkdown(findings: Finding[]): string {
  const healthy = doctorStatus(findings) === 'healthy';
  const rows = sorted(findings).map((f) => {
    // The link's text is its path in the repository (`settings/actions`, `blob/main/ADOPTERS.md#L6`).
    const shown = f.link?.replace(/^https?:\/\/[^/]+\/[^/]+\/[^/]+\//, '');
    const fix = [f.fix, f.link ? `[${shown}](${f.link})` : undefined].filter(Boolean);
    return `| ${ICON[f.severity]} | ${cell(f.subject)} | ${cell(f.message)} | ${cell(fix.join(' — '))} |`;
  });
  return [
    healthy ? '### ✅ adopters-bot doctor: all is well' : `### ❌ adopters-bot doctor: ${counts(findings)}`,
    '',
    '| | check | finding | what to change |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The CLI's report: one block per finding, problems first. */
export function renderDoctorText(findings: Finding[]): string {
  const label: Record<Severity, string> = { error: 'error  ', warning: 'warning', info: 'note   ', ok: 'ok     ' };
  const lines = sorted(findings).flatMap((f) => [
    `${label[f.severity]} ${f.subject}: ${f.message}`,
    ...(f.fix ? [`        fix: ${f.fix}`] : []),
    ...(f.link ? [`        see: ${f.link}`] : []),
  ]);
  return `${lines.join('\n')}\n\n${doctorHeadline(findings)}\n`;
}
