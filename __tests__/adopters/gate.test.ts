// The engine's write function takes only an entry made by the submission rules (parse, don't
// validate): a plain object does not compile, and a forged or copied one is stopped at run time too.
import { describe, expect, it } from 'vitest';
import { insertAdopter } from '../../src/adopters/insert-adopter.js';
import type { NewEntry } from '../../src/adopters/render/types.js';
import { isValidEntry, validateEntry } from '../../src/submission/validate-entry.js';
import { validEntry } from '../support/entry.js';

const LIST = '# Adopters\n\n- [Acme](https://acme.com)\n- [Globex](https://globex.com)\n';

describe('the gate in front of insertAdopter', () => {
  it('does not compile with a plain object, and throws if one is forced in', () => {
    const plain = { name: 'Hooli', url: 'javascript:alert(1)' };
    // @ts-expect-error a plain object is not a ValidEntry: only validateEntry makes one
    expect(() => insertAdopter(LIST, plain)).toThrow(TypeError);
  });

  it('does not compile with a ValidEntry type spelled by hand', () => {
    // @ts-expect-error the brand's symbol cannot be named outside src/submission
    const forged: NewEntry = { name: 'Hooli', url: 'https://hooli.com' };
    expect(forged.name).toBe('Hooli');
  });

  it('throws for a cast or a copy with a changed value, which the type system cannot see', () => {
    const valid = validEntry({ name: 'Hooli', url: 'https://hooli.com' });
    const copy = { ...valid, name: 'Hooli <img src=x onerror=alert(1)>' };
    expect(isValidEntry(copy)).toBe(false);
    expect(() => insertAdopter(LIST, copy)).toThrow(/validateEntry/);
    const cast = { name: '@everyone' } as unknown as NewEntry;
    expect(() => insertAdopter(LIST, cast)).toThrow(TypeError);
  });

  it('makes entries that cannot be changed after the rules passed them', () => {
    const checked = validateEntry({ name: 'Hooli', website: 'https://hooli.com' });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(Object.isFrozen(checked.entry)).toBe(true);
    expect(() => Object.assign(checked.entry, { name: '#1' })).toThrow(TypeError);
    expect(insertAdopter(LIST, checked.entry)).toMatchObject({ ok: true, entry: '- [Hooli](https://hooli.com)' });
  });
});
