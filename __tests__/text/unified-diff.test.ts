import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/text/unified-diff.js';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `- Company ${i + 1}\n`);

describe('unifiedDiff', () => {
  it('numbers the hunk by the whole file when one line goes into the middle of a long list', () => {
    const before = numbered(500);
    const after = [...before.slice(0, 250), '- Newcomer\n', ...before.slice(250)];
    // As `git diff` prints it: three lines of context on each side, lines 248–253 of the old file.
    expect(unifiedDiff('ADOPTERS.md', before.join(''), after.join(''))).toBe(
      [
        '--- a/ADOPTERS.md',
        '+++ b/ADOPTERS.md',
        '@@ -248,6 +248,7 @@',
        ' - Company 248',
        ' - Company 249',
        ' - Company 250',
        '+- Newcomer',
        ' - Company 251',
        ' - Company 252',
        ' - Company 253',
        '',
      ].join('\n'),
    );
  });

  it('keeps three lines of context inside a long run of like lines', () => {
    const same = Array.from({ length: 120 }, () => '- Same\n');
    const before = ['# Adopters\n', ...same, '- Last\n'].join('');
    const after = ['# Adopters\n', ...same, '- Same\n', '- Last\n'].join('');
    const diff = unifiedDiff('ADOPTERS.md', before, after);
    const body = diff.split('\n').filter((l) => /^[ +-]/.test(l) && !/^(---|\+\+\+) /.test(l));
    expect(body.filter((l) => l.startsWith('+'))).toEqual(['+- Same']);
    const plus = body.findIndex((l) => l.startsWith('+'));
    expect(plus).toBeGreaterThanOrEqual(3);
    expect(body.length - plus - 1).toBeGreaterThanOrEqual(1);
    // The hunk's counts match its lines, and its old lines are lines of the old file at the stated place.
    const [, from, count] = /@@ -(\d+),(\d+) /.exec(diff)!;
    const old = body.filter((l) => !l.startsWith('+')).map((l) => l.slice(1) + '\n');
    expect(old).toHaveLength(Number(count));
    expect(before.split(/(?<=\n)/).slice(Number(from) - 1, Number(from) - 1 + old.length)).toEqual(old);
  });

  it('says when the old file ended without a newline', () => {
    const before = numbered(100).join('').trimEnd();
    const after = `${before}\n- Newcomer`;
    const diff = unifiedDiff('USERS.md', before, after);
    expect(diff).toContain('@@ -97,4 +97,5 @@');
    expect(diff).toContain(
      '-- Company 100\n\\ No newline at end of file\n+- Company 100\n+- Newcomer\n\\ No newline at end of file',
    );
  });
});
