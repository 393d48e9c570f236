import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintAdopters } from '../../src/adopters/lint.js';
import { compareNames } from '../../src/adopters/order.js';

// A list the file says is alphabetical, with slips; the names come from a small alphabet so ties and
// long runs out of order are common.
const names = fc.array(fc.stringMatching(/^[A-E][a-c]{0,2}$/), { minLength: 4, maxLength: 60 });
const fileOf = (list: string[]) =>
  `# Adopters\n\nKept in alphabetical order.\n\n${list.map((n, i) => `- [${n}](https://c${i}.example.org)`).join('\n')}\n`;
const FIRST_ENTRY_LINE = 5;

describe('lint: entries out of alphabetical order', () => {
  it('names, for each slip, the last entry that stays and sorts at or before it, wherever it is', () => {
    fc.assert(
      fc.property(names, (list) => {
        const flagged = new Map<number, string>();
        for (const p of lintAdopters(fileOf(list)))
          if (p.rule === 'order') flagged.set(p.line - FIRST_ENTRY_LINE, p.message);
        // The entries that stay are in order among themselves.
        const kept = list.map((n, i) => ({ n, i })).filter(({ i }) => !flagged.has(i));
        for (let k = 1; k < kept.length; k++) expect(compareNames(kept[k - 1]!.n, kept[k]!.n)).toBeLessThanOrEqual(0);
        for (const [i, message] of flagged) {
          // The entries that stay are sorted: where the slip belongs is after the last of them at or before it
          // (above it or below it: "it belongs after" the entry it already follows would fix nothing).
          const expected = kept.filter((k) => compareNames(k.n, list[i]!) <= 0).at(-1);
          expect(message).toBe(
            `"${list[i]}" is out of alphabetical order${expected ? ` (it belongs after "${expected.n}")` : ''}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
