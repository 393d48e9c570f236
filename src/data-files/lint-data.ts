import { slipAnchors, sortedBackbone } from '../adopters/order.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import { commentStatements, listedItems } from './listed-items.js';
import { type DataFormat, isRecord } from './model.js';
import { decideDataOrder } from './order.js';
import { parseData } from './parse-data.js';
import { inferKeys, keyCounts } from './roles.js';
import type { DataOptions } from './select-sequence.js';

export type DataLintRule = 'order' | 'duplicate' | 'missing-key' | 'link' | 'malformed' | 'final-newline';

export interface DataLintProblem {
  line: number;
  rule: DataLintRule;
  message: string;
}

/** A problem with the organization it is about, so that a change's problems can be told from old ones. */
interface Keyed extends DataLintProblem {
  about: string;
}

function lintKeyed(source: string, format: DataFormat, options: DataOptions): Keyed[] {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [{ line: parsed.line ?? 1, rule: 'malformed', message: parsed.reason, about: '' }];
  const doc = parsed.doc;
  const problems: Keyed[] = [];
  const seen = new Map<string, number>();
  for (const sequence of doc.sequences) {
    const keys = inferKeys(sequence.items, options.keys);
    if (!keys.name) continue;
    const listed = listedItems(sequence.items, keys);
    const mappings = sequence.items.filter((i) => isRecord(i.value));
    const counts = keyCounts(mappings);
    // A key most items carry (the name, the website) is missing from an item: the website shows a hole.
    const expected = [keys.name, keys.url].filter(
      (k): k is string => Boolean(k) && (counts.get(k!) ?? 0) * 2 > mappings.length,
    );
    for (const { name, item } of listed) {
      const about = normalizeOrganizationName(name);
      const value = isRecord(item.value) ? item.value : undefined;
      if (!value) {
        problems.push({
          line: item.startLine,
          rule: 'malformed',
          message: 'this item is not a mapping of keys like its siblings',
          about,
        });
        continue;
      }
      for (const key of expected) {
        if (value[key] === undefined || value[key] === null || value[key] === '')
          problems.push({
            line: item.startLine,
            rule: 'missing-key',
            message: `${name ? `"${name}"` : 'this item'} has no ${key}`,
            about: `${about}\u0000${key}`,
          });
      }
      const url = keys.url ? value[keys.url] : undefined;
      if (
        typeof url === 'string' &&
        url &&
        !/^(?:https?:\/\/|\/|\.)/i.test(url) &&
        /^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url)
      )
        problems.push({
          line: item.startLine,
          rule: 'link',
          message: `the link "${url}" has no scheme (did you mean https://${url}?)`,
          about: `${about}\u0000${url}`,
        });
      if (!about) continue;
      const first = seen.get(about);
      if (first !== undefined)
        problems.push({
          line: item.startLine,
          rule: 'duplicate',
          message: `"${name}" is listed twice (first at line ${first})`,
          about,
        });
      else seen.set(about, item.startLine);
    }
    const names = listed.map((l) => l.name);
    if (decideDataOrder(names, commentStatements(doc)).order !== 'alphabetical') continue;
    // The whole list, as for Markdown: a featured head or a tail of later appends is what a reviewer flags.
    for (const [i, after] of slipAnchors(names, sortedBackbone(names))) {
      const name = names[i]!;
      problems.push({
        line: listed[i]!.startLine,
        rule: 'order',
        message: `"${name}" is out of alphabetical order${after ? ` (it belongs after "${after}")` : ''}`,
        about: normalizeOrganizationName(name),
      });
    }
  }
  if (source.length && !source.endsWith('\n'))
    problems.push({
      line: doc.lineStarts.length,
      rule: 'final-newline',
      message: 'the file does not end with a newline',
      about: '',
    });
  return problems.sort((a, b) => a.line - b.line);
}

function organizations(source: string, format: DataFormat, options: DataOptions): string[] {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [];
  return parsed.doc.sequences.flatMap((s) =>
    listedItems(s.items, inferKeys(s.items, options.keys)).map((l) => normalizeOrganizationName(l.name)),
  );
}

const strip = ({ line, rule, message }: Keyed): DataLintProblem => ({ line, rule, message });

/** Problems a reviewer would point out in a data file (duplicates, missing keys, order slips), with lines. */
export function lintDataFile(source: string, format: DataFormat, options: DataOptions = {}): DataLintProblem[] {
  return lintKeyed(source, format, options).map(strip);
}

/** The problems `after` has that `before` did not, matched by rule and organization (lines move). */
export function lintDataChanges(
  before: string,
  after: string,
  format: DataFormat,
  options: DataOptions = {},
): DataLintProblem[] {
  const old = new Map<string, number>();
  for (const p of lintKeyed(before, format, options))
    old.set(`${p.rule}\u0000${p.about}`, (old.get(`${p.rule}\u0000${p.about}`) ?? 0) + 1);
  // Which names are out of order depends on the whole list (a longest run in order): an entry the
  // change did not add is not blamed on it when a new one shifts that run.
  const known = new Set(organizations(before, format, options));
  return lintKeyed(after, format, options)
    .filter((p) => {
      if (p.rule === 'order' && known.has(p.about)) return false;
      const key = `${p.rule}\u0000${p.about}`;
      const n = old.get(key) ?? 0;
      if (n > 0) old.set(key, n - 1);
      return n === 0;
    })
    .map(strip);
}
