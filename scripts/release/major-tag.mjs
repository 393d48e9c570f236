#!/usr/bin/env node
// Whether the release workflow moves the major tag: reads the repository's tag refs on stdin (one a
// line, as `gh api .../git/matching-refs/tags/v0. --jq '.[].ref'` prints them) and prints `move` or
// `keep`, with the reason on stderr.
//   usage: … | node scripts/release/major-tag.mjs <version>
import { readFileSync } from 'node:fs';
import { decideMajorTag } from './versions.mjs';

const version = process.argv[2];
if (!version) {
  console.error('usage: node scripts/release/major-tag.mjs <version> < tag-refs');
  process.exit(2);
}
const tags = readFileSync(0, 'utf8').split('\n').filter(Boolean);
const decision = decideMajorTag(version, tags);
console.error(decision.reason);
console.log(decision.move ? 'move' : 'keep');
