import { describe, expect, it } from 'vitest';
import { describeActionRef, parseActionRef } from '../../src/init/action-ref.js';
import { renderWorkflows } from '../../src/init/workflow-templates.js';

// actions/checkout v4.2.2, the commit the project's own CI pins
const CHECKOUT_V4_2_2 = '11bd71901bbe5b1630ceea73d27597364c9af683';

describe('parseActionRef', () => {
  it.each([
    ['v0', 'tag'],
    ['v0.1.0', 'tag'],
    ['v1.0.0-rc.1', 'tag'],
    ['release/2026-12', 'tag'],
    [CHECKOUT_V4_2_2, 'sha'],
  ])('accepts %s as a %s', (ref, kind) => {
    expect(parseActionRef(ref)).toEqual({ ok: true, value: { kind, ref } });
  });

  it('writes a SHA in lower case, as GitHub shows it', () => {
    expect(parseActionRef(CHECKOUT_V4_2_2.toUpperCase())).toEqual({
      ok: true,
      value: { kind: 'sha', ref: CHECKOUT_V4_2_2 },
    });
  });

  it('refuses a short SHA, naming the fix', () => {
    expect(parseActionRef('11bd719')).toEqual({
      ok: false,
      message: '"11bd719" looks like a short commit SHA; give the full 40-character SHA',
    });
  });

  // What git check-ref-format refuses, and what would not stay one YAML scalar after `@`
  it.each(['', 'v0 # pinned', 'v0..1', '-v0', 'v0/', 'v0.', 'tags//v0', 'v0.lock', 'v0:x', 'v0~1', 'v0^', "v0'"])(
    'refuses %j',
    (ref) => {
      const r = parseActionRef(ref);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('is not a tag or a commit SHA');
    },
  );
});

describe('the ref in the workflows', () => {
  it('replaces every use of the action, and nothing else', () => {
    const pinned = renderWorkflows('ADOPTERS.md', 'main', CHECKOUT_V4_2_2);
    const defaults = renderWorkflows('ADOPTERS.md', 'main');
    for (const [i, file] of pinned.entries()) {
      expect(file.text).toContain(`      - uses: adopters-bot/adopters-bot@${CHECKOUT_V4_2_2}\n`);
      expect(file.text).not.toContain('@v0');
      expect(file.text.replaceAll(CHECKOUT_V4_2_2, 'v0')).toBe(defaults[i]!.text);
    }
  });
});

describe('describeActionRef', () => {
  it('says the major tag moves, and how to pin and upgrade', () => {
    const text = describeActionRef({ kind: 'tag', ref: 'v0' }).join('\n');
    expect(text).toContain('adopters-bot/adopters-bot@v0, which moves to each new 0.x release');
    expect(text).toContain('put the full commit SHA of its tag in place of @v0');
    expect(text).toContain('package-ecosystem: github-actions');
  });

  it('says a fixed tag can still be moved, and a SHA is pinned', () => {
    expect(describeActionRef({ kind: 'tag', ref: 'v0.1.0' })[0]).toContain('A tag can be moved to other code');
    expect(describeActionRef({ kind: 'sha', ref: CHECKOUT_V4_2_2 })[0]).toBe(
      `The workflows are pinned to the commit adopters-bot/adopters-bot@${CHECKOUT_V4_2_2}.`,
    );
  });
});
