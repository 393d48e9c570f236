import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractChangelogSection } from '../../scripts/release/changelog.mjs';

// A Keep a Changelog file (keepachangelog.com's own layout: [version] - date, ### groups, link footers)
const KEEP_A_CHANGELOG = `# Changelog

All notable changes to this project will be documented in this file.

## [Unreleased]

## [1.1.0] - 2019-02-15

### Added

- Danish translation.

\`\`\`sh
## not a heading: inside a code block
\`\`\`

## [1.0.0] - 2017-06-20

### Added

- New visual identity.

[unreleased]: https://example.org/compare/v1.1.0...HEAD
`;

describe('extractChangelogSection', () => {
  it('returns what is under the version’s heading, byte for byte, up to the next version', () => {
    const r = extractChangelogSection(KEEP_A_CHANGELOG, '1.1.0');
    expect(r).toEqual({
      ok: true,
      title: '[1.1.0] - 2019-02-15',
      notes: '### Added\n\n- Danish translation.\n\n```sh\n## not a heading: inside a code block\n```\n',
    });
  });

  it('does not take 1.0.0 for 1.0.0-rc.1 or 1.0.0 for 1.0.01', () => {
    expect(extractChangelogSection(KEEP_A_CHANGELOG, '1.0.0-rc.1').ok).toBe(false);
    expect(extractChangelogSection('## 1.0.01\n\nx\n', '1.0.0').ok).toBe(false);
  });

  it('reads the last section (up to the link footers, which are not shown)', () => {
    const r = extractChangelogSection(KEEP_A_CHANGELOG, '1.0.0');
    expect(r.ok && r.notes).toBe(
      '### Added\n\n- New visual identity.\n\n[unreleased]: https://example.org/compare/v1.1.0...HEAD\n',
    );
  });

  it('refuses a missing version, naming the sections it has', () => {
    expect(extractChangelogSection(KEEP_A_CHANGELOG, '2.0.0')).toEqual({
      ok: false,
      error:
        'CHANGELOG.md has no "## 2.0.0" section (its latest: "[Unreleased]", "[1.1.0] - 2019-02-15", "[1.0.0] - 2017-06-20")',
    });
  });

  it('refuses a section still marked unreleased, and an empty one', () => {
    expect(extractChangelogSection('## 0.2.0 — unreleased\n\n- x\n', '0.2.0')).toEqual({
      ok: false,
      error: 'CHANGELOG.md: the section "0.2.0 — unreleased" is marked unreleased; put the release date in its place',
    });
    expect(extractChangelogSection('## 0.2.0\n\n## 0.1.0\n\n- x\n', '0.2.0')).toMatchObject({ ok: false });
  });

  it('finds this project’s own section for package.json’s version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    const r = extractChangelogSection(changelog, version);
    // Until the release, the section says "unreleased"; either way it exists and names the version.
    if (!r.ok) expect(r.error).toContain('is marked unreleased');
    else expect(r.notes.length).toBeGreaterThan(0);
  });
});
