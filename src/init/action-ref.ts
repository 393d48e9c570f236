/**
 * The ref of adopters-bot that the workflows `init` writes use (`uses: adopters-bot/adopters-bot@REF`):
 * the moving major tag by default, or a tag or full commit SHA a maintainer pins. Pure.
 */

/** The published action, as workflows name it. */
export const ACTION = 'adopters-bot/adopters-bot';
/** The major tag each release moves (see CONTRIBUTING.md, "Releasing"). */
export const DEFAULT_ACTION_REF = 'v0';

export type ActionRef = { kind: 'sha' | 'tag'; ref: string };

/**
 * Checks a `--action-ref`: a full 40-character commit SHA, or a tag or branch name as git allows it
 * (`git check-ref-format`), limited to characters that stay one plain YAML scalar. A short SHA is
 * refused: GitHub Actions resolves only full SHAs, and a prefix would read as a tag that does not exist.
 */
export function parseActionRef(raw: string): { ok: true; value: ActionRef } | { ok: false; message: string } {
  const ref = raw.trim();
  if (/^[0-9a-f]{40}$/i.test(ref)) return { ok: true, value: { kind: 'sha', ref: ref.toLowerCase() } };
  if (/^[0-9a-f]{7,39}$/i.test(ref) && /\d/.test(ref) && /[a-f]/i.test(ref)) {
    return { ok: false, message: `"${ref}" looks like a short commit SHA; give the full 40-character SHA` };
  }
  const gitRule =
    !/^[A-Za-z0-9][A-Za-z0-9._/+-]*$/.test(ref) || /\.\.|\/\/|\/\.|\.lock(?:\/|$)|[/.]$/.test(ref) || ref.length > 100;
  if (gitRule) {
    return {
      ok: false,
      message: `"${raw}" is not a tag or a commit SHA (e.g. v0, v0.1.0, or a full 40-character SHA)`,
    };
  }
  return { ok: true, value: { kind: 'tag', ref } };
}

/** What `init` tells a maintainer about the ref it wrote, and how to pin and upgrade. */
export function describeActionRef(actionRef: ActionRef): string[] {
  const uses = `${ACTION}@${actionRef.ref}`;
  const upgrade =
    'Dependabot proposes each new release when .github/dependabot.yml has `package-ecosystem: github-actions`.';
  if (actionRef.kind === 'sha') return [`The workflows are pinned to the commit ${uses}.`, upgrade];
  const pin = `To pin the release you reviewed, put the full commit SHA of its tag in place of @${actionRef.ref} in the workflows (init --action-ref <SHA> writes it).`;
  const major = /^v(\d+)$/.exec(actionRef.ref);
  if (major) {
    return [
      `The workflows use ${uses}, which moves to each new ${major[1]}.x release (https://github.com/${ACTION}/releases).`,
      pin,
      upgrade,
    ];
  }
  return [`The workflows use ${uses}. A tag can be moved to other code; a full commit SHA cannot.`, pin, upgrade];
}
