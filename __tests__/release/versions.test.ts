import { describe, expect, it } from 'vitest';
import { checkReleaseVersion, compareVersions, decideMajorTag, parseVersion } from '../../scripts/release/versions.mjs';

describe('parseVersion', () => {
  it.each(['0.1.0', '1.0.0-rc.1', '10.20.30', '1.0.0-alpha.beta.1'])('reads %s', (v) => {
    expect(parseVersion(v)).toBeDefined();
  });
  it.each(['v1.0.0', '1.0', '01.0.0', '1.0.0-', '1.0.0-01', '1.0.0+build', ' 1.0.0'])('refuses %j', (v) => {
    expect(parseVersion(v)).toBeUndefined();
  });
});

describe('compareVersions', () => {
  // the precedence example of semver.org §11, in order
  const ORDER = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.1.0',
    '2.0.0',
  ];
  it('sorts semver.org’s precedence example into its order', () => {
    const shuffled = [...ORDER].reverse();
    expect(shuffled.sort(compareVersions)).toEqual(ORDER);
  });
});

describe('checkReleaseVersion', () => {
  it('takes the version from a pushed tag', () => {
    expect(checkReleaseVersion({ tag: 'v0.2.0' }, '0.2.0')).toEqual({
      ok: true,
      version: '0.2.0',
      tag: 'v0.2.0',
      majorTag: 'v0',
      prerelease: false,
    });
  });

  it('takes a version typed by hand, with or without its v, on the default branch', () => {
    const hand = { input: ' v1.0.0-rc.1', branch: 'main', defaultBranch: 'main' };
    expect(checkReleaseVersion(hand, '1.0.0-rc.1')).toMatchObject({ ok: true, majorTag: 'v1', prerelease: true });
  });

  it('refuses a version package.json does not have, saying how to bump it', () => {
    expect(checkReleaseVersion({ tag: 'v0.2.0' }, '0.1.0')).toEqual({
      ok: false,
      errors: [
        'package.json says 0.1.0, not 0.2.0: run `npm version 0.2.0 --no-git-tag-version`, commit package.json and package-lock.json, then release',
      ],
    });
  });

  it('refuses a run by hand from another branch, and a malformed version or tag', () => {
    expect(checkReleaseVersion({ input: '0.1.0', branch: 'feature', defaultBranch: 'main' }, '0.1.0')).toEqual({
      ok: false,
      errors: ['run the release from main, not from feature'],
    });
    expect(checkReleaseVersion({ input: '0.1', branch: 'main', defaultBranch: 'main' }, '0.1.0')).toMatchObject({
      ok: false,
      errors: ['the version "0.1" is not <major>.<minor>.<patch>[-<pre-release>] (e.g. 0.2.0)'],
    });
    expect(checkReleaseVersion({ tag: 'v1.2.3.4' }, '1.2.3')).toMatchObject({ ok: false });
  });
});

describe('decideMajorTag', () => {
  const refs = ['refs/tags/v0', 'refs/tags/v0.1.0', 'refs/tags/v0.2.0', 'refs/tags/v0.3.0-rc.1', 'refs/tags/v1.0.0'];

  it('moves v0 to the newest 0.x release (pre-releases and other majors do not count)', () => {
    expect(decideMajorTag('0.2.1', refs)).toEqual({ move: true, reason: '0.2.1 is the newest v0 release' });
  });

  it('keeps v0 when a fix lands on an older minor', () => {
    expect(decideMajorTag('0.1.1', refs)).toEqual({ move: false, reason: 'v0.2.0 is newer than 0.1.1' });
  });

  it('never moves it to a pre-release', () => {
    expect(decideMajorTag('0.3.0-rc.2', refs)).toEqual({ move: false, reason: '0.3.0-rc.2 is a pre-release' });
  });

  it('moves it on a re-run of the same release (the tag of this version exists by then)', () => {
    expect(decideMajorTag('0.2.0', refs).move).toBe(true);
  });
});
