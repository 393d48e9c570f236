#!/usr/bin/env node
// Checks a release before anything is built or published, and hands its facts to the next jobs.
//   In the release workflow: reads the trigger from the environment (a pushed v*.*.* tag, or a run by
//   hand with RELEASE_VERSION from the default branch) and writes version, tag, major-tag, prerelease
//   and notes to $GITHUB_OUTPUT.
//   By hand, before tagging: node scripts/release/prepare-release.mjs --version 0.2.0
// Exits 1 with every problem named (package.json's version, the changelog's section) and how to fix it.
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractChangelogSection } from './changelog.mjs';
import { checkReleaseVersion } from './versions.mjs';

const { values } = parseArgs({ options: { version: { type: 'string' } } });
const env = process.env;
const trigger =
  values.version !== undefined
    ? { input: values.version, branch: 'local', defaultBranch: 'local' }
    : env.GITHUB_REF_TYPE === 'tag'
      ? { tag: env.GITHUB_REF_NAME ?? '' }
      : { input: env.RELEASE_VERSION, branch: env.GITHUB_REF_NAME, defaultBranch: env.DEFAULT_BRANCH };

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version;
const checked = checkReleaseVersion(trigger, packageVersion);
const errors = checked.ok ? [] : [...checked.errors];
let section;
if (checked.ok) {
  section = extractChangelogSection(readFileSync('CHANGELOG.md', 'utf8'), checked.version);
  if (!section.ok) errors.push(section.error);
}
if (errors.length) {
  for (const error of errors) console.log(`::error::${error}`);
  process.exit(1);
}

const outputs = {
  version: checked.version,
  tag: checked.tag,
  'major-tag': checked.majorTag,
  prerelease: String(checked.prerelease),
};
console.log(`release ${checked.tag}${checked.prerelease ? ' (pre-release)' : ''}: ${section.title}`);
console.log(section.notes);
if (env.GITHUB_OUTPUT) {
  // Multi-line value: a delimiter that cannot occur in the notes.
  const delimiter = `notes_${randomUUID()}`;
  const lines = Object.entries(outputs).map(([k, v]) => `${k}=${v}`);
  lines.push(`notes<<${delimiter}`, section.notes.trimEnd(), delimiter);
  appendFileSync(env.GITHUB_OUTPUT, `${lines.join('\n')}\n`);
}
