export type HandleCheck = { ok: true; handle: string } | { ok: false; message: string };

/** GitHub's rule for user and organization names: 1–39 letters, digits or single inner hyphens. */
const HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const EXAMPLE = 'for example octocat';

/**
 * Checks a contact's GitHub handle and returns it without the optional leading `@` (the engine writes
 * `@handle` into a Contact column itself).
 */
export function checkGitHubHandle(raw: string): HandleCheck {
  const typed = raw.trim();
  const handle = typed.startsWith('@') ? typed.slice(1) : typed;
  if (HANDLE.test(handle)) return { ok: true, handle };
  if (/^https?:\/\//i.test(handle)) {
    return { ok: false, message: `is a web address; give only the GitHub handle (${EXAMPLE}).` };
  }
  if (handle.includes('@')) {
    return { ok: false, message: `looks like an e-mail address; give a GitHub handle instead (${EXAMPLE}).` };
  }
  if (handle.length > 39) {
    return { ok: false, message: `is ${handle.length} characters long; GitHub handles have at most 39.` };
  }
  return {
    ok: false,
    message: `is not a GitHub handle: use letters, digits and single hyphens, not at the start or end (${EXAMPLE}).`,
  };
}
