import { parseConfigFile, resolveSettings } from '../config/resolve-settings.js';
import type { Settings } from '../config/settings.js';
import { ConfigurationError } from './context.js';
import type { RepositoryPort } from './ports.js';

/** Settings for a run: defaults, the config file on the default branch (if any), then the inputs. */
export async function loadSettings(repo: RepositoryPort, inputs: Record<string, string>): Promise<Settings> {
  const first = resolveSettings({}, inputs);
  if (!first.ok) throw new ConfigurationError(first.errors.join('; '));
  const path = first.settings['config-file'];
  const text = await repo.readFile(path, await repo.defaultBranch());
  if (text === undefined) return first.settings;
  const file = parseConfigFile(text, path);
  if (!file.ok) throw new ConfigurationError(file.errors.join('; '));
  const resolved = resolveSettings(file.values, inputs);
  if (!resolved.ok) throw new ConfigurationError(resolved.errors.join('; '));
  return resolved.settings;
}
