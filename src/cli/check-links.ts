import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createHttpLinkChecker } from '../links/fetch/link-checker.js';
import { countStatuses, isFailing, LINK_STATUSES, type CheckedLink, type LinkStatus } from '../links/types.js';
import { collectLinkResults } from '../workflows/collect-link-results.js';
import { EXIT, UsageError, type Command, parseCommandArgs } from './io.js';
import { commandSafeJson } from '../text/workflow-commands.js';

export const CHECK_LINKS_USAGE =
  'check-links <FILE> [--json] [--timeout <seconds>] [--concurrency <n>] [--per-host <n>] [--allow-private-hosts]';

/**
 * `check-links`: every link of a local adopters file, checked like the scheduled job does (same
 * extraction, fetcher and SSRF guard), without the report issue. Relative links are checked against
 * the repository the file is in (the nearest folder with `.git`), else the file's own folder.
 */
export const checkLinksCommand: Command = async (args, io) => {
  const options = parseOptions(args);
  const file = resolve(io.cwd, options.file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${options.file}`);
  }
  const root = await repositoryRoot(dirname(file));
  const checker = createHttpLinkChecker({
    timeoutMs: options.timeoutSeconds * 1000,
    concurrency: options.concurrency,
    perHost: options.perHost,
    allowPrivate: options.allowPrivateHosts,
  });
  const progress = (done: number, total: number) => io.stderr(`\r\x1b[Kchecking links: ${done}/${total}`);
  let links: CheckedLink[];
  try {
    links = await collectLinkResults(text, {
      checker,
      filePath: relative(root, file).split(sep).join('/'),
      exists: (path) => pathExists(join(root, path)),
      onProgress: io.isTTY ? progress : undefined,
    });
  } finally {
    await checker.close();
    if (io.isTTY) io.stderr('\r\x1b[K');
  }

  io.stdout(options.json ? renderJson(links) : renderHuman(options.file, links));
  return links.some((l) => isFailing(l.result.status)) ? EXIT.refused : EXIT.ok;
};

interface CheckLinksOptions {
  file: string;
  json: boolean;
  timeoutSeconds: number;
  concurrency: number;
  perHost: number;
  allowPrivateHosts: boolean;
}

function parseOptions(args: string[]): CheckLinksOptions {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      'per-host': { type: 'string' },
      'allow-private-hosts': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  return {
    file: positionals[0]!,
    json: values.json,
    timeoutSeconds: numberOption('--timeout', values.timeout, 15, { min: 1, max: 600, integer: false }),
    concurrency: numberOption('--concurrency', values.concurrency, 16, { min: 1, max: 256, integer: true }),
    perHost: numberOption('--per-host', values['per-host'], 2, { min: 1, max: 64, integer: true }),
    allowPrivateHosts: values['allow-private-hosts'],
  };
}

function numberOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  range: { min: number; max: number; integer: boolean },
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const valid = raw.trim() !== '' && Number.isFinite(value) && (!range.integer || Number.isInteger(value));
  if (!valid || value < range.min || value > range.max) {
    const kind = range.integer ? 'an integer' : 'a number';
    throw new UsageError(`${name} must be ${kind} from ${range.min} to ${range.max}, got "${raw.slice(0, 20)}"`);
  }
  return value;
}

async function repositoryRoot(start: string): Promise<string> {
  for (let dir = start; ; dir = dirname(dir)) {
    if (await pathExists(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function renderJson(links: readonly CheckedLink[]): string {
  const items = links.map((l) => ({
    url: l.url,
    line: l.occurrences[0]?.line ?? 0,
    status: l.result.status,
    code: l.result.code,
    ...(l.result.finalUrl !== undefined ? { finalUrl: l.result.finalUrl } : {}),
    ...(l.result.detail !== undefined ? { detail: l.result.detail } : {}),
  }));
  return `${commandSafeJson({ links: items, summary: countStatuses(links) }, 2)}\n`;
}

// Failures first, then what a reader should look at, then the rest (ok is only counted).
const HUMAN_ORDER: LinkStatus[] = [
  'broken',
  'timeout',
  'malformed',
  'unverifiable',
  'blocked',
  'redirected',
  'skipped',
];

function renderHuman(file: string, links: readonly CheckedLink[]): string {
  const counts = countStatuses(links);
  const summary = LINK_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const lines = [`${safe(file)}: ${links.length} distinct links (${summary.join(', ') || 'none'})`];
  for (const status of HUMAN_ORDER) {
    const group = links.filter((l) => l.result.status === status);
    if (group.length === 0) continue;
    lines.push('', `${status} (${group.length})`);
    for (const link of group) {
      const { code, detail, finalUrl } = link.result;
      const facts = [code === null ? '' : String(code), detail ?? '', finalUrl ? `-> ${finalUrl}` : ''].filter(Boolean);
      const line = String(link.occurrences[0]?.line ?? 0).padStart(5);
      lines.push(`  line ${line}  ${safe(link.url)}${facts.length ? `  (${safe(facts.join('; '))})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Text from the file on a terminal or a workflow log: control characters (a newline could start a
 * `::workflow-command::` line) and bidi overrides are shown as escapes.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
function safe(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
/* eslint-enable no-control-regex */
