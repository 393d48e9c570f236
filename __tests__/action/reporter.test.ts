import { describe, expect, it } from 'vitest';
import { logSafe } from '../../src/action/reporter.js';

/** What the runner would treat as a workflow command in one line of the log. */
const isCommand = (line: string) => line.trimStart().startsWith('::') || line.includes('##[');

describe('logSafe', () => {
  it.each([
    ['a leading command', '::set-output name=status::merged'],
    ['a command after blanks', ' \t\u00a0::add-mask::x'],
    ['a command on a second line (LF)', 'Issue #1\n::add-mask::Failed'],
    ['a command after a bare CR, which ends a runner line', 'Issue #1\r::error::pwned'],
    ['a command after CRLF', 'Issue #1\r\n::warning::x'],
    ['a command after U+2028, U+2029 or U+0085', 'a\u2028::a::\u2029::b::\u0085::c::'],
    ['the legacy form mid-line', 'Issue #1: ##[add-mask]Failed'],
    ['the legacy form twice, back to back', '###[set-output name=x;]y##[error]z'],
    ['a command behind a vertical tab', '\u000b::add-mask::x'],
  ])('makes text holding %s one line that is no workflow command', (_what, text) => {
    const safe = logSafe(text);
    expect(safe).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    expect(isCommand(safe)).toBe(false);
  });

  it('shows terminal escape sequences as U+FFFD instead of letting them rewrite the log', () => {
    expect(logSafe('ok\u001b[2K\u001b]8;;https://evil.example.com\u0007link')).toBe(
      'ok\ufffd[2K\ufffd]8;;https://evil.example.com\ufffdlink',
    );
  });

  it('leaves ordinary messages alone', () => {
    const message = 'Issue #12: pull request #13 opened (ADOPTERS.md:7, 3 links: 1 broken) — ✓ done\tnext';
    expect(logSafe(message)).toBe(message);
  });
});
