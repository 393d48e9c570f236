// Regenerates the parts of action.yml and README.md that come from the settings table
// (src/config/settings.ts): the action's inputs, and the README's configuration table between
// <!-- settings-start --> and <!-- settings-end -->. `--check` fails instead of writing when they differ.
//   node scripts/update-docs.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as prettier from 'prettier';

const check = process.argv.includes('--check');
// Compile the TypeScript table where its own imports (zod, yaml) resolve from node_modules.
const outfile = 'node_modules/.cache/adopters-bot/settings.mjs';
await build({
  entryPoints: ['src/config/settings.ts'],
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'error',
});
const { SETTINGS, OUTPUTS } = await import(pathToFileURL(outfile).href);

const show = (value) =>
  Array.isArray(value)
    ? value.length
      ? value.join(', ')
      : '(none)'
    : typeof value === 'object'
      ? '(none)'
      : value === ''
        ? '(none)'
        : String(value);
const yamlString = (s) => JSON.stringify(s);

function actionYml(current) {
  const inputs = SETTINGS.map((s) => {
    const lines = [
      `  ${s.key}:`,
      `    description: ${yamlString(`${s.description} Default: ${s.key === 'token' ? 'the workflow token' : show(s.default)}.`)}`,
      '    required: false',
    ];
    // Only the token has a default here: an input the runner always passes would hide the config file.
    if (s.key === 'token') lines.push('    default: ${{ github.token }}');
    return lines.join('\n');
  }).join('\n');
  const outputs = OUTPUTS.map((o) => `  ${o.name}:\n    description: ${yamlString(o.description)}`).join('\n');
  return current
    .replace(/\ninputs:\n[\s\S]*?\n(?=outputs:)/, `\ninputs:\n${inputs}\n\n`)
    .replace(/\noutputs:\n[\s\S]*?\n(?=runs:)/, `\noutputs:\n${outputs}\n\n`);
}

function readmeTable(current) {
  const rows = SETTINGS.map((s) => {
    const where = s.inputOnly ? 'input' : 'input, file';
    return `| \`${s.key}\` | ${where} | ${show(s.default).replace(/\|/g, '\\|')} | ${s.description.replace(/\|/g, '\\|')} |`;
  });
  const table = ['| name | where | default | what it does |', '|---|---|---|---|', ...rows].join('\n');
  return current.replace(/(<!-- settings-start -->)[\s\S]*?(<!-- settings-end -->)/, `$1\n${table}\n$2`);
}

let stale = false;
for (const [file, update] of [
  ['action.yml', actionYml],
  ['README.md', readmeTable],
]) {
  const current = readFileSync(file, 'utf8');
  // The README is formatted by prettier in CI: compare and write what prettier would keep.
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  const next = file.endsWith('.md') ? await prettier.format(update(current), options) : update(current);
  if (next === current) continue;
  if (check) {
    console.error(`${file} is out of date with src/config/settings.ts: run node scripts/update-docs.mjs`);
    stale = true;
  } else {
    writeFileSync(file, next);
    console.log(`updated ${file}`);
  }
}
process.exit(stale ? 1 : 0);
