// .github/dependabot.yml: valid for Dependabot (an unknown key makes it reject the whole file), weekly
// and grouped for both ecosystems, and its `bundled` group names exactly the packages the bundle holds.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

interface Update {
  'package-ecosystem': string;
  schedule: { interval: string };
  groups?: Record<string, { patterns?: string[]; 'update-types'?: string[] }>;
}
const config = parse(read('.github/dependabot.yml')) as { updates: Update[] };
const validate = new Ajv({ allErrors: true }).compile(
  JSON.parse(read('test-support/schemas/dependabot-2.0.schema.json')),
);
const errorsOf = (value: unknown) =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

/** Dependabot's group patterns: `*` matches any run of characters, the rest literally. */
const matches = (pattern: string, name: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
  ).test(name);

describe('.github/dependabot.yml', () => {
  it('validates against the Dependabot configuration schema', () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it.each([
    ['a misspelled key', (u: Record<string, unknown>) => (u.schedul = u.schedule)],
    [
      'an interval Dependabot does not have',
      (u: Record<string, unknown>) => (u.schedule = { interval: 'fortnightly' }),
    ],
    ['a group key without its s', (u: Record<string, unknown>) => (u.groups = { all: { pattern: ['*'] } })],
    ['both directory and directories', (u: Record<string, unknown>) => (u.directories = ['/'])],
    ['a cooldown past 90 days', (u: Record<string, unknown>) => (u.cooldown = { 'default-days': 365 })],
  ])('would be refused with %s (the schema is not vacuous)', (_what, mutate) => {
    const copy = structuredClone(config) as unknown as { updates: Record<string, unknown>[] };
    mutate(copy.updates[0]!);
    expect(errorsOf(copy)).not.toEqual([]);
  });

  it('updates the npm packages and the workflows’ actions weekly, in groups', () => {
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('groups as "bundled" exactly the direct dependencies the bundle contains', () => {
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm')!;
    const patterns = npm.groups!.bundled!.patterns!;
    const manifest = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    // dist/licenses.txt lists every package in the bundle, one `name@version (licence)` line each
    const inBundle = new Set(
      [...read('dist/licenses.txt').matchAll(/^(@?[^@\s]+)@\S+ \([^)]*\)$/gm)].map((m) => m[1]!),
    );
    const direct = Object.keys(manifest.devDependencies);
    const bundledDirect = direct.filter((name) => inBundle.has(name));
    const grouped = direct.filter((name) => patterns.some((p) => matches(p, name)));
    expect(grouped.sort()).toEqual(bundledDirect.sort());
  });
});
