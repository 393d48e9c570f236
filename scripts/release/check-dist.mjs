#!/usr/bin/env node
// Fails when dist/ differs from what is committed after `npm run bundle`: a changed, deleted or new file
// (a new chunk is untracked, which `git diff` alone would miss). Run after a fresh bundle, in CI and in
// the release; on a Dependabot pull request this is the check that the bump was rebuilt.
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist/'], {
  encoding: 'utf8',
});
if (status.trim()) {
  console.log(status.trimEnd());
  console.log(
    '::error title=dist/ is out of date::dist/ is not what `npm run bundle` builds from this commit. ' +
      'Run `npm ci && npm run bundle` and commit dist/. On a dependency update (a Dependabot pull request), ' +
      'check out its branch, run the same two commands, and push the commit to the pull request.',
  );
  process.exit(1);
}
console.log('dist/ is in sync with a fresh build');
