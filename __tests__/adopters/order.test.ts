import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/adopters/model.js';
import { detectOrder, insertionIndex, slipAnchors, sortedBackbone } from '../../src/adopters/order.js';
import { statedOrder } from '../../src/adopters/stated-order.js';

const entry = (name: string, extra: Partial<Entry> = {}) =>
  ({ name, catchAll: false, placeholder: false, ...extra }) as Entry;
const entries = (names: string[]) => names.map((n) => entry(n));
const slot = (names: string[], name: string) => insertionIndex(entries(names), 0, names.length, name, 'alphabetical');

describe('the order a list keeps', () => {
  it.each([
    ['This list is kept in alphabetical order.', 'alphabetical'],
    ['Organizations are listed alphabetically', 'alphabetical'],
    ['Note: Adopters list is kept in chronological order.', 'append'],
    ['This list is sorted in the order that organizations were added to it.', 'append'],
    ['Please append your company to the end of the table.', 'append'],
    ['Listed in no particular order.', 'append'],
  ])('reads "%s" as %s', (text, order) => {
    expect(statedOrder([text]).order).toBe(order);
  });

  it.each([
    ["Keep it alphabetical after the org-specific projects, i.e. the project's own first, rest alphabetical", true],
    ['Sponsors first, then the rest in alphabetical order.', true],
    ['Please keep the list in alphabetical order.', false],
  ])('reads a head kept first in "%s": %s', (text, pinned) => {
    expect(statedOrder([text])).toMatchObject({ order: 'alphabetical' });
    expect(Boolean(statedOrder([text]).pinnedHead)).toBe(pinned);
  });

  it('says nothing about order when the file says nothing', () => {
    expect(statedOrder(['Companies that use the project in production.']).order).toBeUndefined();
  });

  it('detects an alphabetical list despite a slip, and a chronological one', () => {
    expect(detectOrder(entries(['Acme', 'Bravo', 'Zulu', 'Charlie', 'Delta', 'Echo'])).order).toBe('alphabetical');
    expect(detectOrder(entries(['Zulu', 'Acme', 'Mike', 'Bravo', 'Yankee'])).order).toBe('append');
  });

  it('does not tell the order of a list of three', () => {
    expect(detectOrder(entries(['Acme', 'Bravo', 'Charlie']))).toMatchObject({ order: 'append', basis: 'default' });
  });

  it('compares names as a reader does: case, accents and leading marks aside', () => {
    expect(slot(['adobe', 'Ænix', 'Bravo', 'Écho', 'Zulu'], 'Delta')).toBe(3);
  });
});

describe('where a new name goes in an alphabetical list', () => {
  it('goes before the first greater name in a sorted list', () => {
    expect(slot(['Acme', 'Bravo', 'Delta', 'Echo'], 'Charlie')).toBe(2);
    expect(slot(['Acme', 'Bravo'], 'Zulu')).toBe(2);
    expect(slot(['Bravo', 'Charlie'], 'Acme')).toBe(0);
  });

  it('skips a misplaced entry, as a reader does', () => {
    // "Stagemonitor" sits among the N–R names: SeatGeek goes after "Red Hat", not before "Stagemonitor".
    expect(slot(['Kausal', 'Nets', 'Stagemonitor', 'Red Hat', 'UBER', 'Zenly'], 'SeatGeek')).toBe(4);
  });

  it('stays in the sorted part rather than after an entry appended out of order', () => {
    expect(slot(['Banno', 'Comcast', 'On Air', 'Teikametrics', 'IntentHQ'], 'Permutive')).toBe(3);
  });

  it('goes after an appended entry when the sorted backbone ends with it', () => {
    expect(slot(['Amazon', 'Bloomberg', 'One Convergence', 'Seldon', 'Patterson'], 'Samsung')).toBe(5);
  });

  it('lets templates and catch-alls neither push nor pull', () => {
    const list = [
      entry('Acme'),
      entry('<Your company>', { placeholder: true }),
      entry('Bravo'),
      entry('Other projects', { catchAll: true }),
    ];
    expect(insertionIndex(list, 0, 3, 'Beta', 'alphabetical')).toBe(2);
  });

  it('finds the backbone of a list with slips', () => {
    expect([...sortedBackbone(['Acme', 'Zulu', 'Bravo', 'Charlie'])].sort()).toEqual([0, 2, 3]);
  });

  it('leaves templates and catch-alls (undefined) out of the backbone', () => {
    expect([...sortedBackbone(['Acme', undefined, 'Bravo', undefined, 'Charlie'])].sort()).toEqual([0, 2, 4]);
  });

  it('says after which backbone name each slip belongs, ignoring case and leading marks', () => {
    const names = ['Acme', 'zulu', 'Bravo', '"Able"', 'Charlie', 'Aaron'];
    const backbone = sortedBackbone(names);
    expect([...backbone].sort()).toEqual([0, 2, 4]);
    // zulu belongs after the last backbone name, not after the one above it; "Able" and Aaron come first.
    expect(slipAnchors(names, backbone)).toEqual(
      new Map<number, string | undefined>([
        [1, 'Charlie'],
        [3, undefined],
        [5, undefined],
      ]),
    );
  });
});
