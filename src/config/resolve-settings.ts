import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod';
import { DEFAULT_SETTINGS, SETTINGS, type Settings, settingsSchema } from './settings.js';

export type Resolved = { ok: true; settings: Settings } | { ok: false; errors: string[] };

const KEYS: string[] = SETTINGS.map((s) => s.key);
const INPUT_ONLY = new Set<string>(SETTINGS.filter((s) => 'inputOnly' in s && s.inputOnly).map((s) => s.key));

/** The closest known key, for "did you mean": same letters once `_`, `-` and case are ignored. */
function suggest(key: string): string | undefined {
  const loose = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');
  return KEYS.find((k) => loose(k) === loose(key));
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'string') return 'must be text';
  return issue.message;
}

/**
 * Reads `.github/adopters.yml`: a flat mapping of setting names. Unknown keys, wrong types and
 * input-only keys are errors that name the key and its line.
 */
export function parseConfigFile(
  text: string,
  path: string,
): { ok: true; values: Record<string, unknown> } | { ok: false; errors: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => (offset === undefined ? '' : ` line ${lineCounter.linePos(offset).line}`);
  if (doc.errors.length)
    return { ok: false, errors: doc.errors.map((e) => `${path}${at(e.pos[0])}: ${e.message.split('\n')[0]}`) };
  if (doc.contents === null) return { ok: true, values: {} };
  if (!isMap(doc.contents)) return { ok: false, errors: [`${path}: expected a mapping of settings (key: value)`] };
  const errors: string[] = [];
  const values: Record<string, unknown> = {};
  const data = doc.toJSON() as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const where = `${path}${at(isScalar(pair.key) ? pair.key.range?.[0] : undefined)}`;
    if (!KEYS.includes(key)) {
      const hint = suggest(key);
      errors.push(`${where}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    } else if (INPUT_ONLY.has(key)) {
      errors.push(`${where}: "${key}" is set in the workflow (an input of the action), not in this file`);
    } else {
      const checked = settingsSchema.shape[key as keyof Settings].safeParse(data[key]);
      if (!checked.success) errors.push(`${where}: "${key}" ${describe(checked.error.issues[0]!)}`);
      else values[key] = checked.data;
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/**
 * Settings = defaults, overridden by the config file, overridden by the action's inputs. An empty
 * input means "not set" (action.yml declares no defaults, so the file can take effect).
 */
export function resolveSettings(file: Record<string, unknown>, inputs: Record<string, string>): Resolved {
  const errors: string[] = [];
  const fromInputs: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(inputs)) {
    if (!raw.trim()) continue;
    const schema = settingsSchema.shape[key as keyof Settings];
    if (!schema) {
      errors.push(`Invalid input "${key}": not an input of this action`);
      continue;
    }
    const checked = schema.safeParse(raw);
    if (!checked.success) errors.push(`Invalid input "${key}": ${describe(checked.error.issues[0]!)}`);
    else fromInputs[key] = checked.data;
  }
  if (errors.length) return { ok: false, errors };
  const settings: Settings = { ...DEFAULT_SETTINGS, ...file, ...fromInputs };
  return { ok: true, settings };
}

/** The input names of the action (for reading them all from the runner's environment). */
export const INPUT_NAMES: readonly string[] = KEYS;
