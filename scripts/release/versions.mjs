// Version rules of a release: what may be released from which trigger, and whether the major tag
// (v0, v1…) moves. Pure; the release workflow runs them through prepare-release.mjs and major-tag.mjs.

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;

/** `1.2.3` or `1.2.3-rc.1` (semver 2.0 without build metadata, which npm ignores) → its parts. */
export function parseVersion(text) {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ? m[4].split('.') : [] };
}

/** Semver precedence: negative when a < b. Both must parse. */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`not a version: ${x ? b : a}`);
  for (const k of ['major', 'minor', 'patch']) if (x[k] !== y[k]) return x[k] - y[k];
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length; // a release outranks its pre-releases
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn && Number(p) !== Number(q)) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * Checks what is about to be released. `trigger` is the workflow's: a `v*.*.*` tag that was pushed
 * (`{ tag }`) or a run by hand with a version (`{ input, branch, defaultBranch }`). The version must be
 * semver, equal package.json's, and a run by hand must start from the default branch.
 * Returns `{ ok: true, version, tag, majorTag, prerelease }` or `{ ok: false, errors }`.
 */
export function checkReleaseVersion(trigger, packageVersion) {
  const errors = [];
  let version;
  if ('tag' in trigger) {
    version = trigger.tag.replace(/^v/, '');
    if (!trigger.tag.startsWith('v') || !parseVersion(version)) {
      errors.push(`the tag ${trigger.tag} is not v<major>.<minor>.<patch>[-<pre-release>]`);
    }
  } else {
    version = String(trigger.input ?? '')
      .trim()
      .replace(/^v/, '');
    if (!parseVersion(version)) {
      errors.push(`the version "${trigger.input ?? ''}" is not <major>.<minor>.<patch>[-<pre-release>] (e.g. 0.2.0)`);
    }
    if (trigger.branch !== trigger.defaultBranch) {
      errors.push(`run the release from ${trigger.defaultBranch}, not from ${trigger.branch}`);
    }
  }
  if (errors.length === 0 && version !== packageVersion) {
    errors.push(
      `package.json says ${packageVersion}, not ${version}: run \`npm version ${version} --no-git-tag-version\`, ` +
        'commit package.json and package-lock.json, then release',
    );
  }
  if (errors.length) return { ok: false, errors };
  const parsed = parseVersion(version);
  return {
    ok: true,
    version,
    tag: `v${version}`,
    majorTag: `v${parsed.major}`,
    prerelease: parsed.pre.length > 0,
  };
}

/**
 * Whether the major tag moves to `version`: not for a pre-release, and not when a newer release of
 * the same major exists (a fix to an older minor must not take v0 backwards). `tags` are the
 * repository's tag names or refs (`refs/tags/v0.2.0`); others are ignored.
 */
export function decideMajorTag(version, tags) {
  const parsed = parseVersion(version);
  if (!parsed) throw new Error(`not a version: ${version}`);
  if (parsed.pre.length) return { move: false, reason: `${version} is a pre-release` };
  const newer = tags
    .map((t) => t.trim().replace(/^refs\/tags\//, ''))
    .filter((t) => t.startsWith('v') && parseVersion(t.slice(1)))
    .map((t) => t.slice(1))
    .filter((v) => parseVersion(v).major === parsed.major && parseVersion(v).pre.length === 0)
    .filter((v) => compareVersions(v, version) > 0)
    .sort(compareVersions);
  if (newer.length) return { move: false, reason: `v${newer.at(-1)} is newer than ${version}` };
  return { move: true, reason: `${version} is the newest v${parsed.major} release` };
}
