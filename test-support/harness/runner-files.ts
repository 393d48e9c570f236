// The files and variables the Actions runner hands a JavaScript action: GITHUB_OUTPUT/GITHUB_STATE in
// `name<<delimiter` form, INPUT_* names, and the defaults of action.yml's inputs.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Parses a GITHUB_OUTPUT / GITHUB_STATE file: `name<<DELIM\nvalue\nDELIM` blocks (what @actions/core
 * writes) and plain `name=value` lines (what `echo "x=y" >> $GITHUB_OUTPUT` writes).
 */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter!, i + 1);
      if (end < 0) throw new Error(`unterminated ${name} in command file (no ${delimiter})`);
      values[name!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      values[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return values;
}

/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to underscores, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Defaults of action.yml's inputs, as the runner applies them when a workflow omits an input.
 * `${{ github.token }}` becomes `token`; other expressions are left out (the test passes them).
 */
export function actionInputDefaults(actionYmlPath: string, token: string): Record<string, string> {
  if (!existsSync(actionYmlPath)) return {};
  const action = parse(readFileSync(actionYmlPath, 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const given = input?.default;
    if (typeof given !== 'string' && typeof given !== 'number' && typeof given !== 'boolean') continue;
    const value = String(given);
    if (/^\$\{\{\s*github\.token\s*\}\}$/.test(value)) defaults[name] = token;
    else if (!value.includes('${{')) defaults[name] = value;
  }
  return defaults;
}
