// The CLI bundle and its vendored files are written in ASCII so its bin can read them as Latin-1
// (scripts/build/ascii-only.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/build/ascii-only.mjs';
import { REPO_ROOT } from '../../test-support/harness/index.js';

/** Evaluates a regular expression literal, as the bundle would. */
const literal = (source: string) => vm.runInThisContext(source) as RegExp;
/** Runs a function body, as the bundle would. */
const run = (body: string) => vm.runInThisContext(`(() => { ${body}\n})()`) as unknown;

describe('asciiOnly', () => {
  it.each([
    // [literal, a string it must treat the same way before and after]
    ['/[ß–]/g', 'x–'],
    ['/^[–—]\\s/u', '— a'],
    ['/^[–—]\\s/v', '— a'],
    ['/a\\–b/', 'a–b'],
    ['/[🪦]/u', '🪦'],
    ['/^🪦$/', '🪦'],
    ['/^.$/u', '🪦'],
    ['/\\\\–/', '\\–'],
    ['/[^\\s,;|/&·]/u', '·'],
  ])('keeps what %s matches', (source, probe) => {
    const escaped = asciiOnly(source);
    expect(escaped).not.toMatch(/\P{ASCII}/u);
    expect(literal(escaped).exec(probe)).toEqual(literal(source).exec(probe));
    expect(literal(escaped).exec('plain ascii')).toEqual(literal(source).exec('plain ascii'));
  });

  it('keeps the meaning of strings, templates and comments', () => {
    const source = "const a = 'é' + `ü${1}`; // § note 🪦\nreturn a;";
    const escaped = asciiOnly(source);
    expect(escaped).not.toMatch(/\P{ASCII}/u);
    expect(run(escaped)).toBe(run(source));
    expect(run(escaped)).toBe('éü1');
  });

  it('is what the committed CLI bundle and its vendored files are written in', () => {
    const vendor = path.join(REPO_ROOT, 'dist', 'vendor');
    const files = [
      path.join(REPO_ROOT, 'dist', 'cli-bundle.cjs'),
      ...readdirSync(vendor).map((f) => path.join(vendor, f)),
    ];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files)
      expect(
        readFileSync(file).every((byte) => byte < 0x80),
        file,
      ).toBe(true);
  });
});
