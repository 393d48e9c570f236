import { describe, expect, it } from 'vitest';
import {
  errorsComment,
  inert,
  inlineCode,
  MAX_LISTED_ERRORS,
  previewComment,
  refusalComment,
} from '../../src/workflows/messages.js';
import { liveLinks, parseMarkdown, displayedText } from '../hardening/support/markdown.js';

describe('inert', () => {
  it.each([
    ['a user mention', '@octocat Labs'],
    ['a team mention', 'Ask @hooli/platform'],
    ['an issue reference', 'Hooli #42 Fans'],
    ['a cross-repository reference', 'see org/repo#7'],
    ['a mention smuggled as a decimal entity', '&#64;octocat'],
    ['a mention smuggled as a named entity', '&commat;octocat'],
    ['a reference smuggled as an entity', '&#35;42'],
  ])('leaves nothing GitHub would link or notify in %s', (_what, text) => {
    expect(liveLinks(`Listed: ${inert(text)}.`)).toEqual({ mentions: [], references: [] });
  });

  it.each([
    ['Pipe|Works *Star* [Co] <b> ~~x~~ `y` _z_ \\'],
    ['AT&T'],
    ['R&D; &amp; friends'],
    ['EASE lab @ University'],
  ])('displays %s exactly (apart from invisible zero-width spaces)', (text) => {
    const [paragraph] = (parseMarkdown(`x ${inert(text)}`) as { children: Parameters<typeof displayedText>[0][] })
      .children;
    expect(displayedText(paragraph!).replace(/\u200b/g, '')).toBe(`x ${text}`);
  });

  it('folds every line terminator, so no text can start a block', () => {
    expect(inert('a\r# b\n- c\u2028> d\u0085e')).not.toMatch(/[\r\n\u2028\u0085]/);
  });
});

describe('inlineCode', () => {
  it.each(['adopters: approved', 'adopters_approved', 'has `ticks`', '`lead', '@team #1'])(
    'shows %s exactly in a code span',
    (text) => {
      const [paragraph] = (
        parseMarkdown(inlineCode(text)) as { children: { children: { type: string; value: string }[] }[] }
      ).children;
      expect(paragraph!.children).toEqual([expect.objectContaining({ type: 'inlineCode', value: text })]);
    },
  );
});

describe('the comments', () => {
  it('show a label to add exactly as it must be typed', () => {
    const comment = previewComment({
      file: 'docs/ADOPTERS_LIST.md',
      fileUrl: 'https://github.com/o/r/blob/main/docs/ADOPTERS_LIST.md',
      line: 3,
      what: { kind: 'add', section: null, order: 'alphabetical' },
      hunk: '+- x',
      pull: { number: 2, url: 'https://github.com/o/r/pull/2' },
      approveLabel: 'adopters_approved!',
      warnings: [],
      needsReview: true,
      overrideLabel: 'adopters: *override*',
    });
    expect(comment).toContain('`adopters_approved!`');
    expect(comment).toContain('`adopters: *override*`');
    expect(comment).toContain('[`docs/ADOPTERS_LIST.md`]');
  });

  it(`list at most ${MAX_LISTED_ERRORS} problems and count the rest, so GitHub accepts the comment`, () => {
    const errors = Array.from({ length: 9_000 }, (_, i) => ({
      field: 'description' as const,
      label: 'How do you use the project?',
      message: `the answer contains '###' (line ${i}).`,
    }));
    const comment = errorsComment(errors, 'Issue form');
    expect(comment.length).toBeLessThan(5_000);
    expect(comment).toContain(`and ${9_000 - MAX_LISTED_ERRORS} more`);
  });

  it('quote a listed name without mentioning or linking', () => {
    expect(liveLinks(refusalComment('"@octocat #1 Fans" is already listed (line 4)'))).toEqual({
      mentions: [],
      references: [],
    });
  });
});
