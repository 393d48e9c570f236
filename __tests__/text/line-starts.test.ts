import { describe, expect, it } from 'vitest';
import { lineAtOffset, lineStartsOf } from '../../src/text/line-starts.js';

describe('line starts', () => {
  it('lists where each line starts, a last line without a break included', () => {
    expect(lineStartsOf('ab\ncd\r\n\nef')).toEqual([0, 3, 7, 8]);
    expect(lineStartsOf('')).toEqual([0]);
    expect(lineStartsOf('a\n')).toEqual([0, 2]);
  });

  it("finds an offset's line: its break belongs to it, the next character to the next line", () => {
    const starts = lineStartsOf('ab\ncd\r\n\nef');
    expect([0, 2, 3, 6, 7, 8, 9, 50].map((offset) => lineAtOffset(starts, offset))).toEqual([1, 1, 2, 2, 3, 4, 4, 4]);
  });
});
