// Regenerates __fixtures__/github/openapi.subset.json: the operations adopters-bot calls, cut out of
// GitHub's OpenAPI description with every component they reference, so the fake GitHub can validate
// requests and responses without the 404 MB @octokit/openapi package in node_modules.
//
// usage: npm i --no-save @octokit/openapi@23.0.2
//        node scripts/extract-openapi.mjs [--spec <api.github.com.json>] [--out <subset.json>]
//        npm uninstall --no-save @octokit/openapi
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// Keep in sync with __fixtures__/github/PROVENANCE.md.
const OPERATIONS = [
  // repository, settings and protection
  'repos/get',
  'repos/get-content',
  'repos/get-collaborator-permission-level',
  'repos/get-branch',
  'repos/get-branch-protection',
  'repos/get-branch-rules',
  'repos/compare-commits',
  'actions/get-github-actions-default-workflow-permissions-repository',
  'rate-limit/get',
  // git data
  'git/get-ref',
  'git/list-matching-refs',
  'git/create-ref',
  'git/update-ref',
  'git/delete-ref',
  'git/get-commit',
  'git/create-commit',
  'git/get-tree',
  'git/create-tree',
  'git/get-blob',
  'git/create-blob',
  // pull requests
  'pulls/create',
  'pulls/list',
  'pulls/get',
  'pulls/update',
  'pulls/merge',
  'pulls/list-files',
  // issues, comments, labels
  'issues/get',
  'issues/update',
  'issues/create',
  'issues/list-for-repo',
  'issues/list-comments',
  'issues/list-events',
  'issues/get-comment',
  'issues/create-comment',
  'issues/update-comment',
  'issues/add-labels',
  'issues/set-labels',
  'issues/remove-label',
  'issues/create-label',
  'issues/get-label',
  'issues/list-labels-for-repo',
  'issues/list-labels-on-issue',
];

const { values } = parseArgs({
  options: {
    spec: { type: 'string' },
    out: { type: 'string', default: new URL('../__fixtures__/github/openapi.subset.json', import.meta.url).pathname },
  },
});
// Deep path on purpose: require('@octokit/openapi') would load all ten descriptions (~400 MB of JSON).
const specPath =
  values.spec ?? createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8'));

const wanted = new Set(OPERATIONS);
const paths = {};
for (const [template, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!wanted.has(op?.operationId)) continue;
    (paths[template] ??= {})[method] = op;
    wanted.delete(op.operationId);
  }
}
if (wanted.size) throw new Error(`unknown operationIds: ${[...wanted].join(', ')}`);

// Copy every component reachable from the chosen operations (schemas, parameters, responses, examples).
const components = {};
const seen = new Set();
const walk = (node) => {
  if (Array.isArray(node)) return node.forEach(walk);
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    const [, , kind, name] = node.$ref.split('/');
    const target = spec.components[kind][name];
    (components[kind] ??= {})[name] = target;
    walk(target);
  }
  for (const value of Object.values(node)) walk(value);
};
walk(paths);

const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
for (const kind of Object.keys(components)) components[kind] = sorted(components[kind]);
const subset = { openapi: spec.openapi, info: spec.info, paths: sorted(paths), components: sorted(components) };
writeFileSync(values.out, JSON.stringify(subset) + '\n');
console.log(
  `${OPERATIONS.length} operations, ${Object.keys(paths).length} paths, ${seen.size} components, ` +
    `${JSON.stringify(subset).length} bytes → ${values.out}`,
);
