import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntryEdited, EditResult } from '../../src/adopters/edit-result.js';
import { lintAdopters } from '../../src/adopters/lint.js';
import type { Entry } from '../../src/adopters/model.js';
import { removeAdopter } from '../../src/adopters/remove-adopter.js';
import { updateAdopter } from '../../src/adopters/update-adopter.js';
import { validChanges } from '../support/entry.js';
import { readAdoptersFile } from '../../src/adopters/verify-edit.js';

// Updates and removals on the first, middle and last entry of every real file's main list. The list
// and its order come from the corpus's hand-made key (expected.json), not from the engine.
const dir = join(import.meta.dirname, '../../__fixtures__/corpus/adopters');
interface KeyEntry {
  file: string;
  expect: string;
  order?: 'alphabetical' | 'append';
  container?: [number, number];
}
const key = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as KeyEntry[]).filter(
  (k) => /\.md$/i.test(k.file) && k.expect !== 'refuse' && k.container,
);

/**
 * Files whose main list has no place for a description (no description column, or bare links where
 * fewer than one adopter in ten has text after its link), by eye. Argo CD's one entry of 447 with text
 * after its link is a stray, not the list's style.
 */
const NO_DESCRIPTION = new Set([
  'argoproj__argo-cd__USERS.md',
  'argoproj__argo-events__USERS.md',
  'argoproj__argo-rollouts__USERS.md',
  'buildpacks__community__ADOPTERS.md',
  'cncf__gitvote__ADOPTERS.md',
  'cortexproject__cortex__ADOPTERS.md',
  'dapr__community__ADOPTERS.md',
  'enzymejs__enzyme__INTHEWILD.md',
  'external-secrets__external-secrets__ADOPTERS.md',
  'jaegertracing__jaeger__ADOPTERS.md',
  'kuberhealthy__kuberhealthy__docs__ADOPTERS.md',
  // Its second column names a product (MANIFEST: `| Name* | Product/Project | Status | [link](url) |`), which
  // DESIGN.md leaves empty: a description has no place.
  'knative__community__ADOPTERS.MD',
  'linkerd__linkerd2__ADOPTERS.md',
  'spiffe__spire__ADOPTERS.md',
  'vitessio__vitess__ADOPTERS.md',
]);
/** Entries whose name carries no link and that show no website elsewhere, by eye. */
const NO_LINK = new Set([
  'containerd__containerd__ADOPTERS.md :: Docker/Moby engine',
  'containerd__containerd__ADOPTERS.md :: Balena',
  'etcd-io__etcd__ADOPTERS.md :: All Kubernetes Users',
  'etcd-io__etcd__ADOPTERS.md :: Tencent Games',
  'goharbor__harbor__ADOPTERS.md :: JD.com',
  'goharbor__harbor__ADOPTERS.md :: Union Pay',
  'goharbor__harbor__ADOPTERS.md :: DE-CIX',
  'jaegertracing__jaeger__ADOPTERS.md :: Alauda',
  'kuberhealthy__kuberhealthy__docs__ADOPTERS.md :: Meltwater',
  'kuberhealthy__kuberhealthy__docs__ADOPTERS.md :: Polarpoint',
  'kubescape__project-governance__ADOPTERS.md :: Intel',
  'tinkerbell__tinkerbell__docs__ADOPTERS.md :: Colony',
  'tinkerbell__tinkerbell__docs__ADOPTERS.md :: EKS Anywhere',
]);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const names = (source: string) => readAdoptersFile(source).entries.map((e) => collapse(e.name));

/** The first, middle and last entry of the largest list inside the key's line range. */
function picks(source: string, [from, to]: [number, number]): Entry[] {
  // The list itself, not a numbered list of sentences or instructions inside the same lines.
  const inside = readAdoptersFile(source).containers.filter(
    (c) => !c.doubts.length && c.entries[0]!.startLine >= from && c.entries[0]!.startLine <= to,
  );
  const main = inside.reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
  const listed = main.entries.filter((e) => !e.catchAll);
  const chosen = [listed[0]!, listed[Math.floor(listed.length / 2)]!, listed[listed.length - 1]!];
  return chosen.filter((e, i) => chosen.indexOf(e) === i);
}

/** The old lines that differ: one block `[first, last]` between the common first and last lines. */
function changedOldLines(before: string, after: string): [number, number] {
  const a = before.split('\n');
  const b = after.split('\n');
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return [p + 1, a.length - s];
}

function ok(result: EditResult): EntryEdited {
  if (!result.ok) throw new Error(`refused (${result.code}): ${result.reason}`);
  return result;
}

/** What `lint` reports: the rule and the entry it is about (lines shift), a renamed entry by its old name. */
function lintKeys(source: string, rename?: [string, string]): string[] {
  return lintAdopters(source).map((p) => {
    const subject = /^"([^"]*)"/.exec(p.message)?.[1] ?? p.message;
    return `${p.rule}: ${rename && subject === rename[1] ? rename[0] : subject}`;
  });
}

/** `lint` finds no problem in `after` that `before` did not have. */
function expectNoNewLint(before: string[], after: string, rename?: [string, string]) {
  expect(lintKeys(after, rename).filter((p) => !before.includes(p))).toEqual([]);
}

const cases = key.flatMap((k) => {
  const source = readFileSync(join(dir, k.file), 'utf8');
  const linted = lintKeys(source);
  return picks(source, k.container!).map(
    (entry, i) => [k.file, entry.name, { k, source, linted, entry, first: i === 0 }] as const,
  );
});

describe('updates and removals on real adopters files', () => {
  it('covers the first, middle and last entry of 32 files', () => {
    expect(new Set(cases.map((c) => c[0])).size).toBe(32);
    expect(cases.length).toBeGreaterThanOrEqual(90);
  });

  it.each(cases)('%s :: %s', (file, name, { k, source, linted, entry, first }) => {
    const before = names(source);
    // By place, not by name: a file may show an adopter twice (harbor: a logo, then its story).
    const index = readAdoptersFile(source).entries.findIndex((e) => e.start === entry.start);
    const removedOnly = ok(removeAdopter(source, entry.name));

    // Removal: the entry's lines and blank lines only; every other entry reads as before; nothing new to lint.
    const [from, to] = changedOldLines(source, removedOnly.content);
    expect(from).toBeGreaterThanOrEqual(entry.startLine - 1);
    expect(to).toBeLessThanOrEqual(entry.endLine + 1);
    const cut = source.split('\n').slice(from - 1, to);
    const own = source.split('\n').slice(entry.startLine - 1, entry.endLine);
    expect(cut.filter((l) => !own.includes(l)).every((l) => !l.trim())).toBe(true);
    // The entries nested in the entry's own lines (antrea's numbered uses under a name) go with it.
    const outside = readAdoptersFile(source).entries.filter((e) => e.start < entry.start || e.start >= entry.end);
    expect(names(removedOnly.content)).toEqual(outside.map((e) => collapse(e.name)));
    expectNoNewLint(linted, removedOnly.content);

    // A new website: only the entry's lines change (a reference entry's definition line instead).
    const url = updateAdopter(source, entry.name, validChanges({ url: 'https://changed-site.example.org/about' }));
    if (NO_LINK.has(`${file} :: ${name}`)) expect(url.ok || url.code).toBe('nothing-to-change');
    else {
      const updated = ok(url);
      expect(updated.moved).toBe(false);
      const [a, b] = changedOldLines(source, updated.content);
      const definition = /\]\[[^\]]+\]/.test(updated.previous);
      if (!definition) expect([a >= entry.startLine, b <= entry.endLine]).toEqual([true, true]);
      expect(
        updated.content
          .split('\n')
          .slice(a - 1, b)
          .join('\n'),
      ).toContain('https://changed-site.example.org/about');
      expectNoNewLint(linted, updated.content);
    }

    // A new description, where the list has a place for one: only the entry's lines change.
    const description = updateAdopter(
      source,
      entry.name,
      validChanges({ description: 'Runs it in production & staging.' }),
    );
    if (NO_DESCRIPTION.has(k.file)) expect(description.ok || description.code).toBe('nothing-to-change');
    else {
      const updated = ok(description);
      expect(collapse(updated.entry ?? '')).toContain('Runs it in production & staging.');
      const [a, b] = changedOldLines(source, updated.content);
      expect([a >= entry.startLine, b <= entry.endLine]).toEqual([true, true]);
      expectNoNewLint(linted, updated.content);
    }

    // A rename to the far end of the alphabet: moves in an alphabetical list, stays in any other. Either
    // way, taking the renamed entry out leaves exactly what taking the old one out leaves.
    const newName = first ? 'Zzyzx Renamed Org' : 'Aardwolf Renamed Org';
    const renamed = ok(updateAdopter(source, entry.name, validChanges({ name: newName })));
    const after = names(renamed.content);
    expect(after.filter((n) => n !== newName)).toEqual(before.filter((_n, i) => i !== index));
    expect(removeAdopter(renamed.content, newName)).toMatchObject({ content: removedOnly.content });
    expectNoNewLint(linted, renamed.content, [entry.name, newName]);
    if (k.order === 'append') expect(after.indexOf(newName)).toBe(index);
    // The first entry renamed "Zzyzx" in an alphabetical list leaves its place; no list but those moves.
    if (k.order === 'alphabetical' && first) expect(renamed.moved).toBe(true);
    if (renamed.moved) expect(k.order).toBe('alphabetical');
    expect(renamed.content.split('\n')[renamed.line - 1]).toContain(newName);
  });
});
